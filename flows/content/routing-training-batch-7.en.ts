// Batch 7 of labelled messages for typed-text routing (issue 12): 321 messages (124 danger, 8 the
// guide does not cover, 189 ordinary), written blind on 29 Nov 2026 from the flows, en.ts and the
// seeds' voices by a helper who never saw the router, its rules or data, or any held-out set;
// most of them danger said in unusual words and ordinary questions that mention past violence.
// 26 messages already in the training data or a held-out set were taken out, and walkthrough
// steps that are not routing answers relabelled with the answers that cover them.
//
// Its first runs, on the set as it was before those were taken out (docs/routing.md, "The
// figures (29 Nov 2026)"):
// - against main at the start of 29 Nov's night: answered in the first reply 68.6%, right
//   state in the top 3 85.3%, danger recall 88.7% (110/124), ordinary sent to the triage 14.8%
//   (31/210), unsure 7.2%;
// - against the first rounds of rules: 72.2%, 89.8%, 91.9% (114/124), 13.3% (28/210), 4.5%.
// It was then a development set (tests/routing/dev-batch-7.ts): the last round of danger rules
// was tuned on it (76.4%, 91.7%, 98.4% (122/124), 7.4% (14/189), 3.8% at the last), and it was
// not learnt from at first, because learnt it moved the answer model enough that "what is a
// child protection plan" lost its own answer. Learnt from since 29 Nov 2026 night, once the
// models saw their lessons spread by label rather than in label blocks (`spreadByLabel`,
// server/routing/answer-model.ts; docs/routing.md).
export const batchSevenTrainingEn: Readonly<Record<string, readonly string[]>> = {
  danger: [
    "i can't lift my arm since he shoved me into the door",
    "my wee is pink after he kicked my back last night",
    "keep seeing double since he banged my head on the cupboard",
    "can't put weight on my foot, he stamped on it an hour ago",
    "my jaw clicks and i cant open my mouth properly after what he did tonight",
    "theres blood when i cough since he sat on my chest",
    "my voice has gone croaky and it hurts to swallow since he had his hands round my neck",
    "i keep blacking out after he threw me down the stairs, i'm on my own with the baby",
    "my fingers have gone numb since he bent them back earlier",
    "i'm pregnant and i've been bleeding since he punched my belly",
    "cant breathe properly my ribs crack when i move he did it before he went out",
    "my eye has swollen shut and he says if i go to a&e he will know",
    "the burn on my arm is blistering, he held it on the iron and he is still here",
    "my head is pounding and i keep being sick after he hit me with the remote",
    "he's taken my car keys and my purse and locked the front door, i can't get out",
    "he hid the phone charger, im on 3% and he wont let me leave the flat",
    "not allowed out of the bedroom til he says so, the kids are downstairs with him",
    "he's changed the locks while i was inside and took my phone, i'm using my daughter's ipad",
    "he took the sim out of my phone and the wifi is off, using the neighbours wifi now",
    "all my money is gone from my account today and he says i am not going anywhere",
    "he put the chain and the deadlock on and keeps the key in his pocket, the kids are crying",
    "he nailed the back window shut and sits in front of the door",
    "he said i'm not leaving this house ever again and took the baby's passport and mine",
    "locked in the bathroom with my son, he is kicking the door",
    "he won’t let me take the kids to school today, says we stay in til he decides",
    "his mates have been parked outside my new place all evening",
    "his brother just walked past my window twice, they know where we are now",
    "he turned up at the school gates at pick up and followed us home",
    "there's a tracker on my car i think, he knew where i was every time today",
    "he found the new address, his car is at the end of the road right now",
    "his family keep driving past the refuge, i saw his cousin at the door",
    "he's on find my iphone and knows i'm at my mums, he's on his way",
    "someone is banging on the door and it sounds like him, he isnt meant to know where i live",
    "he followed me on the school run again this morning and shouted he would finish it",
    "he's hiding in the garden i think, i can see a cigarette outside",
    "got a message with a photo of my front door from a number i dont know",
    "life360 showed him at the end of my street and he's not allowed near us",
    "i saw him in the car park at the refuge, he is waiting",
    "he knows what time the kids come out of nursery and he was there today watching",
    "his sister sent me a pic of my kids in the playground this afternoon",
    "he said you'll regret this and he's coming round tonight",
    "he keeps texting watch what happens when i get there",
    "last chance he said, then he went to get something from the car",
    "he just told me this is the last night i'll ever spend here",
    "he said you and the kids wont see christmas",
    "you've done it now, that's what he said before he went to the shed",
    "he messaged: enjoy your sleep while you can",
    "he says he's got nothing left to lose and he's outside",
    "he said he will make sure nobody recognises me, he is drunk and on his way",
    "'i know where you are and i'm not done with you' came through 5 min ago",
    "he keeps saying tonight is the night, i am scared he means it",
    "he said im going to end this one way or another and locked the door",
    "he told my son to say goodbye to mummy",
    "he's sitting in the kitchen sharpening the big knife and staring at me",
    "he poured petrol by the front door and has a lighter",
    "he has the hammer out of the toolbox and is following me room to room",
    "he put the gas hob on without lighting it and shut the kitchen door with the kids inside",
    "he is waving a screwdriver in my face",
    "he got the baseball bat from under the bed and is waiting in the hall",
    "he set fire to my clothes in the garden and says the house is next",
    "he keeps flicking a lighter near the curtains while the kids are asleep",
    "he has a kitchen knife in his jacket and says he is coming to the school",
    "he left a knife on my pillow tonight",
    "he had the cord from the blind round my neck and now he is in the front room",
    "he held the hot kettle over the baby to make me do what he says",
    "i don't want to wake up tomorrow",
    "the kids would be better off without me, i've got all my tablets here",
    "i've written letters for the children and i'm done",
    "i'm standing on the bridge and i don't see the point any more",
    "i just want it all to stop for good tonight",
    "i've saved up my pills, i can't do this anymore",
    "i keep thinking i'd be better off dead than lose them",
    "no one would miss me, i'm thinking of ending it",
    "ive taken a load of paracetamol and i dont know what to do",
    "i'm going to walk into the sea, tell my kids i'm sorry",
    "i want to go to sleep and not wake up, there is no way out of this",
    "cant see a way forward, i've been looking at the train times and the tracks",
    "he says he is taking the kids to pakistan tomorrow and i will never see them again",
    "you'll never see them again he said and he's packed their bags",
    "he has the passports and a flight booked for him and the kids tonight",
    "he's just driven off with my daughter and says she's not coming back",
    "he didnt bring the kids back after contact and his phone is off, he said i will never find them",
    "he is at the school saying he will take them out of the country",
    "his mum has got the children and says they are going to morocco in the morning",
    "he's grabbed the baby and won't give her back, he's at the door with her",
    "he said he will take the kids somewhere i can never find and he has the car running",
    "he snatched my son from the park and i dont know where they are",
    "my son is hiding under the bed and he is screaming at him",
    "he just hit my 4 year old round the head",
    "the baby is floppy after he shook her",
    "my daughter rang me crying saying her dad is throwing things at her",
    "he's locked my teenager out in the cold with no shoes and won't let her in",
    "the kids are hiding in the wardrobe because he is smashing the house up",
    "my little girl has a mark on her neck from him today and he is still here",
    "he has taken my son in the car drunk",
    "he grabbed my son by the throat just now",
    "the kids are screaming and he wont stop",
    "my baby has a bump on her head from him and is being sick",
    "he's pushed my son down the stairs, he isn't moving much",
    "he's in the next room, i can't ring anyone, what do i do",
    "he is reading over my shoulder so i can only type a bit",
    "can't talk he's back",
    "in the toilet hiding my phone, he is outside the door",
    "he checks my phone every 5 mins, he's asleep for now but he has said he will kill me",
    "pls help cant speak he is here",
    "he is listening on the other side of the door, cant call",
    "typing fast he will be back from the shop in a minute and he said he is going to hurt me",
    "he took my phone, using my sons, hes getting angrier and angrier",
    "i cant call out loud, he would hear, he has the knife",
    "hes outside bangin on the windw pls",
    "hes goin mad n smashin evrythin kids r here",
    "help hes got me lockd in",
    "he sed im dead wen he gets in",
    "hes choked me and gone out 2 get more drink",
    "hez punchin the door in",
    "hes chasin me round the house",
    "im scared 4 my life rite now",
    "he kikd me in da stomach im pregnant",
    "hes here and hes not aloud 2 b",
    "bf broke in thru the back im in the bathroom",
    "he keeps ringin sayin hes nearly here and ill c",
    "cops?? hes kickin off bad",
    "he jus threw a plate at my daughters head",
    "hes got my kid in his car n wont say where",
  ],
  none: [
    "how long do i boil an egg for",
    "what's the weather going to be like on saturday",
    "can you recommend a good film for my kids",
    "what time does the tip close",
    "my dog keeps barking at night, how do i stop it",
    "is it worth getting a heat pump",
    "what is the capital of australia",
    "best recipe for banana bread",
  ],
  'scared-to-report.heldAgainst': [
    "if i tell them he hit me last year will they say i failed to protect the kids",
    "will it count against me that i stayed after he broke my nose",
    "i never called the police when he used to hit me, will social services hold that against me",
    "i'm scared the social worker will use the old assaults against me not him",
    "will asking for help make me look like an unfit mum",
  ],
  'scared-to-report.catch22': [
    "if i report the violence they say the kids are at risk, if i dont they say i hid it",
    "damned if i ring the police about him and damned if i dont",
    "last time i called 999 social care got involved, so now im scared to call again",
    "i don't know whether to report or not, either way i lose",
  ],
  'removal.couldThey': [
    "he used to say they would take the kids if i told anyone, can they actually do that",
    "my ex was convicted of assault, could that mean they take my children off me",
    "the police came out after a fight last month, does that mean they will remove the kids",
    "my son broke his arm falling off the trampoline and now social services are involved, will they take him",
    "there was a domestic incident in the past, could they put my kids in care for it",
    "my toddler pulled a pan off the cooker and got burnt, will they take her off me",
    "my daughter fell off the climbing frame and the hospital asked loads of questions, could they take her into care",
    "can social services take my kids away",
    "is a child protection plan the first step to losing my children",
  ],
  'removal.manageThreat': [
    "he always threatens that social services will take the kids if i leave him, how do i deal with that",
    "my ex keeps saying he'll tell social services i'm a bad mum so they take the children",
    "how do i cope with his threats about social services",
  ],
  'removal.hopeless': [
    "after everything he did to us i feel like they've already decided to take my kids",
    "it feels like the conference is just a step to taking my kids, is there any point",
    "i feel like whatever i do they'll take my baby",
  ],
  'social-worker-contact.whatIsIt': [
    "a social worker rang after the police were called to ours in the summer, what is this about",
    "social services want to do an assessment because of what my ex did, what does that mean",
    "a social worker called me today, why",
  ],
  'social-worker-contact.merlin': [
    "police filled in a form about the kids after the argument at christmas, what is that",
    "the officer said he would send a report about the children after the domestic, who gets it",
  ],
  'social-worker-contact.expect': [
    "the social worker is coming on thursday about the incident in may, what will she ask",
    "they want to speak to my daughter at school about what her dad did, is that normal",
    "what happens on a first home visit",
  ],
  'social-worker-contact.safeContact': [
    "my ex used to read all my letters, how do i stop social care post going to the old address",
    "he still has access to my email from when we were together, can the social worker text me instead",
    "can we agree a code word for when i can't talk on the phone",
  ],
  'social-worker-contact.workWith': [
    "how do i talk to the social worker about the violence without getting upset",
    "how do i get on with my social worker",
  ],
  'conference.safety': [
    "i'm terrified of being in the same room as him at the conference",
    "he has an injunction against him, do i still have to sit with him in the meeting",
    "i had a panic attack last time i saw him, can i be in a different room at the case conference",
    "will he hear my new address read out at the child protection conference",
    "i'm worried he'll kick off at the meeting like he did at the last one, can we be kept apart",
  ],
  'conference.bringSomeone': [
    "can my idva come to the conference, he used to scare me into silence",
  ],
  'conference.decision': [
    "the abuse ended a year ago, can they still put the kids on a plan at the conference",
    "who decides at the end of the conference, do i get a vote",
  ],
  'process.concern': [
    "the school called social services because my son told his teacher his dad used to hit mum",
    "the health visitor saw a bruise on me from months ago and now there's a referral, what happens",
    "someone reported us to social services, what happens now",
  ],
  'process.strategy': [
    "police and social care had a meeting about us after he was arrested, what was that",
  ],
  'glossary.termSection47': [
    "after he was charged they opened section 47 enquiries, what happens during that",
  ],
  'process.preProceedings': [
    "i got a letter before proceedings because of the violence when we lived together, what now",
    "i got a letter saying the council is thinking about going to court",
  ],
  'plan.partnerBack': [
    "he's done the perpetrator course and wants to move back, will the plan allow it",
    "my partner has a conviction for hitting me, can he come home now he's out",
    "he finished his sentence for assaulting me, what does the social worker need before he moves back in",
    "my partner wants to move back in, do i need to tell social care",
  ],
  'plan.stepDown': [
    "he's been gone a year and the violence stopped, when does the plan end",
    "how does a plan end",
  ],
  'plan.cantFollow': [
    "the plan says i have to go to groups but i'm too scared to go out since the attack",
    "i can't make all the meetings because of work",
  ],
  'plan.familyGroupConference': [
    "they want a family meeting but his family were part of the abuse, can i keep them out",
  ],
  'delays.whatToDo': [
    "it's been months since i reported the abuse and still no domestic abuse referral",
    "the waiting is killing me, they still haven't sent the referral they promised after the assault last year",
    "i've been waiting weeks for the referral they promised",
  ],
  'social-worker-problems.notBelieved': [
    "the social worker doesn't believe he ever hit me because there were no police reports",
    "i told them about the strangling two years ago and they said it was a one off",
    "they think the kids are fine with him even though he hurt me badly",
    "i told them he's the type who could snap one day, but they say there's no risk",
  ],
  'social-worker-problems.notUnderstood': [
    "my social worker doesn't get that the abuse wasn't physical, it was control",
    "the social worker keeps asking why i didn't just leave, she doesn't understand abuse",
    "my social worker doesn't seem to know much about domestic abuse",
  ],
  'social-worker-problems.maleWorker': [
    "after what my ex did i can't be around men, can i have a female social worker",
    "the new social worker is a man and i freeze up because of what happened to me",
  ],
  'social-worker-problems.dontGetAlong': [
    "the social worker talks to me like i'm the one who did the hitting",
    "i feel judged by my social worker",
  ],
  'social-worker-problems.myPast': [
    "they keep bringing up that i was in care and had a violent boyfriend at 17",
    "i had a caution for fighting years ago, why is that in the report",
    "my drink problem was ten years ago and they still mention it",
  ],
  'social-worker-problems.partnerPast': [
    "my new partner has an old conviction for gbh, is that why they are involved",
    "my husband went to prison for violence twenty years ago, will that count against us",
    "my boyfriend has a record from when he was young, they say the kids are at risk",
    "social services are worried because my partner was on the sex offenders register a long time ago",
    "my partner did time for a stabbing in his twenties, now they want a risk assessment",
    "the police told me my wife committed manslaughter decades ago and we are at serious risk, but we've been a happy family for years",
  ],
  'social-worker-problems.othersAgree': [
    "the health visitor thinks the plan should continue because of the past violence, why",
    "why does the school want the plan to continue",
  ],
  'one-off.answer': [
    "he only pushed me once, it was a one off, why are they calling it domestic abuse",
    "it was one argument that got out of hand, i'm not a victim",
    "we had one big fight and the neighbours rang the police, now i'm labelled a victim",
    "he slapped me once when he was drunk, he's never done it before",
    "honestly this wait is killing me, it was one row and the police came, why am i a victim now",
  ],
  'leave-or-remove.dontAgree': [
    "they say he has to leave because of the fight in march but i don't agree",
    "they want my partner to move out and i don't think it's right",
  ],
  'leave-or-remove.consequences': [
    "what happens if i don't make him leave like the social worker told me",
    "what happens if i say no to what the social worker wants",
  ],
  'leave-or-remove.seePartner': [
    "there's a non molestation order but can i still see him without the kids",
    "his bail conditions say no contact, can i meet him somewhere away from the children",
  ],
  'leaving-safely.toldToLeave': [
    "social services said i need to leave him or they will act, but the last time i tried he went mental",
    "they told me to get out with the kids but he threatened years ago to find me if i ever left",
  ],
  'leaving-safely.changed': [
    "he's been sober and calm for months and says he has changed, should i take him back",
    "he says the anger management worked and he wants another chance",
  ],
  'leaving-safely.scared': [
    "every time i've tried to end it before he got worse, i'm scared to try again",
    "i want to end it but i'm scared to tell him",
  ],
  'child-taken.solicitor': [
    "my ex kept the kids after the weekend last month and still won't return them, what can i do",
    "my son's dad picked him up from school and won't give him back, says social services told him about my partner's past",
    "my ex won't give my daughter back after the weekend",
  ],
  'child-taken.pushedContact': [
    "the social worker wants my son to see his dad even though he used to beat me in front of him",
    "i'm scared of handovers because he was violent, but they keep pushing contact",
    "why should my kids visit him when he has a conviction for hurting me",
    "i dread contact days, he always says nasty things at the handover",
    "my kids come back from his after contact really scared of him, the social worker says keep going",
  ],
  'child-taken.mediation': [
    "do i have to do mediation with the man who hit me to sort out the kids",
    "do i need a miam before applying for a child arrangements order",
  ],
  'legal-help.prohibitedSteps': [
    "how do i stop my ex taking the kids abroad in the summer holidays",
    "he's always said he will take them to his country one day, can i get an order to stop it",
    "my ex has family abroad and once said he'd take the kids there, can the court stop him",
  ],
  'legal-help.privateLaw': [
    "can i get legal aid for a child arrangements case if he was convicted of assaulting me",
    "we're going to court over who the kids live with, and there was violence, where do i start",
    "how do i get legal aid for a family court case",
  ],
  'legal-help.mediation': [
    "the court wants me at a miam but he abused me, do i have to go",
    "do i have to go to mediation",
  ],
  'legal-help.careProceedings': [
    "the council has started care proceedings because of the violence at home, do i get a solicitor",
  ],
  'legal-help.whereIStand': [
    "is a child protection plan the same as a court order, he keeps saying it is",
    "where do i stand legally with social services",
  ],
  'do-i-have-to-agree.stayAway': [
    "social services told me to stay at my mums and not go home because he might come back, do i have to",
    "they put me in a hotel after an old conviction of my partner came up and said don't go home, i went back after two days, was that wrong",
    "do i have to stay in the hotel they booked for me",
  ],
  'do-i-have-to-agree.custody': [
    "they said there will be a conference unless i let my ex have the kids, even though he hit me",
  ],
  'do-i-have-to-agree.safetyAgreement': [
    "they want me to sign something saying i will not let him near the kids, do i have to sign",
    "is a safety plan legally binding",
  ],
  'do-i-have-to-agree.accommodation': [
    "they asked me to agree to the kids going into foster care for a bit after the incident",
    "what is section 20 and can i take my child back",
  ],
  'who-sees-what.address': [
    "i moved after he attacked me, how do i stop social care telling him where i live",
    "i'm scared my new address will be in the minutes he gets",
    "he was violent before i left, will my new address show in the court papers he sees",
  ],
  'who-sees-what.school': [
    "the school knew about the police call last week before i told them, how",
    "will the school be told every time the police come out to ours",
    "will the school be told about social services",
  ],
  'who-sees-what.sharing': [
    "if i tell the social worker about the old assaults, will they tell the police",
  ],
  'who-sees-what.records': [
    "how do i see what social services wrote about the abuse back in 2019",
  ],
  'who-sees-what.notes': [
    "where can i keep my diary of what he did so he won't find it",
    "is it safe to keep notes on my phone",
  ],
  'what-counts-as-abuse.control': [
    "he never hit me but he controlled all the money and who i saw, is that abuse",
    "he used to check my phone and tell me what to wear, does that count",
    "my mum says i'm walking on eggshells around him, is that abuse",
    "what is economic abuse",
  ],
  'what-counts-as-abuse.toxic': [
    "the social worker called it a toxic relationship but it was abuse",
    "the plan started after one row when i found out he cheated, the domestic abuse team said toxic not abusive",
    "what's the difference between a toxic relationship and abuse",
  ],
  'what-counts-as-abuse.psychological': [
    "he never laid a finger on me but i was terrified all the time, does that count",
    "does emotional abuse count if there's no violence",
  ],
  'what-counts-as-abuse.children': [
    "the kids only heard the fights from upstairs, does that affect them",
    "my baby was in the room when he hit me, was she harmed even though she's too young to remember",
  ],
  'what-counts-as-abuse.whoMustChange': [
    "why am i the one being watched when he was the violent one",
    "the plan is all about me and nothing about what he did",
  ],
  'malicious-reports.answer': [
    "my ex keeps ringing social services with lies about me since i left",
    "he made a false report that i hit the kids to get back at me",
    "my ex's new girlfriend reported me to the police for nothing, it's the third time",
    "someone keeps making false reports about me",
  ],
  'support.marac': [
    "my case went to marac after the attack, what is that",
    "what is an idva and how do i get one",
  ],
  'support.advocate': [
    "i need someone to come to meetings with me because i freeze when they talk about the violence",
  ],
  'support.olderChildren': [
    "my 15 year old saw everything her dad did to me, what help is there for her",
  ],
  'support.lgbt': [
    "my ex girlfriend used to hit me, is there support for women in same sex relationships",
  ],
  'glossary.termInjunction': [
    "what's an injunction, the police mentioned one after he was arrested",
  ],
  'glossary.termCoerciveControl': [
    "what does coercive control mean, the officer used those words",
  ],
  'delays.complain': [
    "how do i complain that nobody acted for months after i reported the abuse",
    "how long does a stage 1 complaint take",
  ],
  'social-worker-problems.complain': [
    "i want to complain about my social worker, she blamed me for his violence",
    "how do i complain about a social worker",
  ],
  'conference.review': [
    "i disagree with the conference putting the kids on a plan because of his past, how do i challenge it",
  ],
  'conference.whatItIs': [
    "who will be at the case conference",
  ],
  'conference.report': [
    "when do i get the social worker's report before the conference",
  ],
  'conference.sharing': [
    "will i get to have my say at the conference",
  ],
  'process.initialConference': [
    "how soon after the enquiries is the first conference",
  ],
  'plan.contents': [
    "what should be in my child protection plan",
    "what does the plan say i have to do",
  ],
  'leaving-safely.plan': [
    "what should i pack if i decide to leave",
    "how do i make a safety plan",
  ],
  'leaving-safely.help': [
    "will the council rehouse me if i leave",
  ],
  'support.readWrite': [
    "i'm dyslexic and the reports are hard to follow",
  ],
  'support.kinship': [
    "can my sister look after the kids for a while",
  ],
  'do-i-have-to-agree.childInNeed': [
  ],
  'do-i-have-to-agree.enquiries': [
    "can i refuse to let the social worker in",
  ],
};
