// A development set for typed-text routing (issue 12): batch 14, written blind on 29 Nov 2026, in
// that day's fourth session, by a helper who had not seen the router's rules, its danger signs,
// its training or test messages; only the state ids and titles, the flows' words and the seeds.
// For tuning the danger detector, never learnt from: do not copy it into training data.
// 430 messages: 251 danger (weighted to what a rule list misses: danger buried in a question
// about the process, starting "will", "can", "what if", "is it", "how do i"; recent past that is
// still now; whispered, short, text-speak and typos; injuries told by symptoms; kept in; followed
// or found; veiled threats that do not say kill; weapons; suicide, hers or his threatened as a
// weapon; threats to take the children now; children hurt now; someone else writing for her;
// danger told calmly, apologetically or with doubt); 139 hard ordinary questions (marked
// `// hard`: past abuse and convictions asked about, injuries from accidents, bail and release
// dates as planning, figures of speech, fears about meetings or about what he might do when he
// finds out, his past threats as evidence) under the state that answers them; 20 plain
// ordinary questions (`// plain`); 20 off-topic (`none`), several with alarming words.
export const devBatchFourteen: Readonly<Record<string, readonly string[]>> = {
  danger: [
    "will social services take my kids if i ring 999 right now? he's smashing the kitchen up and i've locked myself in the bathroom with them",
    "can the police take him away tonight without it going on my record, he's got his hands round my neck every time i try to get up",
    "what if i call the police and they tell the social worker, he's outside the bedroom door shouting that he'll finish me",
    "is it true they'll put the kids on a plan if i report it? he just punched me in the stomach and i'm pregnant and bleeding a bit",
    "how do i tell the social worker he's back when he's literally in the house right now and won't let me use my phone",
    "will i lose my children if i phone someone now, he's drunk and has the kitchen knife out",
    "do i have to go to the conference on monday, i can't even get out of the flat, he's screwed the back door shut and taken my keys",
    "can i ask for a different social worker, sorry, also he's just kicked the door in and i'm hiding upstairs",
    "is it an assessment or section 47, the letter came today and he read it and now he's saying i'm dead when he gets back from the pub",
    "how do i complain about the health visitor, and also he pushed my daughter down the stairs about ten minutes ago and she's not moving her arm",
    "what happens at the core group if he turns up, he's been sitting in his car outside the school since half two and the kids come out in ten minutes",
    "will it count against me that i let him in tonight, he's got me by the hair and i only got the phone because he went to the toilet",
    "do they share what i say with him? i need to know before i ring anyone because he's standing over me reading my texts right now",
    'how long does a section 47 take, sorry its just he strangled me again last night until i passed out and i dont know if i can last',
    "can a family member have the kids for a bit, i need them out tonight, he's said when he wakes up he'll sort us all out",
    "what does child in need mean, sorry for asking, he's battering the front door and the kids are under the bed",
    "if i call 999 now will they make me leave, i've got nowhere to go and he's just broken my nose",
    "is it abuse if he makes me sleep on the floor? he's locked the bedroom door from the outside and taken my charger, this is my last bit of battery",
    "will the school tell social services if i say something, my son told his teacher his dad choked him this morning and he's picking him up at 3",
    "can they take my baby if he hurt her? she's got a big swelling on her head since he threw her into the cot an hour ago",
    "how do i get a refuge place tonight, he's got a hammer and says he's coming back to finish what he started",
    "what if the social worker sees the bruises, he did it last night and he's still here and i can't get away",
    "do i have to sign the safety agreement while he's still living here, he had a knife to my throat on saturday and he's home right now",
    "is the review conference still on if i'm in hospital, he stamped on my ribs this morning and i can't breathe properly",
    "how do i ask for legal aid, sorry, he's messaging that he's on his way round with petrol",
    "what should i say to the duty social worker when they ring back, he's holding the baby over the balcony",
    "does the plan say he can't come round? because he's at the door now and the kids have let him in",
    "sorry if this is the wrong place but can mediation be cancelled, he's found out where the refuge is and he's standing at the gate",
    "will i be in trouble for breaking the agreement if i let him in, he won't go and he's started throwing things at me",
    "how do i make a safety plan when he's already in the house and has said tonight's the end",
    "can i still go to the conference tomorrow if i'm covered in bruises, he's asleep now but he said he'll do it again in the morning",
    "will they think im lying if i ring the police again, he's got my daughter in the car and he's driving off drunk",
    "is it worth reporting if he only hit me once tonight? he's still raging and the kids are awake",
    "how do i get my child back through court, he's just snatched her off me in the park and said i'll never see her again",
    "what if he sees this chat, he's in the next room with the door open and he's already hit me twice today",
    "if i tell the conference he's been strangling me will they take the kids, he did it again this morning",
    "do social workers work weekends? i need someone now, he's punched the wall next to my head and said next time it's my face",
    "do i have to let him have the kids for contact today, he rang and said he's not bringing them back and he's got their passports",
    "can the police make him leave tonight? he's locked us all in and pocketed the key",
    "is it a safeguarding thing if my ex is outside my work right now, he's been waiting by my car for an hour",
    "how do i keep my new address from him, actually too late i think, he's just knocked on my door",
    "will the social worker believe me this time, he's got his belt off and he's going after my son",
    "what happens if i miss the meeting, he won't let me out the house and he's taken my shoes and coat",
    "can i change my mind about section 20, sorry, he's here saying he'll stab me if i don't sign the kids over to his mum",
    "would it help my case if i called the police now? he's pinned me against the fridge and i'm typing with one hand",
    'how do i explain it to the social worker, i think my wrist is broken from where he twisted it an hour ago',
    "what if i get the police and he says i started it, he's bitten me and i'm bleeding from my arm",
    "can i get an injunction tonight, he's across the road watching the house with his hood up",
    "if i go to a&e will they tell social care, my head's pounding and i was sick after he slammed it into the door",
    "does it matter that were not on the plan anymore, he's back and he's got the kids locked in the car",
    "he hit me about an hour ago and he's passed out on the sofa, i'm scared to move",
    "he took my phone and keys this morning and i'm still stuck in the flat",
    'he grabbed my throat last night and it still hurts to swallow',
    "he's gone to get more drink and said he'll deal with me when he gets back",
    "he went out in a rage twenty minutes ago saying he's going to get the kids from his mums",
    "he kicked me in the back earlier and now there's blood when i wee",
    "he strangled me yesterday and my voice still sounds funny and i've got red dots round my eyes",
    "he threw a plate at my head at teatime and the cut won't stop bleeding",
    "he dragged me by my hair this morning and he's in the garden now, i'm in the loo",
    "he locked us in when he went to work and the windows don't open",
    "he said before he went to the pub that tonight's the night",
    "he threatened me with a screwdriver an hour ago and he's still in the house watching telly",
    "i think i blacked out earlier when he had his arm round my neck, i've got a headache that won't go",
    "he sat on my chest last night till i couldn't breathe and he's upstairs now",
    'he pushed me down the stairs this afternoon, im 30 weeks pregnant and the baby hasnt moved since',
    "the baby fell when he shoved me while i was holding her at dinner and she's been sleepy and sick since",
    "he hurt my son earlier and he's still crying holding his arm, i'm too scared to take him to hospital in case he follows us",
    "he broke my phone at lunch, im on my daughters ipad, he's still here",
    "he left me and the kids at the motorway services an hour ago and drove off with our bags and money, it's getting dark",
    'he smashed the windscreen while i was in the car this morning and he keeps driving past the house',
    "he put a pillow over my face last night and said next time he won't stop",
    "he came back at 6 this morning and hasn't left, he's pulled the landline out of the wall",
    "he punched me this morning and i'm still dizzy and seeing double",
    "my ex turned up at the refuge gate yesterday and he's back there again now",
    'he strangled me last weekend and now i keep getting bad headaches and my neck is swollen, he still lives with us',
    "hes been gone 10 mins to get petrol and said when he's back we're all going for a drive, i dont want to go",
    "he hit our 4 year old earlier and she has a handprint on her face, he's putting her to bed now",
    'he had a knife at my throat this morning and said it was a warning',
    "he took the baby when he stormed out an hour ago and isn't answering his phone",
    "he kept me in the bedroom all night and only let me out to make the kids breakfast, he's watching me now",
    "he choked me till i went out about an hour ago, he's gone out but he'll be back",
    'since he grabbed my neck earlier my throat feels tight and i keep coughing',
    "he headbutted me at teatime and i've still got blood in my mouth",
    'cant talk',
    'pls',
    'help hes bak',
    'hes at the door',
    "he's coming up the stairs",
    'pls help hes got a knife',
    'cant speak hes next to me',
    'need help now',
    'quick hes back',
    'hlp',
    'he found me',
    'hes outside',
    'scared hes coming',
    'hes broke in',
    'hes bangin on the door',
    'cnt breathe properly',
    'hes got the kids in the car',
    'locked in cant get out',
    'he took my phone using my sons',
    'sos',
    'he wont let me leave',
    'hes goin to kill me',
    'call someone pls',
    'im bleeding',
    "he's hurting her",
    "he's hurting the baby",
    'shh hes asleep need to get out now',
    'hes chokin me',
    'im hiding in the wardrobe',
    'hes smashin everythin up',
    'hes got a bat',
    'hes drunk n angry kids r here',
    'typing quick hes in the shower',
    'hes outside my work',
    'he follwed me home',
    'hes at the school gates',
    'hes in the garden',
    'hes trying to get in thru the window',
    "he's got my keys",
    'my ex is here and hes not meant to be',
    'im scared for my life',
    'plz hes hitting my mum',
    'i cant get out',
    'help me',
    'he jus hit me',
    'hes comin back',
    'somebody help hes got my daughter',
    'he keeps ringing sayin hes 5 mins away',
    'hes on his way',
    'cant breath',
    "my throat hurts and i can't swallow properly after he grabbed it",
    "there's blood coming out of my ear since he slapped me",
    'i keep being sick and my head hurts from where he kicked it',
    "my baby has a lump on her head after he threw her on the sofa and she's floppy",
    "i can't put any weight on my leg, he stamped on it",
    'my ribs click when i breathe in and it really hurts',
    "i've got marks all round my neck and my voice has gone",
    "i can't see out of one eye since he punched me",
    'my son is holding his arm funny and screaming after his dad yanked him',
    "i'm pregnant and bleeding after he kicked my stomach",
    "my lips are swollen and my tooth is loose and there's blood everywhere",
    "i'm wheezing and it hurts to breathe since he knelt on me",
    "i passed out when he squeezed my neck and now i'm all confused",
    'my arm is bent wrong after he twisted it',
    'the burn on my hand is blistering where he held it on the hob',
    "he's screwed the windows shut and locked every door, i can't get out",
    "he took my phone and the landline and he's sitting in front of the front door",
    "he won't let me leave the bedroom, he's been blocking the door for hours",
    "he's hidden my car keys and my purse so i can't go anywhere with the kids",
    "i'm locked in the shed",
    "he's taken the kids shoes and coats so we can't leave",
    "i'm not allowed out and he checks on me every ten minutes, i'm on the neighbours wifi",
    "he's changed the locks and i'm stuck inside with no key",
    'my ex just turned up at my work and is waiting in reception',
    "he's parked outside the refuge",
    'i think he followed me from the contact centre, his car has been behind me for three miles',
    "he's found out which school the kids go to and he's standing by the gates",
    "there's a tracker on my car, i found it just now, and he's just texted me a photo of where i am",
    "he's at my mums house and i'm here with the kids",
    "i've just seen him at the end of my road and i've moved twice",
    'he just sent me a picture of my new front door',
    "he's been walking up and down outside the house all evening",
    'my ex is in the supermarket car park next to my car',
    "the refuge staff have gone home and he's at the front door asking for me",
    "he's following me round the shopping centre with the kids",
    'he told me he knows where my mum lives and i should think about her',
    "he's going to hurt me i know it, he's gone really quiet and he's sharpening things",
    "he said if he can't have us nobody can",
    "he keeps saying he's got nothing left to lose",
    'he texted see you soon with a picture of my car',
    'he said enjoy your last weekend',
    'he told the kids to say goodbye to mummy',
    "he said he'll make sure i never wake up",
    "he said he's going to burn the house down with us in it",
    "he told me tonight i'll find out what happens to people who grass",
    "he said he'll make it look like an accident",
    "i saw on his phone he's been searching how to get rid of a body and he's being really nice to me today",
    "he said he's coming round later to finish it",
    "he says if i go to court tomorrow i won't make it there",
    "his last message says you've been warned, and now he's outside",
    "he's got a knife and he's between me and the door",
    "he keeps a machete under the bed and he's just got it out",
    "he's waving a gun around",
    "he's holding a bottle of bleach over my head",
    "he's got a crossbow and he's pointing it at the window",
    "he's holding a broken glass to my face",
    "he's got the kitchen knives out and the kids are in the next room",
    "i can't do this anymore i've got the tablets in front of me",
    "i want to die tonight, i've written the kids letters",
    "he says he'll kill himself and take the kids with him",
    "he's standing on the bridge with our son saying he'll jump",
    "i've cut myself badly and it won't stop",
    "he says if i leave he'll hang himself for the kids to find, and he's got a rope in the garage",
    "i don't want to be here anymore and i've taken some pills",
    "i think the kids would be better off without me, i'm going to end it tonight",
    "he's packing the kids bags and says he's taking them to his brothers in scotland tonight",
    "he won't bring them back from contact today, he's texted that they're staying with him for good",
    "he's got the kids passports and is on his way to the airport",
    "he's just taken my daughter from nursery and he's not allowed to",
    "he's got the baby in the car and he's driving off drunk",
    'he grabbed my son out of my arms and ran off',
    "he says he's taking the kids abroad tomorrow and i'll never find them",
    "he's outside the school saying he's collecting them and the school don't know about the order",
    "he's hitting my son with a belt",
    'my daughter has bruises on her neck after he held her against the wall earlier',
    "the baby isn't waking up properly after he shook her",
    "he's locked my son in the cupboard under the stairs and won't let him out",
    "he threw my toddler across the room and she's not crying, she's just gone quiet",
    "he's drunk and put the kids in the car to drive them somewhere",
    "he kicked my son in the stomach and he's been sick",
    "he's holding the baby and screaming that i'll never see her again",
    'im 11 my dad is hurting my mum right now',
    "my mum is on the floor and dad won't let me call anyone",
    'im 14 and my stepdad is choking mum in the kitchen',
    'my neighbour is screaming and i can hear her kids crying and things smashing',
    "my friend just rang me crying saying he's locked her in and has a knife, what do i do",
    "my sister's boyfriend has taken her phone and she's messaged me from her work laptop saying she can't leave",
    "i'm her mum, she's just texted me help he's back and now she's not answering",
    "my daughter's ex is outside her flat banging on the door with the grandkids inside",
    "i'm a neighbour, i just saw him drag her back inside by her hair",
    'my mummy is crying and daddy hit her and theres blood',
    "my best mate told me her husband tried to strangle her an hour ago and she's still there with him",
    "probably nothing but he's been sitting outside in the car for two hours now",
    "i might be overreacting but he said he'd kill us if i went to the conference and it's tomorrow",
    "sorry to bother you, it's just that he's hit me again and i don't know what to do",
    'this is probably silly but my neck hurts after he grabbed it and my voice is hoarse',
    "not sure if this counts but he won't give me my phone back and he's locked the front door",
    "i don't want to make a fuss but the baby has a bump on her head after he dropped her on purpose",
    "i'm fine really, just he's got a knife in his pocket and he keeps touching it when he looks at me",
    "it's probably nothing, he just stands at the end of the bed watching me in the dark, he's there now",
    'i feel stupid asking but is it normal that he puts his hands round my neck in arguments, he did it tonight',
    "sorry for the long message, he went through my phone tonight and found the social worker's number and he's gone really calm and said we'll talk when the kids are asleep",
    "i don't know if this is an emergency but he's kicking the bedroom door and i'm inside with the baby",
    "might be nothing but there's a car like his outside the refuge again",
    "i'm ok i think but he hit my head on the sink and i keep forgetting things",
    "i hate to ask but can someone come, he's really drunk and he's got hold of my son",
    "it's not that bad but i can't open my mouth properly since he punched my jaw this evening",
    "i don't think he'd actually do it but he's put the knives on the table and told me to pick one",
    "i'm probably being paranoid but he's just bought petrol and keeps saying it'll all be over soon",
    "honestly i'm ok, he's just taken the kids and turned his phone off, and all week he's been saying nobody else will have them",
    'sorry i dont know how this works, im in the bathroom and hes trying to get in',
    'probably being dramatic but im scared to go home tonight, he said hes waiting for me',
    "i know it sounds mad but he's got the baby monitor in his room so he can hear me, i'm whispering, he said if i ring anyone he'll know",
    "how do i get out, he's locked the doors and the kids are asleep upstairs",
    "how do i call 999 without him hearing, he's in the next room with a knife",
    "how do i stop him, he's got hold of the baby and he's shaking her",
    "can someone ring me back? he's just gone to get his mates and said they're coming for me",
    "what do i do he's broken in through the back",
  ],
  'danger.scared': [
    "i'm not in danger right now but i'm terrified of what he'll do when he gets the letter about the conference", // hard
    "he's in prison till next year but i still jump every time the door goes, is that normal", // hard
  ],
  'danger.safetyPlan': [
    'his release date is in april, how do i make a safety plan for when he gets out', // hard
    "how do i plan for the day he finds out i've left, he's working away all week", // hard
  ],
  'danger.silentSolution': [
    "if he ever goes for me again and i can't speak, how does the 55 thing work", // hard
    'my friend said you can press 55 on a 999 call, how does that work, just so i know for the future', // hard
  ],
  'danger.bsl': [
    "i'm deaf, how would i contact the police if something happened at home", // hard
    "my sister is deaf and he's hurt her before, how could she call for help if she ever needed to", // hard
  ],
  'scared-to-report.start': [
    "he hit me last month and i haven't told anyone, i'm scared to tell the police in case it gets worse", // hard
    "i'm too frightened to report what he did last year, what will happen if i do", // hard
  ],
  'scared-to-report.heldAgainst': [
    'if i tell them he broke my arm two years ago will they say i failed to protect the kids', // hard
    "will it go against me that i didn't report him the first time he hit me", // hard
  ],
  'scared-to-report.catch22': [
    "if i report his threats they say i'm exposing the kids and if i don't they say i'm hiding it, what do i do", // hard
    'they said i should have called the police when he threatened me in the summer, but last time i called it made things worse for me', // hard
  ],
  'removal.start': [
    'he always said social services would take the kids if i told anyone he hit me, is that true', // hard
    "my ex used to say if i called the police i'd lose the children, he's gone now but i'm still scared to report", // hard
  ],
  'removal.couldThey': [
    'my toddler fell off the sofa and cut his head, the hospital asked loads of questions, could they take him', // hard
    'could they remove my kids because their dad has an old conviction for assault', // hard
  ],
  'removal.manageThreat': [
    "my ex keeps saying he'll get the kids taken off me, he's not here but the texts don't stop", // hard
    "how do i deal with him saying he'll ring social services on me every time we argue about contact", // hard
  ],
  'social-worker-contact.start': [
    'the police came out last weekend after he kicked off and now a social worker has written to me, why', // hard
    'a social worker rang because my daughter told her teacher about dad hitting me last year', // hard
  ],
  'social-worker-contact.whatIsIt': [
    'the letter says section 47 because of the assault in september, is that an assessment or an investigation', // hard
    "they've opened enquiries after the incident in the summer, what's the difference between that and an assessment", // hard
  ],
  'social-worker-contact.expect': [
    "what will the social worker ask about the time he strangled me, she's visiting thursday", // hard
    "the social worker's coming to see the kids about his conviction, what happens at the visit", // hard
  ],
  'social-worker-contact.workWith': [
    'he sent me threatening messages last year, should i show them to the social worker', // hard
    'how do i get on the right side of the social worker after the incident in march', // hard
  ],
  'social-worker-contact.safeContact': [
    "he's out on licence in may and he'll be reading my post again, can the social worker text me instead", // hard
    'my ex still checks my phone when he has the kids, how can the social worker contact me without him seeing', // hard
  ],
  'social-worker-contact.merlin': [
    'the police did a merlin after the fight at new year, what is that', // hard
    "what's a merlin report and will the one from two years ago still be on file", // hard
  ],
  'conference.whatItIs': [
    "they're holding a conference because of the assault he was convicted of, what actually is it", // hard
    "what is a child protection conference, he hurt me when i was pregnant and they've just called one", // hard
  ],
  'conference.report': [
    "when will i see the report, i want to check they've put down that he's the one with the assault conviction", // hard
    "do i get the social worker's report before the conference, it mentions the time he threw me down the stairs", // hard
    'i never got a copy of what the social worker wrote for the meeting', // plain
  ],
  'conference.bringSomeone': [
    "can my idva come to the conference, i'm worried about talking about what he did in front of people", // hard
    "can i bring my mum to the conference for support, i'm scared it will bring it all back", // hard
    'can my sister sit in with me at the meeting', // plain
  ],
  'conference.safety': [
    "i'm scared he'll turn up at the conference, do we have to be in the same room", // hard
    "he's got a restraining order, will they still invite him to the conference", // hard
  ],
  'conference.chair': [
    'who chairs it, i want someone to stop him talking over me like he used to', // hard
    'who actually runs the meeting where they decide about the kids', // plain
  ],
  'conference.sharing': [
    'he used to threaten to kill me, can i tell the conference that', // hard
    'can i say at the conference that he strangled me in 2022, it was never reported', // hard
  ],
  'conference.decision': [
    "how do they decide if the kids go on a plan when he's the one with the violence conviction", // hard
  ],
  'conference.plan': [
    "what does the core group do if he's not allowed to come because of his bail conditions", // hard
    "core group meeting is next week and i'm dreading it because of what he said last time, what even happens there", // hard
    'what happens in the smaller meetings after the big conference', // plain
  ],
  'conference.review': [
    "i'm dying to know when the review conference is so i can show them he's moved out", // hard
    'can i challenge the decision, they put the kids on a plan because of a fight we had three years ago', // hard
  ],
  'process.concern': [
    "the police were called last weekend and now i don't know what happens next with social services", // hard
    'what happens step by step after the nursery reported a bruise on my son from a fall', // hard
  ],
  'process.initialConference': [
    'the section 47 finished after the incident, what comes next', // hard
    "what happens once they've finished asking questions", // plain
  ],
  'process.preProceedings': [
    'i got a letter before proceedings after he hurt the baby last year, will this go to court', // hard
    'will it go to court because i let him back after his conviction', // hard
  ],
  'plan.start': [
    'the kids are on a plan because of the violence in the past, what does that actually mean', // hard
  ],
  'plan.contents': [
    'what should the plan say about him having no contact after his conviction', // hard
    "should the plan say he can't come to the house, he's on bail till january", // hard
  ],
  'plan.cantFollow': [
    "this plan is strangling me, i can't get to all the appointments with a new baby", // hard
    "i can't do the course on the plan because he has the car, what happens", // hard
  ],
  'plan.stepDown': [
    "how long till the plan ends, he's been in prison six months now", // hard
    'does the plan ever end', // plain
  ],
  'plan.familyGroupConference': [
    "what's a family group conference, they want one because of what he did to me", // hard
    "my social worker wants all my family round a table to make a plan, what's that", // plain
  ],
  'plan.partnerBack': [
    "he's done the perpetrator course, can he move back in when his bail ends", // hard
    'can my partner come home once his community order finishes', // hard
  ],
  'delays.whatToDo': [
    "they promised a referral to the domestic abuse service after he attacked me but nothing's happened", // hard
  ],
  'delays.complain': [
    "how do i complain that children's services ignored me when i told them he hit me", // hard
  ],
  'social-worker-problems.notBelieved': [
    "the social worker says the kids aren't at risk even though he threatened to snatch them last month", // hard
    "i told the social worker he hurt my daughter before and she doesn't believe me", // hard
  ],
  'social-worker-problems.notUnderstood': [
    'my social worker keeps saying it was just an argument when he was throwing things at me', // hard
  ],
  'social-worker-problems.maleWorker': [
    'my social worker is a man and he reminds me of my ex, can i ask for a woman', // hard
    'can i get a different social worker, this one is killing me with his attitude', // hard
  ],
  'social-worker-problems.dontGetAlong': [
    "me and the social worker clash every visit, she's doing my head in", // hard
    "my social worker nearly gave me a heart attack shouting at me, we just don't get on", // hard
  ],
  'social-worker-problems.myPast': [
    'the social worker keeps bringing up that i was in care and in a violent relationship at 17', // hard
    'they keep mentioning my old caution for fighting from when i was a teenager', // hard
  ],
  'social-worker-problems.partnerPast': [
    'they keep bringing up his conviction for GBH from before we met', // hard
    'my partner did time for assault in 2015, will that be held against us forever', // hard
  ],
  'one-off.answer': [
    "it was a one-off, he pushed me once when he was drunk and it's never happened again", // hard
    'he only hit me the once last year, why is that enough for a plan', // hard
  ],
  'leave-or-remove.start': [
    'they said i have to leave him or lose the kids because of what he did in the past', // hard
    "the social worker told me to kick him out after the police came at new year or they'd take the children", // hard
  ],
  'leave-or-remove.dontAgree': [
    "he hasn't touched me since 2021, i don't agree he should have to leave", // hard
  ],
  'leave-or-remove.consequences': [
    "what happens if i don't sign the agreement saying he leaves", // hard
  ],
  'leave-or-remove.seePartner': [
    'can i still see him in town without the kids after his conviction', // hard
    "am i allowed to see my partner at his mums while he's on bail", // hard
  ],
  'child-taken.start': [
    "my ex took my son after contact last summer and never brought him back, he's been with him months now", // hard
  ],
  'child-taken.solicitor': [
    'how do i get my child back through the court, my ex has had her since easter', // hard
  ],
  'child-taken.mediation': [
    'do i need a miam before applying to get my kids back, he threatened me in the past', // hard
  ],
  'child-taken.pushedContact': [
    'the social worker wants the kids to see their dad even though he was violent to me, is that right', // hard
    "they're pushing contact with him even though he used to threaten to take them", // hard
  ],
  'malicious-reports.answer': [
    "my ex keeps ringing social services saying i hurt the kids, it's all lies", // hard
    "he's made up stories to the council about me again", // plain
  ],
  'support.advocate': [
    "how do i get a support worker, i'm just out of hospital after a car accident and struggling with the kids and the social worker", // hard
  ],
  'support.marac': [
    'what is marac, they said my case is going there because of the strangling last year', // hard
    "my idva said i'm high risk because of his past threats, what does that mean", // hard
  ],
  'support.olderChildren': [
    "my 15 year old saw him hit me years ago and he's still angry all the time, what help is there", // hard
    'what help is there for my teenager', // plain
  ],
  'support.kinship': [
    "can my nan have the kids while i'm in hospital for my operation so they don't go into care", // hard
    'can my mum look after the kids instead of strangers', // plain
  ],
  'who-sees-what.address': [
    'he gets out of prison in march, how do i keep my new address off the court papers', // hard
    'his bail ends next week, how do i make sure nobody gives him our address', // hard
  ],
  'who-sees-what.sharing': [
    'will the social worker tell him what i said about him hitting me', // hard
    'does what i tell the social worker about his threats go back to him', // hard
  ],
  'who-sees-what.school': [
    'what will the school be told about the incident at home last term', // hard
    'what does the school get told about us', // plain
  ],
  'who-sees-what.records': [
    'can i see what they wrote about the night the police came', // hard
    "how do i get a copy of my social care file, i think it says i hit him which isn't true", // hard
    'how do i see my file', // plain
  ],
  'who-sees-what.notes': [
    "how do i keep my diary of his abuse somewhere he can't find it when he has the kids", // hard
  ],
  'leaving-safely.start': [
    "is it safe to leave, he said years ago he'd kill me if i ever did", // hard
    'he was violent when i tried to leave before, is it ever safe to go', // hard
  ],
  'leaving-safely.plan': [
    'his bail conditions end next month, how do i plan to leave before then', // hard
    "how do i plan to get out while he's away working offshore for three weeks", // hard
  ],
  'leaving-safely.help': [
    "where can i go, i want to leave in the next few weeks and i've got three kids", // hard
    'how do i get a refuge space for next month when his tag comes off', // hard
  ],
  'leaving-safely.scared': [
    "i'm scared to end it because last time i tried he smashed up my car", // hard
    "i want to finish with him but i'm scared of how he'll react when i tell him", // hard
  ],
  'leaving-safely.changed': [
    "he's finished his sentence and swears he's changed, should i let him back", // hard
    'he says the anger course changed him, can i trust that', // hard
  ],
  'leaving-safely.toldToLeave': [
    'social care want me to leave but last time i left he found me within a week', // hard
    "they say i must leave but i have nowhere safe to go, he'd track me down", // hard
  ],
  'what-counts-as-abuse.start': [
    'he used to push me around when he was drunk, does that count as domestic abuse', // hard
    'is it domestic abuse if he only ever threw things and never actually hit me', // hard
  ],
  'what-counts-as-abuse.control': [
    'he took all my wages and gave me twenty quid a week, is that abuse', // hard
  ],
  'what-counts-as-abuse.toxic': [
    "we shout at each other and he's thrown a cup at the wall before, is that toxic or abuse", // hard
  ],
  'what-counts-as-abuse.psychological': [
    "he never left a mark, it was all mind games, but the social worker says there's no abuse", // hard
  ],
  'what-counts-as-abuse.children': [
    'my son saw his dad hit me when he was little, will that have affected him', // hard
  ],
  'what-counts-as-abuse.whoMustChange': [
    "why is it me on the parenting course when he's the one with the assault conviction", // hard
  ],
  'legal-help.start': [
    "how do i get free legal advice about contact when he's been convicted of assaulting me", // hard
    'how do i get a solicitor without paying', // plain
  ],
  'legal-help.privateLaw': [
    'can i get legal aid for the contact case, he was convicted of hurting me', // hard
  ],
  'legal-help.mediation': [
    'do i have to go to mediation with him when he used to beat me', // hard
    'the court mentioned mediation but he strangled me in the past, do i have to sit with him', // hard
  ],
  'legal-help.prohibitedSteps': [
    'he threatened last year to take the kids to his family abroad, how do i stop him', // hard
    "how do i stop my ex taking my daughter out of the country, he's talked about it before", // hard
  ],
  'glossary.termInjunction': [
    "what's an injunction, his bail conditions run out soon and i want something in place", // hard
    'what does injunction mean, the idva mentioned it because of the stuff he did', // hard
  ],
  'glossary.termCoerciveControl': [
    'what does coercive control mean, the police used it about my ex', // hard
  ],
  'do-i-have-to-agree.safetyAgreement': [
    "do i have to sign a safety agreement saying he can't come round, he's not been violent since he got out", // hard
    "they want me to sign something saying i'll call the police if he turns up, do i have to", // hard
  ],
  'do-i-have-to-agree.stayAway': [
    'they told me to stay at my mums after the incident last month, do i have to', // hard
  ],
  'do-i-have-to-agree.enquiries': [
    "can i say no to section 47 visits, the incident was months ago and he's gone", // hard
  ],
  'legal-help.careProceedings': [
    'can i get legal aid if they take us to court because of his violence', // hard
  ],
  'process.strategy': [
    'they had a strategy discussion after the police came out, what is that', // hard
  ],
  'removal.hopeless': [
    'is my case hopeless because i went back to him three times', // hard
  ],
  'social-worker-problems.othersAgree': [
    'the health visitor sides with the social worker about the fight last year', // hard
  ],
  'support.readWrite': [
    "i can't read the letters about the assault case, is there help with that", // hard
  ],
  'do-i-have-to-agree.start': [
    'do i have to say yes to everything social care ask', // plain
  ],
  'do-i-have-to-agree.accommodation': [
    "they want my son to stay somewhere else for a bit and say it's voluntary", // plain
  ],
  'delays.start': [
    'the social worker never does what she says she will', // plain
  ],
  'social-worker-problems.complain': [
    'how do i make a complaint about the social worker herself', // plain
  ],
  'support.lgbt': [
    'is there anything for gay parents going through this', // plain
  ],
  'glossary.termSignificantHarm': [
    'what does significant harm mean in plain english', // plain
  ],
  'support.fosterAdopt': [
    "i'd like to foster one day, is that possible after all this", // plain
  ],
  none: [
    'what time does the tip close on sundays',
    'recipe for chicken curry',
    'the kids are killing me with this homework, any tips for fractions',
    'how do i kill weeds in the patio without harming the dog',
    'my car battery is dead, how do i jump start it',
    'is it going to rain tomorrow in leeds',
    "my boss is going to murder me, i'm late again",
    'how do i get rid of mould in the bathroom',
    "what's the best knife for chopping veg",
    "what's a good film to watch with a 10 year old",
    'my wifi keeps dropping out',
    'how much is a bus pass for a 16 year old',
    'how do i fix a leaking tap',
    "i'm dying for a cup of tea lol",
    'how do i reset my bank app password',
    'where can i buy cheap school shoes',
    "what's the capital of australia",
    "that film was so scary i couldn't breathe lol",
    'can you recommend a cheap hoover that actually works',
    "my daughter's hamster escaped behind the fridge, how do i catch it",
  ],
};
