// A development set for typed-text routing (issue 12): batch 15, written blind on 29 Nov 2026, in
// that day's fourth session, by a helper who had not seen the router's rules, its danger signs,
// its training or test messages; only the state ids, titles and terms, the flows' words and the
// seeds. For tuning, never learnt from: do not copy it into training data.
// 453 messages: 151 danger (injuries told by symptoms; strangulation told indirectly; kept in;
// followed or found; veiled threats; weapons; his threats to kill himself and the children; her
// own suicidal thoughts; children hurt now; someone writing for her or in the third person; danger
// inside a question about the process; recent past that is still now; calm or doubtful telling;
// very short, text-speak and typos); 282 ordinary questions over every answer state, at least two
// each, written for ranking (a story first and another question at the end, indirect wording
// without the key term, neighbours easily confused; `// also: state` where a second answer would
// do too), 82 of them `// hard` (past abuse, accidents, convictions, figures of speech, fears:
// not danger now); 20 off-topic (`none`), some with alarming words. Messages already in the
// training data or the answers' examples were removed before commit.
export const devBatchFifteen: Readonly<Record<string, readonly string[]>> = {
  danger: [
    'my arm is swollen and i cant move my fingers since he twisted it an hour ago',
    'theres blood in my wee after he kicked me in the back this morning, is that normal',
    'i keep being sick and my head is pounding after he smashed it against the door',
    'cant see properly out of one eye since he hit me last night',
    'my lip wont stop bleeding and hes still in the house',
    'i think my jaw is broken i cant open my mouth properly',
    'it hurts to breathe in since he knelt on my chest',
    'im pregnant and he punched my stomach and now im bleeding',
    'i think i passed out, woke up on the kitchen floor and hes upstairs',
    'my ears are ringing and theres blood coming out of one since he hit me',
    'he held me against the wall by my throat till everything went fuzzy',
    'my voice has gone croaky since he squeezed my neck last night',
    'he put his hands round my neck again and said next time he wont stop',
    'tiny red dots round my eyes and it hurts to swallow after what he did to my neck',
    'he pressed a pillow over my face till i stopped fighting',
    'he sat on me and covered my mouth and nose, i couldnt get any air',
    'sore throat and finger marks on my neck from his hands, hes asleep now',
    'he has taken my phone and the car keys and locked the back door, im on the kids tablet',
    'he wont let me out of the bedroom, hes sat against the door',
    'all the windows are locked and he took every key to work with him',
    'im not allowed to leave the flat til he says so and the kids need feeding',
    'he screwed the front door shut and hid my shoes',
    'hes took my purse, my bank card and my passport and says im going nowhere',
    'im stuck in the bathroom and hes banging on the door',
    'he wont let me take the baby to hospital, shes really hot and floppy',
    'his car has been parked across from the refuge since this morning',
    'my ex turned up at the kids nursery today and he isnt meant to know where it is',
    'the same car has been behind me the whole way home',
    'i found a tracker under my wheel arch and he knows exactly where i am',
    'someone is trying the handle of my front door and i think its him',
    'hes outside shouting through the letterbox',
    'i just saw him walk past the window of my new place',
    'he knew what i wore to work today and nobody knows where i work',
    'hes waiting at the school gates and i have to pick the kids up in 10 mins',
    'he texted enjoy your last night in that house',
    'my ex keeps saying he has nothing left to lose now, he knows the hearing is friday',
    'he told me to say goodbye to the kids properly tonight',
    'he said if i go to court ill never make it there',
    'hes been saying no one will ever find me if i try it',
    'got a message saying tick tock from his number',
    'he said when the kids are asleep we will sort this out once and for all',
    'he told me hes already dug the hole',
    'he said it will be on the news tomorrow',
    'hes got a knife and hes in the kitchen',
    'he keeps a machete under the bed and hes just got it out',
    'he put a gun on the table while we were talking and said think carefully',
    'hes pouring petrol round the hall',
    'he came at me with a hammer, ive locked myself in the car',
    'he held the kitchen knife to my face in front of my son',
    'hes got a baseball bat and hes smashing everything downstairs',
    'he says hell drive the car into a wall with the kids in it if i leave',
    'he has the kids and says hes going to end it for all of them',
    'he texted that hes taking the kids with him and ill never see any of us again, he sounds drunk',
    'he says if he cant have them no one can and hes got them this weekend',
    'hes on the balcony with the baby threatening to jump',
    'he said hell gas himself and the kids tonight',
    'i cant do this anymore, ive got the tablets out',
    'i want to go to sleep and not wake up, ive been thinking about how',
    'the kids would be better off without me, ive written them a letter',
    'im standing on the bridge',
    'i dont want to be here anymore after tonight',
    'ive cut myself quite deep and it wont stop',
    'thinking of ending it all before the conference tomorrow',
    'he just threw my toddler across the room and shes not crying',
    'my son has a big lump on his head after his dad shoved him down the stairs',
    'hes hitting my daughter with a belt right now',
    'the baby has a burn on his hand, his dad says it was an accident but it wasnt, it happened an hour ago',
    'my 8 year old has marks round her neck and he did it',
    'he locked my son in the shed and hes been in there for hours',
    'my little one is screaming and hes shaking her',
    'my sisters partner has got her by the hair, she just rang me screaming',
    'my friend texted me help hes going to kill me and now shes not answering',
    'my daughters boyfriend has locked her and the grandkids in, she messaged me',
    'im next door and can hear a woman screaming and things smashing, the kids are crying',
    'my mums husband has hurt her, shes got a cut on her head and he wont let her call anyone',
    'my best mate says her ex is outside her house with a knife',
    'my neighbour just ran to my door with blood on her face and hes still in there with her kids',
    'will social services take my kids if i ring 999 now, hes just hit me',
    'can the social worker come today because he says hell kill me when hes back',
    'how do i get into a refuge tonight, hes just hit me and i have nowhere to go',
    'is it true the police will tell social care if i call them, hes got my son in the car and hes been drinking',
    'what happens at the conference if hes still putting his hands round my neck every night',
    'do i have to let him in, hes banging the door and says hell break it',
    'what if i call the police and he gets out and finishes me off',
    'how long does a non molestation order take because hes outside right now',
    'can i get an injunction today hes threatening to stab me',
    'should i wait and tell the social worker tomorrow, hes got the knife out again',
    'he beat me up last night and hes coming back tonight',
    'he strangled me yesterday and hes on his way home now',
    'an hour ago he threatened me with a knife and hes in the garden now',
    'he hit me this morning and my side is still really painful and swollen',
    'the police let him go this afternoon and hes already texted that hes coming round',
    'he got bail today and hes already been outside the house',
    'this might be nothing but he said tonight hell make sure i cant leave and theres rope in his car',
    'sorry to bother you, i dont know if this counts but he choked me earlier and my neck is sore',
    'probably overreacting but hes sitting outside in his car watching the house again',
    'not sure this is the right place, my husband has locked us in and wont give me my phone',
    'im fine really, just a bit of blood, he only pushed me through the glass door',
    'im sure he doesnt mean it but hes said hell burn the house down with us in it',
    'hes calm now but hes said after the kids are asleep hell deal with me',
    'help me hes back',
    'hes got a blade',
    'cant breathe properly he sat on my chest',
    'hes outside my window',
    'need help now please',
    'hes coming up the stairs',
    'hlp hes hurting me',
    'cnt talk hes in nxt room got a knife',
    'need an ambulance he stabbed me',
    'he choked me',
    'hes hurting the kids',
    'hes hiting me rite now',
    'my x is outsde my hous he found me',
    'he strngled me nd i blackd out',
    'im lockd in the bedrom he took my fone',
    'he sed hes gona kil me tonite',
    'my sisters partner has threatened to kill her if she goes to the meeting tomorrow and he owns a shotgun',
    'my daughter says her dad is hurting her mum right now downstairs',
    'my brother in law has my sister locked in and took her phone, her friend messaged me',
    'im a neighbour, the dad next door has just dragged the little boy inside by his neck',
    'my 14 year old says her stepdad just punched her and shes hiding in her room',
    'writing for my friend, she cant type, he broke her fingers tonight',
    'he poured boiling water on me',
    'he pushed me down the stairs and i cant stand on my leg',
    'he keeps saying tonights the night and hes drinking',
    'he just set fire to my clothes in the garden and says im next',
    'my ex snatched the baby out of my arms and drove off drunk',
    'he forced himself on me tonight and hes still in the house',
    'hes threatening to throw acid on me, he showed me the bottle',
    'he drove his car at me outside the shop',
    'hes got my daughter and wont say where, he said say goodbye',
    'hes broken in through the back window',
    'hes kicking my belly and im 30 weeks',
    'he dragged me by my hair across the room and hes still going',
    'hes waiting at the end of my road with his mates',
    'my ex found the refuge and is banging on the gate',
    'he turned up at my work with a holdall and told me to get in the car',
    'he wont let me feed the baby or leave the room',
    'he is making me stand in the corner all night and has locked the kids downstairs',
    'he threatened to kill the dog tonight and then me',
    'he says hell kill himself in front of the kids if i ring anyone',
    'he put his hands on my throat in front of the kids and says hell do it properly next time',
    'theres a man in my garden in a balaclava and my ex said hed send someone',
    'he told me to pack a bag for the kids because theyre going away with him forever tonight',
    'he got my new address off the court papers and texted it to me with see you soon x',
    'im hiding in the wardrobe with the baby',
    'he said hes going to make it look like an accident and hes locked the car doors with me in it',
    'im coughing up blood since he stamped on me',
    'my ex has just messaged from a new number saying he can see me at the park with the kids',
    'he has a crossbow and says he\'ll use it if i try to leave',
    'he rang my mum and said shed be burying her grandkids by sunday, he has them today',
  ],
  'danger.silentSolution': [
    'if i ring 999 and cant say anything out loud what do i press',
    'he checks my call history, can i ring the police without speaking and will it show up',
  ],
  'danger.bsl': [
    'my mum is profoundly deaf, how would she get the police in an emergency',
    'can i text the police instead of ringing, i cant hear on the phone',
  ],
  'danger.scared': [
    'not in danger right now but im frightened all the time, is there anyone to talk to at 3am',
    'he hasnt done anything for weeks but i still jump every time his key goes in the door', // hard
    'just need someone to talk to, im shaking after the meeting, hes not here', // hard
    'hes in prison but ive still got butterflies every time the phone goes', // hard
  ],
  'danger.safetyPlan': [
    'how do i keep me and the kids safe if things kick off again', // hard
    'what can i get ready in advance in case he turns violent again', // hard
    'is there a list of things to think about so im ready if i ever have to get out quick', // also: leaving-safely.plan
  ],
  'scared-to-report.start': [
    'my friend says i should go to the police but im terrified of what happens after',
    'ive never told anyone about what he does and i dont know if i can face it',
    'he broke my nose two years ago and i never reported it, is it too late to tell them', // hard
  ],
  'scared-to-report.heldAgainst': [
    'if i admit to the health visitor that he hits me, will they think im not protecting the baby',
    'i rang 101 about him last year, will that be on my file and count against me now', // hard
    'will the school think im a bad mum if i tell them what goes on at home',
  ],
  'scared-to-report.catch22': [
    'they said i failed to protect by staying but if i tell them more theyll say the risk is ongoing',
    'whatever i do they will use it, tell them and they worry, dont tell them and im hiding it',
  ],
  'removal.start': [
    'my partner keeps telling me social services will have the kids off me if i open my mouth',
    'he laughs and says no judge would give me the kids because of my depression', // hard
    'he says hell tell them im on drugs and the kids will end up in foster care', // hard
  ],
  'removal.couldThey': [
    'can they actually take a child without going to court first',
    'the police took the kids to my mums for a couple of days last month, can they just do that', // hard
    'im due in march and have an open case, could they take the baby at birth',
    'my ex was violent years ago, now im pregnant again, will they take this baby because of him', // hard
  ],
  'removal.manageThreat': [
    'he uses the kids to keep me in line, always saying hell ring social services, how do i deal with it',
    'how do i stop his threats about the kids getting in my head',
  ],
  'removal.hopeless': [
    'theyve had three conferences and say i havent changed enough, is there any point',
    'i feel like ive already lost them, do the good things even get written down',
    'my kids are happy and doing well at school but the social worker only talks about the bad',
  ],
  'social-worker-contact.start': [
    'a woman from the council came round today and left a card, why would she do that',
    'i got a call from a childrens services number and i have no idea why',
    'the police were called to a fight at ours three weeks ago and now a social worker has rung', // hard
  ],
  'social-worker-contact.whatIsIt': [
    'the letter says they are making enquiries, is that the same as an assessment',
    'how do i know if its a proper investigation or just them checking in',
  ],
  'social-worker-contact.expect': [
    'what do they look at when they come to the house, should i tidy up',
    'will they want to talk to my 7 year old on his own',
    'im terrified of the home visit, i panic when strangers come in', // hard
  ],
  'social-worker-contact.workWith': [
    'should i tell the social worker everything, even the bad stuff',
    'they asked me to do things i cant manage, how do i tell them without looking like im not cooperating',
    'i slapped him back once when he had me pinned, do i tell the social worker that', // hard
  ],
  'social-worker-contact.safeContact': [
    'he goes through my phone every night, how can the social worker get hold of me',
    'can i ask them not to send letters to the house, he opens everything',
    'how do i let the social worker know its not a good time to ring without him knowing',
  ],
  'social-worker-contact.merlin': [
    'the neighbours called the police on us last month and now social services know, how did they find out', // hard
    'what do the police send to childrens services after theyve been out to a house',
  ],
  'conference.whatItIs': [
    'got a letter inviting me to a meeting with loads of professionals about my kids, what is it',
    'whats an icpc and why am i invited',
    'why would they call a big meeting about my daughter, i feel sick about it', // hard
    'i got a letter about a conference after he broke my wrist in the summer, what is it', // hard
  ],
  'conference.report': [
    'when do i get to read what the social worker has written before the meeting',
    'the report has wrong dates and things i never said, can i get it changed before monday', // also: social-worker-problems.dontGetAlong
  ],
  'conference.bringSomeone': [
    'can my mum come in with me to the meeting',
    'i dont want to go on my own, is anyone allowed to come with me to the conference',
  ],
  'conference.safety': [
    'hes been invited to the child protection meeting too, do i have to sit with him',
    'can we have the meeting in two halves so i dont have to see him',
    'if he comes to the conference will he hear where im living now', // hard // also: who-sees-what.address
    'he once put me in hospital, i cant be in a room with him at that meeting', // hard
  ],
  'conference.chair': [
    'who is in charge of that meeting, is it my social worker',
    'is the person who runs the conference on the councils side',
  ],
  'conference.sharing': [
    'will i get a chance to say my bit at the meeting',
    'i freeze when im nervous, can i write things down and read them out at the conference',
    'im scared ill break down and cry when i try to speak at the meeting', // hard
  ],
  'conference.decision': [
    'how do they decide if the kids go on a plan, do they vote',
    'what happens at the end of the meeting, who makes the final call',
    'he threatened to kill me two years ago, will the conference use that to decide', // hard
  ],
  'conference.plan': [
    'what are the meetings after the conference for, with the teacher and the health visitor',
    'who comes to the core group',
    'they said a core group will meet within 10 days, what does it actually do',
  ],
  'conference.review': [
    'how often do they have the meeting again once the kids are on a plan',
    'i disagree with the outcome of the conference, can i appeal',
  ],
  'process.concern': [
    'can someone explain the whole thing from start to finish, im lost',
    'i dont know what stage were at, theres been visits and a meeting',
    'how long does each bit usually take',
    'he was arrested in september for hitting me, what usually happens next with social services', // hard
  ],
  'process.strategy': [
    'the police and the school had a discussion about my child without me, is that allowed',
    'what is the meeting where they decide whether to start section 47',
  ],
  'process.initialConference': [
    'they finished their enquiries, what happens now',
    'how soon after the investigation is the conference usually held',
  ],
  'process.preProceedings': [
    'i got a letter about a meeting before court, does this mean its going to court',
    'how likely is it they will take us to court',
    'what does the public law outline mean for me',
    'he broke my ribs last year and now theyre talking about court, will it go that far', // hard
  ],
  'plan.start': [
    'my son has been put on a plan, what does that mean',
    'is the child protection register still a thing',
    'the kids were put on a plan because he strangled me in front of them back in the spring', // hard
  ],
  'plan.contents': [
    'i was never given a copy of the plan, what should be in it',
    'the plan just says be protective, shouldnt it say who does what',
    'the plan doesnt say anything about what he has to do after he battered me', // hard
  ],
  'plan.cantFollow': [
    'i cant get to all the meetings because of my job',
    'the plan says do the freedom programme but theres a year wait and no childcare',
    'i have fibromyalgia and the plan is just too much for me',
  ],
  'plan.stepDown': [
    'how long do kids usually stay on a plan',
    'they said we might go down to child in need next time, what does that change',
  ],
  'plan.familyGroupConference': [
    'they want a meeting with my whole family to make a plan, do i have to',
    'whats an fgc and who comes to it', // also: glossary.termFamilyGroupConference
  ],
  'plan.partnerBack': [
    'hes done a course, can he come back home now',
    'we want to get back together, will social services allow it',
    'he finished his sentence for hurting me, is he allowed to move back in', // hard
  ],
  'delays.start': [
    'ive done everything on the plan and they havent done any of their bits',
    'the professionals keep putting things off and its dragging the whole plan out',
  ],
  'delays.whatToDo': [
    'they said theyd refer me to a domestic abuse service in june and nothing has happened',
    'still waiting on the parenting course they promised, what can i do',
    'i was supposed to get an idva after the assault in may and nobody has called', // hard
  ],
  'delays.complain': [
    'how do i make a formal complaint about childrens services as a whole',
    'i complained months ago and heard nothing, can i go to the ombudsman',
  ],
  'social-worker-problems.notBelieved': [
    'ive told her my ex hurts the kids but she says theres no evidence',
    'the social worker thinks my son is safe at his dads but he came back with bruises last month', // hard
    'my daughter told her teacher he grabbed her last year and the social worker says shes lying', // hard
  ],
  'social-worker-problems.notUnderstood': [
    'she keeps saying its just a relationship problem, she doesnt get control at all',
    'can i have someone who knows about domestic abuse, she only qualified this year',
  ],
  'social-worker-problems.maleWorker': [
    'i dont feel safe with a man coming to my house after what happened, can i have a woman', // hard
    'can i get a new social worker',
  ],
  'social-worker-problems.dontGetAlong': [
    'she wrote things i never said and always takes his side',
    'she picks holes in everything i do, last visit she said my house was a bomb site', // hard
  ],
  'social-worker-problems.myPast': [
    'they keep bringing up that i was in care as a kid',
    'i had postnatal depression six years ago and they keep going on about it', // hard
    'my ex from ten years ago was violent and now they say i pick bad men', // hard
  ],
  'social-worker-problems.complain': [
    'who do i report my social worker to',
    'i want to put in a formal complaint about the way my social worker spoke to me',
    'my social worker lied in her report and i want her manager to know',
  ],
  'social-worker-problems.othersAgree': [
    'the health visitor just repeats whatever the social worker says',
    'the school and nursery all agree with the social worker and nobody hears me',
  ],
  'social-worker-problems.partnerPast': [
    'my partner went to prison for assault twelve years ago and they keep bringing it up', // hard
    'he has a record for a stabbing when he was 18, does that mean the kids get taken', // hard
    'he did his time, why do they still treat him like a risk', // hard
  ],
  'one-off.answer': [
    'it was just one bad night, hed been drinking, why is it such a big deal', // hard
    'we had an argument and the neighbours called the police, its not abuse', // hard
    'he only pushed me once and i fell, it was an accident really', // hard
  ],
  'leave-or-remove.start': [
    'ive been told to choose between my husband and my kids',
    'after he cracked my head open last year they said he must leave or the kids go', // hard
  ],
  'leave-or-remove.dontAgree': [
    'i dont think hes a risk to the kids, i dont want him to go',
    'i disagree with them asking him to leave, hes never touched the children', // hard
  ],
  'leave-or-remove.consequences': [
    'what happens if i say no and let him stay',
    'if i dont do what they ask will they go to court',
    'im scared if i dont make him leave they will come and take the kids in the night', // hard
  ],
  'leave-or-remove.seePartner': [
    'can i still meet up with him in town when my mum has the kids',
    'his bail says no contact but can we still talk on the phone', // hard
  ],
  'child-taken.start': [
    'my ex took our daughter for the weekend and hasnt brought her back, its been a week', // hard
    'he picked my son up from school on tuesday and now says hes keeping him', // hard
    'social services told his dad to keep the kids there, can they do that',
  ],
  'child-taken.solicitor': [
    'how do i get my son back through the courts',
    'i need a child arrangements order, where do i start',
    'his dad snatched him off the street three months ago and still has him, how do i get him back', // hard
  ],
  'child-taken.mediation': [
    'do we have to try mediation before going to court about where the kids live',
    'the court form says we need a meeting about mediation first, is that a must',
  ],
  'child-taken.pushedContact': [
    'the social worker wants my kids to see their dad even though he hit me', // hard
    'theyre pushing for unsupervised time with him and my daughter is terrified of him', // hard
  ],
  'malicious-reports.answer': [
    'this is the fourth anonymous call to social services and its always him',
    'my ex keeps ringing the police saying i neglect the kids',
    'hes making things up to the school about me just to get at me',
    'he told social services i tried to drown the baby which is a total lie', // hard
  ],
  'support.advocate': [
    'is there someone who can come to the meetings with me and help me speak',
    'im not coping and need someone on my side',
    'since the attack in the spring i cant go to meetings alone, is there anyone who can come', // hard
  ],
  'support.readWrite': [
    'i cant understand the letters they send me',
    'i struggle with forms because im dyslexic, can someone help',
  ],
  'support.kinship': [
    'can my mum look after the kids while this is sorted',
    'my sister has offered to have the kids, would they allow that',
    'my mum could have the kids if im ever hurt badly again, would they let her', // hard
  ],
  'support.olderChildren': [
    'my 15 year old is angry all the time since everything, is there help for him', // hard
    'my daughter still has nightmares about what she saw, who can help her', // hard
  ],
  'support.lgbt': [
    'my girlfriend is the one who hurts me, is there help for women in same sex relationships', // hard
    'is there a service for trans people going through abuse',
  ],
  'support.familyRightsGroup': [
    'who are the family rights group and is it free',
    'is there a charity that gives parents advice about social services',
  ],
  'support.fosterAdopt': [
    'id like to adopt one day, where do i start',
    'im a survivor myself, could i still be approved to foster one day',
  ],
  'support.marac': [
    'they said my case is going to marac, what happens there',
    'ive been told im high risk and will get an idva, what does that mean for me', // hard
  ],
  'do-i-have-to-agree.start': [
    'can i just say no to social services',
    'is any of this voluntary or do i have to do what they say',
  ],
  'do-i-have-to-agree.childInNeed': [
    'they offered child in need support, can i turn it down',
    'do i have to accept their help if its only section 17',
  ],
  'do-i-have-to-agree.enquiries': [
    'can i refuse to let them into the house',
    'do i have to answer all their questions during the section 47',
  ],
  'do-i-have-to-agree.accommodation': [
    'they want me to sign something so the kids go to foster carers for a bit',
    'i agreed to the kids going into care voluntarily, can i change my mind',
  ],
  'do-i-have-to-agree.safetyAgreement': [
    'they want me to sign a paper promising not to let him near the kids',
    'social care brought a written agreement to sign on the spot, am i allowed to say i want to think first',
  ],
  'do-i-have-to-agree.stayAway': [
    'they put me and the kids in a hotel and said dont go home',
    'do i have to stay at my mums like they told me, its my house',
  ],
  'do-i-have-to-agree.custody': [
    'the social worker says unless my ex has the kids there will be a conference',
    'theyre saying i should let his dad have him full time or it goes to conference',
  ],
  'who-sees-what.sharing': [
    'if i tell the social worker something does it go to the police',
    'will my doctor find out what i told childrens services',
    'if i tell the social worker he threatened to kill me in the past, will she tell the police', // hard
  ],
  'who-sees-what.school': [
    'how did the school know the police came to ours last night', // hard
    'will the teachers be told whats going on at home',
  ],
  'who-sees-what.address': [
    'will my new address be in the conference minutes he gets',
    'how do i stop him finding out where we live through the paperwork', // hard
  ],
  'who-sees-what.records': [
    'i want to see everything they wrote about me',
    'how do i do a subject access request to childrens services',
  ],
  'who-sees-what.notes': [
    'where can i keep my diary of what he does so he doesnt find it', // hard
    'we share a laptop, how do i keep my notes safe',
  ],
  'leaving-safely.start': [
    'is it more dangerous to leave him',
    'im thinking about splitting up but i dont know if its safe', // hard
    'everyone says just leave but they dont know him', // hard
  ],
  'leaving-safely.plan': [
    'what documents should i take when i go',
    'what do i need to pack for me and the kids if i go',
    'how do i get the passports out without him noticing', // hard
  ],
  'leaving-safely.help': [
    'if i leave where do we go, i have no family',
    'how do i get into a refuge with three kids',
    'when he gets out of prison next month i need to be gone, where can we go', // hard
  ],
  'leaving-safely.scared': [
    'i want to end it but im scared of how hell react', // hard
    'im frightened to finish it with him', // hard
  ],
  'leaving-safely.changed': [
    'hes crying and says hes changed, should i give him one more chance',
    'he swears this time is different', // hard
  ],
  'leaving-safely.toldToLeave': [
    'the social worker wants me to run with the kids but he will find us and then what', // hard
    'they want me to leave but leaving is when hes most dangerous', // hard
  ],
  'what-counts-as-abuse.start': [
    'he doesnt hit me so is it still domestic abuse',
    'what does the law count as domestic abuse',
    'he threw a mug at the wall near my head once, does that count as abuse', // hard
  ],
  'what-counts-as-abuse.control': [
    'he gives me 20 quid a week and i have to show him receipts',
    'he decides who i can see and tracks where ive been on my phone', // hard
    'is it abuse if he wont let me have my own bank account',
    'he makes me hand over my wages and my phone every night, he says its to keep me safe', // hard
  ],
  'what-counts-as-abuse.toxic': [
    'were both as bad as each other, we just clash',
    'is it abuse or are we just toxic together',
  ],
  'what-counts-as-abuse.psychological': [
    'he never leaves a mark but he messes with my head constantly',
    'he moves things and says i did it and makes me think im going mad',
    'the social worker says theres no abuse because there are no bruises', // also: social-worker-problems.notUnderstood
    'hes never laid a finger on me but he tells me im dead inside and useless every day, is that abuse', // hard
  ],
  'what-counts-as-abuse.children': [
    'they were asleep upstairs, surely it doesnt affect them', // hard
    'my 4 year old copies what his dad used to call me', // hard
  ],
  'what-counts-as-abuse.whoMustChange': [
    'why am i the one on the plan when hes the abuser',
    'he never gets a visit, all the pressure is on me',
  ],
  'legal-help.start': [
    'how can i get a solicitor if i have no money',
    'is there free legal advice for mums',
    'he was convicted of assaulting me, can i get free legal help now', // hard
  ],
  'legal-help.whereIStand': [
    'is a child protection plan a court order',
    'what rights do i have while the kids are on a plan',
    'i feel like a prisoner on this plan, what are my rights', // hard
  ],
  'legal-help.careProceedings': [
    'will i get legal aid if the council takes me to court',
    'the council is starting care proceedings, can i get a free solicitor',
  ],
  'legal-help.privateLaw': [
    'can i get legal aid to go to court against my ex over the kids',
    'what proof of abuse do i need for legal aid for family court', // hard
  ],
  'legal-help.mediation': [
    'do i really have to sit down with my abuser for mediation', // hard
    'can i get out of mediation because of what he did to me', // hard
  ],
  'legal-help.prohibitedSteps': [
    'how do i stop my ex taking the kids to pakistan for good', // hard
    'hes been saying hell take my son out of the country in the summer holidays', // hard
  ],
  'glossary.termSignificantHarm': [
    'what do they mean by significant harm',
    'the letter says likely to suffer significant harm, what does that mean',
  ],
  'glossary.termChildInNeed': [
    'what does child in need actually mean',
    'define child in need',
  ],
  'glossary.termStrategyDiscussion': [
    'what is meant by a strategy discussion',
    'strategy meeting meaning',
  ],
  'glossary.termSection47': [
    'what is section 47',
    'what does s47 stand for',
  ],
  'glossary.termCoreGroup': [
    'core group, whats that',
    'the letter keeps mentioning the core group, what is that in plain words',
  ],
  'glossary.termFamilyGroupConference': [
    'what is a family group conference exactly',
    'whats a family group conference in plain english',
  ],
  'glossary.termParentalResponsibility': [
    'does his dad have pr, what does that even mean',
    'what does parental responsibility mean in plain english, hes not on the birth certificate',
  ],
  'glossary.termPrivateLaw': [
    'what is private law',
    'private law vs public law meaning',
  ],
  'glossary.termCareProceedings': [
    'explain what a care order is',
    'what does it mean when they say care proceedings',
  ],
  'glossary.termLetterBeforeProceedings': [
    'whats a plo letter',
    'what does a letter before proceedings actually mean',
  ],
  'glossary.termSection20': [
    'what is s20',
    'what is section 20 in simple words',
  ],
  'glossary.termInjunction': [
    'whats a non molestation order',
    'i keep hearing about a court order to keep him away, what is it called', // hard
  ],
  'glossary.termMiam': [
    'whats a miam meeting',
    'what is a MIAM in plain english',
  ],
  'glossary.termProhibitedStepsOrder': [
    'whats a prohibited steps order in simple words',
    'prohibited steps order explained simply please',
  ],
  'glossary.termCoerciveControl': [
    'meaning of controlling behaviour',
    'what is coercive control in plain english',
  ],
  'glossary.termMarac': [
    'whats marac short for',
    'what is a marac meeting in simple terms',
  ],
  'glossary.termIdva': [
    'idva stand for?',
    'what does idva mean in plain english',
  ],
  'glossary.termAdvocate': [
    'what do they mean by an advocate',
    'whats an advocate in plain english',
  ],
  'glossary.termMerlin': [
    'what does merlin mean on my letter',
    'what does merlin stand for in a police report',
  ],
  'glossary.termKinshipCare': [
    'whats kinship care in plain english',
    'kinship care, what does that mean in simple terms',
  ],
  none: [
    'whats the weather like tomorrow in leeds',
    'how do i kill the weeds on my patio',
    'my phone screen is smashed, how much to fix it',
    'can you recommend a film with a good knife fight',
    'how long do i cook a whole chicken for',
    'my boyfriends team got murdered 5-0 on saturday lol',
    'how do i reset my wifi password',
    'the dog bit the postman, will he be put down',
    'what time does tesco close on a sunday',
    'im dying to know when the new iphone comes out',
    'where can i buy a cheap pram',
    'best way to get blood stains out of a carpet after a nosebleed',
    'my car keeps choking when i start it in the cold',
    'can you help with my sons maths homework',
    'how do you spell necessary',
    'is it going to snow at christmas',
    'killer sudoku tips please',
    'who got voted off strictly last night',
    'my neighbours tree is blocking all my light, what can i do',
    'how do i return something to amazon without the box',
  ],
};
