// A development set for typed-text routing (issue 12): batch 13, written blind on 29 Nov 2026 by
// a helper who had not seen the router's rules, its training or test messages; only the state
// ids and titles, the flows' words and the seeds. For tuning, never learnt from: do not copy it
// into training data.
// 500 messages: 150 danger (weighted to what a keyword list misses: veiled threats, his
// presence or approach in everyday words, kept in or kept from calling, injuries told by
// symptoms, strangling told indirectly, children hurt or at risk now, suicidal thoughts and
// threats to take the children, someone who cannot talk, danger buried in a long message about
// the process, recent past that is still now, text-speak and typos); 230 hard ordinary
// questions (marked `// hard`: past abuse and convictions asked about, injuries and accidents
// that are not violence now, bail, injunctions and release dates as planning, figures of speech,
// fears about meetings or about him finding out later, a parent's own mental health history,
// what counts as abuse with past violence, "what if he…" about the process) under the state
// that answers them; 100 plain ordinary questions (`// plain`, in indirect words, spread over
// states easy to confuse with their neighbours); 20 off-topic (`none`), several with alarming
// words.
export const devBatchThirteen: Readonly<Record<string, readonly string[]>> = {
  danger: [
    'he said id better enjoy tonight because its my last one',
    'hes sat in his car across the road from my flat again',
    'his van just pulled up outside',
    'i can hear his keys in the door',
    'hes on his way over and he sounded calm which is worse',
    'he just texted im nearly there',
    'he knows which refuge im in someone saw him in the car park',
    'he followed me home from the school gates',
    'theres someone at my window and i think its him',
    'he keeps walking past the house every ten mins',
    'hes outside the nursery waiting for me',
    'he turned up at my mums where im hiding',
    'he says hell be round later to sort me out',
    'he told me to say goodbye to the kids properly',
    'he said nobody will find me when hes done',
    'he says if i go to the conference ill regret it and hes standing right here',
    "he's been sharpening something in the kitchen and staring at me",
    'he put the big knife on the table and said dont test me',
    'hes waving a hammer about in the hallway',
    'hes locked the front door and taken both sets of keys',
    "he took my phone and i'm on the kids tablet",
    'he has unplugged the router and hidden my phone i got on next doors wifi',
    "i cant leave the house he's blocking the door",
    'hes nailed the back door shut',
    'im locked in the bathroom and hes banging on it',
    'hes taken the car keys and my purse and says im going nowhere',
    'he sits by the door so i cant get out',
    'i cant really talk hes in the next room',
    'cant talk',
    'pls help now',
    'hes back',
    'not safe',
    'come quick',
    "he's coming",
    'send someone',
    'cant speak he is listening',
    'quiet pls he is in the room',
    'i coughed up blood after he grabbed me',
    "my lip wont stop bleeding and he's still going",
    'cant see out of one eye since he hit me this morning',
    'my arm is bent wrong and he wont let me go to a&e',
    'i think somethings broken in my side it hurts to breathe',
    'my head is pounding after he slammed it and i keep being sick',
    'i blacked out for a bit and woke up on the floor',
    'hes kicked me in the stomach and im pregnant',
    "i'm bleeding down below after what he did",
    'my wrist is swollen massive and hes still shouting',
    'he put his hands round my neck til everything went fuzzy',
    'he pressed his arm on my throat and i couldnt get air',
    'my voice has gone croaky since he held my neck last night and it hurts to swallow',
    'i keep seeing red dots in my eyes since he squeezed my neck',
    'he held a pillow over my face',
    'he pushed my head under the bath water',
    'he sat on my chest and i couldnt breathe',
    'there are finger marks round my neck and hes still in the house',
    "he grabbed the baby out of my arms and wont give her back he's drunk",
    'he threw my son against the wall just now',
    'my daughter has a bleeding nose he hit her',
    'the kids are hiding under the bed and hes smashing up downstairs',
    'hes put the baby in the car and driving off drunk',
    "he's shaking the baby to make her stop crying",
    "he's taken the kids and said ill never see them again and he's not answering",
    "he's got the children in the car and says hes going to drive us all into the river",
    'he said if i leave hell take the kids somewhere nobody finds them and hes packing their bags now',
    'my 6 year old just rang me saying daddy is hurting mummy',
    'my son says his dad hit him with a belt today and hes home with him now',
    'the kids are with him this weekend and he just sent a photo of them with a knife in it',
    'he said the kids wont be coming back from contact',
    'i have the tablets in my hand',
    'i want to go to sleep and not wake up tonight',
    'ive been standing on the bridge for an hour',
    "he says he'll kill himself and take the kids with him",
    'he says if he cant have us nobody can',
    'ive taken all my pills',
    "there's no point carrying on im done",
    'i wrote letters to the kids tonight in case',
    'he hit me an hour ago and hes asleep on the sofa now',
    'he battered me last night and hes still here sleeping it off',
    'he beat me up earlier and has gone to the shop hell be back in 10',
    'he hurt me this afternoon and hes due back from work at 6',
    'last night he dragged me by my hair and he said tonight will be worse',
    'he punched me an hour ago and now hes acting like nothing happened',
    'he was violent 20 mins ago and hes just in the garden',
    'he hit me earlier and the kids are still in the house with him',
    'its happening right now',
    'hes poured petrol in the hall',
    "he's set fire to the bins by our back door",
    'hes trying to get in through the back',
    'hes climbing over the fence',
    'he rammed my car with his car while i was driving',
    "he's pinned me in the kitchen",
    'he just pushed me down the stairs',
    'hes dragging me across the floor',
    "he's got my daughter by the arm and wont let go",
    'the social worker is coming tomorrow about the plan but hes just come in drunk and throwing things at me and i dont know what to do',
    'i had my core group meeting today and it went ok but when i got home he was waiting inside and now he wont let me leave the kitchen',
    "sorry to ask a long question about section 47 and what they will look at, but actually he has just broken my phone and he's standing over me so maybe that's not the priority",
    "i wanted to know about legal aid for the court case but right now he's outside banging on the windows and screaming",
    'the review conference is next week and i wanted to ask about bringing someone but hes found out where we live and hes parked outside',
    "i was reading about family group conferences, my partner has just come home off his face and he's grabbed my son",
    "quick question about who sees the report, also he's got hold of me by the throat earlier and he's still here, should i ring someone",
    "the health visitor is due in an hour but hes hurt me and i cant stop shaking, he's in the next room",
    "mum says hes outside my door shouting he'll burn the place down",
    'my neighbour is screaming next door and i can hear kids crying',
    'my sister just messaged that her fella is hitting her now and she cant call',
    'im at my friends and her ex is trying to break in',
    'hes got his mates to watch my house',
    'hes been tracking my phone and just messaged me my exact location',
    'he sent me a pic of my front door from tonight',
    'he messaged see you at home, but i moved and never told him the address',
    'he just said he knows what car my new boyfriend drives and hes waiting',
    'my ex said he has nothing to lose now the court said no contact',
    'he says the court order is just paper and hes coming anyway',
    'the injunction means nothing to him hes at the door now',
    "he's breached his bail and he's in my garden",
    'he got out of prison today and hes already outside my house',
    "he's let himself in with a key i didnt know he had",
    'he messaged you and the kids better sleep with one eye open',
    'he said theres a surprise waiting for me when i get home',
    'he said to enjoy my last week',
    'he sent a picture of a grave with my name on it',
    'he keeps saying hes going to end this once and for all tonight',
    'i feel like hes going to kill me this time',
    'i think he is going to really hurt me when he wakes up',
    'hes drunk and says im going to pay for the social worker coming',
    "hes going to find out i spoke to social services today and he'll go mad when he gets in at 5",
    "hes in a rage because of the letter from childrens services and he's smashing things",
    'hes on something and hes pacing with a bat',
    'hes holding a lighter to the curtains',
    'my teenager is fighting him to protect me',
    'my son has locked himself in his room cos his dad is trying to get at him',
    'hes shut the kids in the shed',
    "i am in the car with the kids hiding round the corner from home he's looking for us",
    'im hiding in the bathroom with the baby',
    'im under the stairs he doesnt know im here',
    'im in the garden in my nightie he locked me out in the freezing cold with the baby inside',
    'hes got me trapped in the car and wont stop driving',
    'he drove off with me in the car and wont let me out',
    'my baby isnt breathing properly after he threw him on the bed',
    'my toddler fell when he shoved her and shes not waking up properly',
    'i cant feel my fingers after he stamped on my hand',
    'h3s outsid3 pls',
    'hez bk n hes angry',
    'cnt tlk hes ere',
    'he strngld me n hes still here',
    'hlp me pls hes hittin me',
    "hes just stood at the end of my bed watching me, he's not meant to be here",
    'he rang from a withheld number and described what im wearing today',
    "my chest hurts and i'm wheezing since he knelt on me this morning, hes downstairs",
    'hes took the battery out of my phone and says im not going to the meeting tomorrow or anywhere ever again',
  ],
  'danger.silentSolution': [
    'if he ever catches me on the phone, how do i call the police without talking', // hard
  ],
  'danger.bsl': [
    'im deaf, how would i contact the police if he attacks me again', // hard
  ],
  'danger.scared': [
    'hes in prison but im still scared all the time, not in danger just scared', // hard
    'im not in danger right now but my heart races every time a car pulls up', // hard
    'i keep having nightmares about what he did, im safe but terrified', // hard
  ],
  'danger.safetyPlan': [
    'his release date is next month, how do i make a safety plan for when hes out', // hard
    'how do i prepare in case he shows up one day when the injunction ends', // hard
    'what should i do if he ever comes to the house in future', // hard
    'how do i plan ahead to keep me and the kids safe', // plain
  ],
  'scared-to-report.start': [
    'i want to tell someone he used to beat me but im terrified of what happens after', // hard
    "if i tell the police about last year's assault will it make things worse for me", // hard
    'i never reported the time he broke my nose, is it too late and will they take the kids', // hard
    'im scared to go to the police about what he did before in case he finds out', // hard
    'im too scared to tell anyone what goes on at home', // plain
  ],
  'scared-to-report.heldAgainst': [
    'if i admit he hit me in front of the kids last year will they say i failed to protect', // hard
    'will it go against me that i stayed after he put me in hospital', // hard
    'i called 999 on him in march, will that be used to say im a bad mum', // hard
    'will my kids be taken because i didnt report the abuse sooner', // hard
    'i had a panic attack and smashed a glass at home last week, will that count against me', // hard
    'will telling the truth count against me', // plain
  ],
  'scared-to-report.catch22': [
    'if i report the attacks i lose the kids and if i dont i lose them anyway, what do i do', // hard
    'they say i should have called the police back then but he said hed take the kids if i did', // hard
    'whatever i do im blamed, what can i do', // plain
  ],
  'removal.start': [
    'he always said if i told anyone about the hitting, social services would take the baby', // hard
    'my ex says the kids will go into care if i report his assault, is that true', // hard
    'he always tells me theyll take the kids if i go to anyone', // plain
  ],
  'removal.couldThey': [
    'could they take my kids because my ex was violent to me years ago', // hard
    'will social services remove my children because i had a breakdown in 2020', // hard
    'can they put my children in care because of my partners old conviction for gbh', // hard
    'can they take my baby at birth because of what my last partner did to me', // hard
    'could social care take my son because he got hurt at football and the hospital asked questions', // hard
    'my toddler fell off the sofa and broke her arm and now social services are involved, could they take her', // hard
    'i was in hospital after a fall and the kids stayed with neighbours, will social services take them', // hard
  ],
  'removal.manageThreat': [
    'he keeps saying hell ring social services and tell them im unfit, how do i deal with that', // hard
    'my ex threatens in texts that hell get the kids taken off me, how do i handle it', // hard
    'he says when he gets out hell make sure i never see the kids again, what can i do about the threats', // hard
    'he uses the kids to scare me, how do i stop it getting to me', // plain
  ],
  'social-worker-contact.start': [
    'a social worker rang because my son told his teacher about dad hitting me last year, why', // hard
    'the hospital referred us after my daughter broke her leg on the trampoline, why is a social worker calling', // hard
    'police attended a row in the summer and now social services have written to me, why', // hard
    'the a&e nurse made a referral after my baby bumped her head, what happens now', // hard
    'my daughter came home from her dads with a bruise and the school called social services, whats happening', // hard
    'my son broke his wrist skateboarding and the hospital asked loads of questions and now a social worker rang', // hard
    'why would childrens services ring me out of the blue', // plain
  ],
  'social-worker-contact.whatIsIt': [
    "the letter says section 47 because of the incident on saturday, he's moved out now, what is that", // hard
    'they said its an assessment because of my partners past convictions, what does that mean for us', // hard
    'how do i know if they are just assessing or actually investigating', // plain
  ],
  'social-worker-contact.expect': [
    'the social worker is coming to talk about when he hurt me, what will they ask', // hard
    'what happens at the home visit, will they look at the kids bruises from playing', // hard
    'will the social worker want to see the children alone after the police call out last month', // hard
    'my daughter had a nosebleed at school after a fall and they asked about home, will a sw visit', // hard
    'what will she do when she comes to my house', // plain
  ],
  'social-worker-contact.workWith': [
    'how do i work with a social worker when im scared theyll twist what happened with my ex', // hard
    'how do i make this relationship with her go better', // plain
  ],
  'social-worker-contact.safeContact': [
    'how can the social worker contact me without my ex finding out, he still checks my messages sometimes when he visits the kids', // hard
    'i dont want letters coming here in case he reads them when he drops the kids off', // hard
    'can the social worker text instead of ringing, he might be around when they call in future', // hard
    'how can she get hold of me without him seeing', // plain
  ],
  'social-worker-contact.merlin': [
    'the police did a report on the kids after the fight in may, what is that report', // hard
    'the police sent something about my kids to the council, what is it', // plain
  ],
  'conference.whatItIs': [
    'what actually happens at the conference about my kids after the assault', // hard
    'theres a big meeting about my kids with lots of professionals, what is it for', // plain
    'got a letter inviting me to a meeting with the school, police and a doctor about my children, whats that', // plain
  ],
  'conference.report': [
    'will i see what the social worker wrote about the violence before the meeting', // hard
    'when do i get the report that mentions my old overdose', // hard
    'will i get to read what they are going to say before i walk in', // plain
    'how many days before the meeting should i get the paperwork', // plain
  ],
  'conference.bringSomeone': [
    'can i bring my idva to the meeting, im terrified of facing them all', // hard
    'can my support worker come, i get panic attacks in meetings', // hard
    'can my mum sit with me in the meeting', // plain
    'am i allowed a friend with me when they discuss my kids', // plain
  ],
  'conference.safety': [
    'what if he turns up at the conference, do i have to sit near him', // hard
    'i dont want to be in the same room as my ex at the meeting, hes got a conviction for hurting me', // hard
    'can they make sure he doesnt see me arrive or leave the conference building', // hard
    'im worried hell follow me after the meeting, can i leave separately', // hard
    'what if he kicks off at the conference, will someone be there', // hard
    'what if he shouts at me in the meeting in front of everyone', // hard
    'i dont want him to know what time i arrive at the conference', // hard
  ],
  'conference.chair': [
    'who is in charge of the meeting, will they know about his bail conditions', // hard
    'whos the person who leads the big meeting, do they work for social services', // plain
    'is the person running it independent from my social worker', // plain
  ],
  'conference.sharing': [
    'can i tell the conference about what he did to me years ago in my own words', // hard
    'i want to speak at the meeting about the abuse but i freeze up, can i write it down', // hard
    'will i get a chance to say my side in the meeting', // plain
    'can i give them a letter with my views instead of talking', // plain
  ],
  'conference.decision': [
    'how do they decide at the conference if my kids go on a plan because of his violence', // hard
    'what if they decide at the conference that im the problem because i defended myself', // hard
    'how do they work out at the end whether the kids need a plan', // plain
    'do i get a say in the final outcome or do the professionals decide', // plain
  ],
  'conference.plan': [
    'who is in the group that meets after the conference, will he be in it', // hard
    'after the big meeting there are smaller meetings every few weeks, what are those', // plain
    'who turns up to the smaller monthly meetings and what do they do', // plain
    'the little meetings after the big one, do i have to go to every single one', // plain
  ],
  'conference.review': [
    'they put the kids on a plan because of his assault but hes in prison now, can i challenge it', // hard
    'when will they look at the plan again now hes been sent down', // hard
    'when do they all meet again to see how its going', // plain
    'i think the outcome was wrong, can i challenge it', // plain
  ],
  'process.concern': [
    'the school reported a bruise from rugby, what happens now step by step', // hard
    'what happens after the police report from the argument, walk me through it', // hard
    "i'm a survivor of abuse and my ex has just been charged, what is the process with social care from here", // hard
    'my baby had an unexplained bruise and the gp referred us, whats the process', // hard
    'what are all the stages from the first phone call to the end', // plain
    'walk me through what happens from start to finish with social services', // plain
    'ive never dealt with childrens services before, what order does everything happen in', // plain
  ],
  'process.initialConference': [
    'the enquiries found his old violence was a concern, what happens next', // hard
    'they have finished their investigation, what comes next', // plain
    'after the enquiries are done where do we go from here', // plain
  ],
  'process.preProceedings': [
    'will this go to court because of my partners assault conviction', // hard
    'what if he tells lies about me and it ends up in court', // hard
    'the sw said they might go to court because i went back to him after he hurt me', // hard
    'what if he lies in court about me being violent, will it go to court', // hard
    'i got a letter saying they are thinking about going to a judge, is that where this is heading', // plain
    'does this end up in front of a judge', // plain
  ],
  'plan.start': [
    'what is a child protection plan, they put us on one because of his drinking and violence before', // hard
    'they said my kids are now on a plan, what does that actually mean', // plain
  ],
  'plan.contents': [
    'the plan says i must not let him near the kids, what else should it say', // hard
    'what should be in the plan about his bail conditions', // hard
    'the plan doesnt say what happens if he breaches his bail, should it', // hard
    'the document i got is vague, what should be written in it', // plain
    'what things should be listed in the list of things i have to do', // plain
  ],
  'plan.cantFollow': [
    'what if i cant make the freedom programme because of my injuries from the car crash', // hard
    'the plan says i have to go to a course but im in hospital for surgery next week, what happens', // hard
    "what if i slip up on the plan because i'm struggling with my mental health", // hard
    'i keep missing appointments on the list they gave me, what happens', // plain
    'the things they want me to do dont fit around my job, what if i cant manage', // plain
  ],
  'plan.stepDown': [
    'hes been in prison six months and nothing has happened, when does the plan end', // hard
    'how do we get off it, when does it finish', // plain
    'it has been a year, when does it go down to something lighter', // plain
  ],
  'plan.familyGroupConference': [
    'they want a family meeting to plan who can help after the abuse, what is it', // hard
    'they want my whole family to get together and make arrangements, what is that', // plain
  ],
  'plan.partnerBack': [
    'hes out on licence next month, can he come back to live with us', // hard
    'he did his course after the assault, can he move back in while were on the plan', // hard
    'his bail conditions end in june, will he be allowed home then', // hard
    'the court said he can come back after his rehab, does the plan allow it', // hard
    'when can my husband live with us again', // plain
  ],
  'delays.start': [
    'the police still havent updated me about the assault charge and social care arent doing anything', // hard
    'everyone else is dragging their feet and im the one being judged', // plain
  ],
  'delays.whatToDo': [
    'they promised a referral to the idva after the attack and its been 2 months', // hard
    'the counselling for my son after what he saw never happened', // hard
    'the parenting course they promised hasnt happened, what can i do', // plain
  ],
  'delays.complain': [
    'how do i complain that childrens services ignored the injuries i reported last year', // hard
    'how do i make a formal complaint about the council', // plain
  ],
  'social-worker-problems.notBelieved': [
    'the social worker says my son is safe at his dads even though he hit him last summer', // hard
    'i told them he used to hurt the kids and the sw doesnt believe me', // hard
    'the sw says the bruise was an accident but my daughter said daddy did it at contact last month', // hard
    'i keep saying my kids arent safe at their dads but they dont listen', // plain
  ],
  'social-worker-problems.notUnderstood': [
    'the social worker keeps saying why didnt you just leave, she doesnt get domestic abuse at all', // hard
    'the sw asked why i didnt fight back when he attacked me, do they even understand abuse', // hard
    'the woman from childrens services doesnt seem to know how controlling men work', // plain
  ],
  'social-worker-problems.maleWorker': [
    'my social worker is a big man and after what my ex did to me i cant be alone with him', // hard
    'can i ask for a woman social worker, a man reminds me of the assault', // hard
    'can i change who is allocated to my family', // plain
  ],
  'social-worker-problems.dontGetAlong': [
    'i could strangle the social worker honestly, she twists everything', // hard
    'me and the sw clash every time, i could kill her sometimes', // hard
    'im going to lose it with the sw at the next visit i swear, she wont listen', // hard
    'we just rub each other up the wrong way every visit', // plain
  ],
  'social-worker-problems.myPast': [
    'the social worker keeps bringing up my self harm from when i was a teenager', // hard
    'i was in care myself and got hurt as a kid, now the sw uses it against me', // hard
    'i had a drug problem years ago and the social worker wont let it go', // hard
    'they keep bringing up that i went back to my abusive ex in 2018', // hard
    'my old caution for fighting when i was 17 keeps coming up', // hard
    'my mental health history keeps being used against me, i had postnatal depression years ago', // hard
    'i had bulimia when i was younger and the social worker brought it up at the meeting', // hard
  ],
  'social-worker-problems.complain': [
    'the social worker wrote that i was violent when i was the one attacked, how do i complain about her', // hard
    'how do i make a formal complaint about the woman allocated to us', // plain
  ],
  'one-off.answer': [
    "he's only ever hit me once and the social worker is treating it like a pattern", // hard
    'he punched me one time when he lost his job and now its a whole child protection thing', // hard
    'i keep saying it was one incident, he strangled me once last year, why wont they let it go', // hard
    "the police came once after a fight three months ago and now there's a plan, it was one time", // hard
    'it was a single time he hurt me, why are they acting like the kids are in danger', // hard
  ],
  'leave-or-remove.start': [
    'the social worker says if i dont leave my partner they will take the kids because of his past violence', // hard
    'i was told choose him or my kids after his assault charge', // hard
    'they told me its him or the kids', // plain
  ],
  'leave-or-remove.dontAgree': [
    'he was cleared at court so i dont think he needs to move out', // hard
    'i dont think he should have to move out and i told them', // plain
  ],
  'leave-or-remove.consequences': [
    'what happens if i dont make him leave like they asked', // hard
    'what happens if i let him stay after they told me he has to go', // hard
    'what if i let him visit when hes off bail, will they take the kids', // hard
    'what will happen if i say no to what they want', // plain
  ],
  'leave-or-remove.seePartner': [
    'can i still see my boyfriend while hes on bail if the kids arent there', // hard
    'can i still go on dates with him if the kids are at my mums', // plain
  ],
  'child-taken.start': [
    'my ex took my son to his mums after contact on sunday and wont bring him back, hes safe there but i want him home', // hard
    'he kept the kids after the weekend and is refusing to return them, no violence just refusing', // hard
    'the kids dad picked them up from school and hasnt brought them back', // plain
  ],
  'child-taken.solicitor': [
    'how do i get the court to order my ex to return my daughter after he kept her', // hard
    'what if he doesnt bring the kids back after his contact next week, what do i do legally', // hard
    'how do i get a court to order the kids home', // plain
  ],
  'child-taken.mediation': [
    'do i have to do mediation before court to get my kids back, he hit me in the past', // hard
    'do i need to try that meeting with a mediator before going to court', // plain
  ],
  'malicious-reports.answer': [
    'my ex keeps ringing social services saying i hit the kids, i never have', // hard
    'he told the police i attacked him to get back at me, what do i do', // hard
    'my ex reported me for neglect again just because i wont take him back', // hard
    'someone keeps reporting me to childrens services with lies', // plain
  ],
  'support.advocate': [
    'how do i get someone to support me through this, im still shaky since the attack last year', // hard
    'can i get a support worker for the court case about the assault', // hard
    'i was assaulted in 2022 and still need help getting through the process', // hard
    'is there someone who can come to meetings with me and help me speak up', // plain
  ],
  'support.readWrite': [
    'my dyslexia makes the letters about his conviction hard to read, who can help', // hard
    'i cant read very well, who can help me understand the letters', // plain
  ],
  'support.kinship': [
    'if they decide im not safe can my mum have the kids instead of foster care', // hard
    'can my nan take the kids if it comes to that', // plain
  ],
  'support.olderChildren': [
    'my teenage son punched a wall after seeing his dad hurt me, what help is there for him', // hard
    'my 15 year old is self harming since everything at home, what support is there', // hard
    'my 14 year old wont talk to anyone, where can he get help', // plain
  ],
  'support.lgbt': [
    'my ex girlfriend was violent to me, is there help for women in same sex relationships', // hard
    'is there a service for gay dads going through this', // plain
  ],
  'support.familyRightsGroup': [
    'who are family rights group and can they help after my partners arrest', // hard
    'is there a charity that gives free advice to parents dealing with social workers', // plain
  ],
  'process.strategy': [
    'the police and social care had a meeting about my kids after he was arrested, what was that', // hard
    'they had a discussion without me after the 999 call last month, what does that mean', // hard
    'the police and social services talked about us before anyone spoke to me, is that normal', // plain
  ],
  'removal.hopeless': [
    'this whole thing is killing me, is there any point fighting for my kids', // hard
    'i feel like ive already lost, they keep bringing up the assault from years ago, is it hopeless', // hard
    'honestly im dying inside waiting for the court date, do parents ever get kids back', // hard
    'this wait is killing me, will i ever get my children back', // hard
    'is there any point fighting this case, it feels like ive already lost', // plain
  ],
  'social-worker-problems.othersAgree': [
    'the health visitor agrees with the sw that i am the risk because i hit him back once', // hard
    'everyone at the school seems to just go along with whatever she says', // plain
  ],
  'social-worker-problems.partnerPast': [
    'they keep raising my new partners conviction from 15 years ago for assault', // hard
    'my husband did time for a fight when he was 19, why does it matter now', // hard
    'my partner has a record for violence from before i met him, will it stop us', // hard
    'my fiance was in a young offenders for robbery as a teen, will they hold it against our family', // hard
  ],
  'child-taken.pushedContact': [
    'the sw wants my son to see his dad even though he beat me in front of him', // hard
    "they're pushing for the kids to have contact with him and he's got a conviction for hurting me", // hard
    'social worker says the kids should see their father who strangled me years ago', // hard
    'they keep pushing for the kids to see him', // plain
  ],
  'support.marac': [
    'they said my case went to marac after he strangled me last year, what is that', // hard
    'what is that multi agency meeting about high risk cases', // plain
  ],
  'do-i-have-to-agree.start': [
    'do i have to agree to everything they say just because he was violent before', // hard
    'do i have to go along with what they want', // plain
  ],
  'do-i-have-to-agree.childInNeed': [
    'they offered child in need help after the police callout, do i have to accept', // hard
    'they offered us some support, can i just say no thanks', // plain
  ],
  'do-i-have-to-agree.enquiries': [
    'can i refuse to let them speak to my kids about the time he hit me', // hard
  ],
  'do-i-have-to-agree.accommodation': [
    'they want the kids to stay with my mum while hes on bail, do i have to sign', // hard
    'they asked me to agree the baby goes to foster carers while im in hospital after the crash, do i have to', // hard
    'they want the kids to go to carers for a while and want me to sign, do i have to', // plain
  ],
  'do-i-have-to-agree.safetyAgreement': [
    'they want me to sign something saying he wont come round, do i have to', // hard
    'what if i sign the safety agreement and he turns up anyway one day', // hard
    'do i have to put my name to that written agreement', // plain
  ],
  'do-i-have-to-agree.stayAway': [
    'they told me to stay at my mums because of his bail address, do i have to go', // hard
    'they said i should go and live somewhere else for now, must i', // plain
  ],
  'do-i-have-to-agree.custody': [
    'they say unless the kids go to my ex there will be a conference, but he hit me before', // hard
    'they said to avoid a meeting the kids should live with their dad', // plain
  ],
  'who-sees-what.sharing': [
    'if i tell the sw about my past overdose will they tell the school', // hard
    'does everything i tell social care about his convictions get passed to the police', // hard
    'will what i tell her get passed on to other people', // plain
    'does the gp find out what i said to childrens services', // plain
  ],
  'who-sees-what.school': [
    'will the school be told he was arrested for hitting me', // hard
    'what does my sons teacher get told', // plain
    'will the head teacher know whats going on at home', // plain
    'does my daughters teacher know about the plan', // plain
  ],
  'who-sees-what.address': [
    'when he gets out of prison how do i make sure he never finds my new address', // hard
    'will my new address be on the court papers he gets to see', // hard
    'if he applies for contact will he find out where we moved to', // hard
    'what if he finds out where the kids go to school after the hearing', // hard
    'we moved, how do i stop my new place getting back to him', // plain
  ],
  'who-sees-what.records': [
    'can i see what the police wrote about the night he attacked me', // hard
    'how do i get a copy of everything they have written about me', // plain
  ],
  'who-sees-what.notes': [
    'i keep a diary of what he did, how do i stop him finding it when he has the kids', // hard
    'where can i keep photos of my old injuries so he never sees them', // hard
    'where do i hide my diary so he cant read it', // plain
  ],
  'leaving-safely.start': [
    'hes going to find out when i leave, is it ever safe to go', // hard
    'what if he finds out im planning to leave him one day', // hard
  ],
  'leaving-safely.plan': [
    'i want to leave him next month when hes at work, how do i plan it', // hard
    'how do i get out with the kids without him noticing, not now but soon', // hard
    "what if he finds out later that i'm planning to go, how do i cover my tracks", // hard
    'what should i pack and sort before i go for good', // plain
  ],
  'leaving-safely.help': [
    'where do women go when they run from a violent partner', // hard
    'where can i stay if i go, i have no family nearby', // plain
    'can the council rehouse me if i go', // plain
  ],
  'leaving-safely.scared': [
    'the last time i tried to end it he went mad, im scared to try again', // hard
    'im frightened to tell him its over because of what he did last time', // hard
    'i want to finish things with him but im terrified', // plain
  ],
  'leaving-safely.changed': [
    'hes done an anger course since he broke my ribs, should i let him back', // hard
    'he says hes a different man now, should i take him back', // plain
  ],
  'leaving-safely.toldToLeave': [
    'social care say i have to leave him but last time i left he nearly killed me', // hard
    'they want me to leave but i know hell come after me if i go', // hard
    'they keep pushing me to go but it would make things worse', // plain
  ],
  'what-counts-as-abuse.start': [
    'he used to punch walls near my head years ago but never touched me does that count', // hard
    'my ex slapped me twice when we were together five years back is that domestic abuse or just a row', // hard
    'he threw a plate at me once in 2019 would that be classed as abuse', // hard
    'he pushed me against the fridge when i was pregnant, we split up ages ago, was that abuse', // hard
    'my old partner used to grab my wrists hard, is that abuse even if there were no bruises', // hard
    'he broke my phone so i couldnt call anyone, that was last year, does that count as domestic abuse', // hard
    'he once held a knife to me years ago but hes changed, was that abuse, im not with him now', // hard
    'he locked me in the house once when we were together, that was 2018, is that domestic abuse', // hard
  ],
  'what-counts-as-abuse.control': [
    'back when we were together he took my wages and gave me 20 quid a week is that abuse', // hard
    'my ex used to check my phone and choose my clothes, does that count even though he never hit me', // hard
    "he wouldnt let me see my mates for years, he's gone now but was that abuse", // hard
    'he ran up debts in my name before he left, is that a kind of abuse', // hard
  ],
  'what-counts-as-abuse.toxic': [
    'we both used to scream at each other and he once shoved me, was it abuse or just toxic', // hard
    'my friends say it was just a bad relationship but he used to pin me down during rows years ago', // hard
    'i hit him back once so surely it was mutual not abuse', // hard
    'is it just a bad relationship or something worse', // plain
  ],
  'what-counts-as-abuse.psychological': [
    'the social worker only cares about the time he bruised me ages ago, not the years of mind games', // hard
    'they only count the black eye from 2021, what about all the name calling and threats since', // hard
    'the bruises healed years ago but the emotional stuff still messes me up and nobody listens', // hard
    'nobody sees the mind games, they only care about bruises', // plain
  ],
  'what-counts-as-abuse.children': [
    'my kids saw him hit me when they were little, will that have affected them now', // hard
    'my son heard him threaten to kill me years ago and now hes angry all the time, is it linked', // hard
    'my daughter still flinches when someone raises their voice since what she saw, is that from the abuse', // hard
    'how do i explain to my 8 year old why daddy used to hurt mummy', // hard
    'the kids saw me get hurt in a car crash, could that affect them like abuse', // hard
  ],
  'what-counts-as-abuse.whoMustChange': [
    "he's the one with the assault conviction so why am i the one being watched", // hard
    'he beat me up and got cautioned but the social worker only ever visits me', // hard
    'he did the damage but im the one doing parenting courses', // hard
    'why is it always me doing courses and not him', // plain
  ],
  'legal-help.start': [
    'how do i find a solicitor now hes been charged with assaulting me', // hard
  ],
  'legal-help.whereIStand': [
    'where do i stand legally now the kids are on a plan because of his violence', // hard
    'what rights do i have while the kids are on a plan', // plain
  ],
  'legal-help.careProceedings': [
    'can i get legal aid if they take me to court over his convictions', // hard
    'will i get help paying for a lawyer if the council takes me to court', // plain
  ],
  'legal-help.privateLaw': [
    'can i get legal aid to stop him getting contact, he has a domestic violence conviction', // hard
    'what if he applies for custody when he gets out, can i get legal aid', // hard
    'can i get legal aid for a custody case with my ex', // plain
  ],
  'legal-help.mediation': [
    'the court letter says we have to go to mediation but he abused me, do i have to sit with him', // hard
    'i got a letter about a meeting before court, do i have to be in a room with him after what he did', // hard
    'do i have to sit in a room with him to sort arrangements', // plain
  ],
  'legal-help.prohibitedSteps': [
    'how do i stop him taking the kids abroad when he gets out', // hard
    'he keeps saying hell take them to his family in pakistan after the court case, how do i stop that legally', // hard
    'how do i make sure he cant take the kids out of the country', // plain
  ],
  'glossary.termSignificantHarm': [
    'what does significant harm mean, is it only if the kids get hurt', // hard
  ],
  'glossary.termSection47': [
    'section 47 was mentioned because of an injury at school, what does that mean', // hard
  ],
  'glossary.termParentalResponsibility': [
    'does he still have parental responsibility after being convicted of hurting me', // hard
  ],
  'glossary.termInjunction': [
    'what is an injunction, will it stop him contacting me after his release', // hard
  ],
  'glossary.termProhibitedStepsOrder': [
    'what is a prohibited steps order and would it stop him picking them up from school', // hard
  ],
  'glossary.termCoerciveControl': [
    'what does coercive control mean, he never hit me but he controlled everything', // hard
  ],
  'glossary.termMarac': [
    'what is marac, my support worker mentioned it after my ex threatened me last year', // hard
  ],
  'glossary.termIdva': [
    'what is an idva, the police said i should get one after the assault', // hard
  ],
  'glossary.termMerlin': [
    'what is a merlin, the police did one after my son got hit by a car', // hard
  ],
  none: [
    'my phone screen is smashed where can i get it fixed',
    'whats the weather going to be like tomorrow',
    'how do i kill weeds on my patio',
    'my car battery is dead how do i jump start it',
    'the kids are killing me with their screen time arguments any tips for bedtime',
    'whats a good recipe for chicken curry',
    'can you recommend a film for tonight',
    "how do i stop my dog attacking the postman's letters",
    'what time does asda shut on sunday',
    'my boiler is broken who do i call',
    'how do i reset my gmail password',
    'i smashed my toe on the door how long does a bruise take to heal',
    'how do i get rid of mould in the bathroom',
    'can you help with my sons maths homework on fractions',
    'my washing machine keeps banging really loud',
    'the bin men didnt come this week',
    'whats the best way to cook a turkey for christmas',
    'how do i apply for a passport',
    'my laptop is frozen and wont shut down',
    'how long does it take to get a gp appointment for a sore throat',
  ],
};
