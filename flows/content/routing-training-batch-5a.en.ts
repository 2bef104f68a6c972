// Batch 5a: more varied wording for typed-text routing (issue 12), because on new wording the
// right answer was in the top 3 only about 91–93% of the time and ordinary questions that
// mention past abuse or everyday alarming words were sometimes sent to the danger triage.
// It covers the answers of the danger, scared-to-report, removal, social-worker-contact,
// conference, process, plan, delays, social-worker-problems and one-off flows (six new
// messages each), danger now said in new ways (injuries in plain words, being kept in,
// followed or found, veiled threats, weapons, a parent's own thoughts of suicide, threats to
// take the children, children hurt now, someone who cannot talk), hard ordinary messages
// (the last of each list below its "Hard" line: past or general abuse, alarming everyday
// words, none of them danger now) and everyday things the guide does not cover.
// Written fresh on 29 Nov 2026 in the seeds' voices (docs/seeds/); none is copied from a test
// or a held-out set. Run once against the router before it learnt from them:
// - the whole batch (444 messages as first written): answered in the first reply 50.0%
//   (214/428), right state in the top 3 76.4% (327/428), danger recall 73.8% (62/84), ordinary
//   sent to the triage 11.6% (40/344), unsure 12.9% (55/428), out of scope not understood 37.5%
//   (6/16);
// - the six new messages per answer (288): first reply 46.2%, top 3 76.4% (220/288), sent to
//   the triage 7.3% (21/288), unsure 14.6%;
// - the hard ordinary messages (56): first reply 33.9%, top 3 80.4% (45/56), sent to the
//   triage 33.9% (19/56);
// - danger now (84): recall 73.8% (62/84); none (16): not understood 6 of 16.
// One danger message was then taken out as a wrong label (isolation, which the guide answers
// under what counts as abuse, not danger now); "this heat is killing me" stays labelled none
// although the danger sign for "kill" still opens the triage for it. Five were reworded
// after: four matched held-out messages word for word, and "i have planned how i will do it"
// held no word the danger model could learn.
// Then learnt from (merged label by label in routing.en.ts).
export const batchFiveATrainingEn: Readonly<Record<string, readonly string[]>> = {
  danger: [
    // Injuries, in plain words.
    'my finger is bent back the wrong way after he grabbed it',
    'theres a handprint round my throat and my voice has gone hoarse',
    'my stomach is hard and sore where he kneed me',
    'he kicked my knee and it wont hold me up',
    'i cant lift my arm above my shoulder since he threw me',
    'my ear is ringing and i cant hear properly since he slapped it',
    'i keep losing my words since he banged my head',
    'theres glass in my foot from the mirror he smashed',
    'he yanked a clump of my hair out and my scalp is bleeding',
    'my cheek has gone numb where he punched me',
    'im spotting and getting cramps since he shoved me into the counter im 14 weeks',
    'he sat on me and now it hurts to cough',
    // Kept in.
    'he has cut off the internet and taken my charger',
    'he drives me to work and picks me up and i cant go anywhere else',
    'he made me give him my door key and he locks up behind him',
    'he sleeps across the bedroom door',
    'he has the car fob and my bank cards and the nearest shop is miles away',
    'i havent been outside in a week he wont allow it',
    'he said if i step out the door without asking there will be consequences',
    'he took the kids shoes so we cant go anywhere',
    'hes put a padlock on the gate',
    // Followed or found.
    'theres a car idling outside with its lights off and it looks like his',
    'he knew what time my bus gets in',
    'he liked a photo my friend posted of me at the new place',
    'my daughter says daddy was at the park watching her today',
    'his sister just walked past the flat and took a picture',
    'he turned up at my doctors appointment',
    'he was in the next aisle at tesco again thats three times this week',
    'i got a letter at my new address in his handwriting',
    'my location was on in snapchat and now he knows where i am',
    'he drove alongside me while i walked the kids home',
    'he messaged asking if i liked my new blue door',
    'hes been parked at the end of the cul de sac since 7',
    // Veiled threats that never say kill.
    'he said accidents happen to people like me',
    'he said i should make the most of christmas with the kids',
    'he said remember what happened to the cat',
    'he said no one will be able to help me when it happens',
    'he whispered that he knows where my mum lives',
    'he told me to think very carefully about what i do next',
    'he said the next time he sees me will be the last time',
    'his message said i hope the kids remember you',
    'he said he has friends who owe him a favour and they know my car',
    'he told me to enjoy my freedom while it lasts',
    'he said hes counting down the days',
    'he told the kids to say a proper goodbye to mummy',
    // Weapons.
    'he keeps a knuckle duster in the glove box and showed me it',
    'hes sat there with a claw hammer on his lap',
    'he took the big knife from the block and put it under his pillow',
    'he pointed a nail gun at me',
    'he took the sword down off the wall last night and stood there with it',
    'hes holding a plank with nails in it',
    'he sprayed pepper spray in my face',
    'he bought a gun online and keeps it in the wardrobe',
    // The parent's own thoughts of suicide.
    'i keep looking at the train tracks',
    'ive looked up how many paracetamol it takes',
    'the world would be easier without me in it',
    'ive chosen the day and the place to end it all',
    'im sat in the car with the engine running in the garage',
    'i cant see a way out except not being here',
    'tonight im going to finish things for good',
    'i bought a rope today',
    'im done the kids can go to my sister',
    'ive cut deep and it wont stop bleeding',
    // Threats to take the children.
    'he booked flights for him and the kids and im not on the booking',
    'he said hell grab our son from nursery and ill never see him',
    'he says the kids are going to live with his family back home and they leave next week',
    'he said he will take the baby while im asleep',
    'he says hell drive off with the girls and not tell me where',
    'he has the kids birth certificates and says hes taking them overseas',
    'he said ill wake up one day and the kids will be gone',
    'he has packed bags for the kids and says theyre going with him tonight',
    // Children hurt now.
    'my son is limping and says daddy threw him',
    'the baby wont stop screaming since he shook her',
    'he is laying into my eldest with his belt',
    'my little girl has a bleeding lip from his slap',
    'he keeps pushing my toddlers head under the duvet',
    'my son ran to me with red marks round his wrists',
    // Someone who cannot talk.
    'cant speak he would hear me',
    'im deaf and hes hitting me i cant call',
    'i cant talk in the house is there another way to get help right now',
    'phone on silent he is right next to me',
    'typing under the covers he is awake',
    'i cant make a sound or hell hear',
  ],

  'danger.silentSolution': [
    'if i ring the police and just leave the line open will they hear whats going on',
    'wat number do u press after 999 if u cant talk',
    'he listens to everything so how do i get the police without speaking',
    'is it 55 or 99 you press',
    'if i dial 999 from my mobile in my pocket will they trace it',
    'does the operator hang up if nobody answers them',
    // Hard
    'he used to grab the phone off me when i tried to ring for help, is there a quiet way to call if it ever happens again',
  ],
  'danger.bsl': [
    'my daughter is deaf how would she call for help',
    'i cant use a voice phone whats the emergency option',
    'do i need to register before i can text the police',
    'is there an app for bsl 999',
    'partly deaf and phone calls are hard in an emergency what do i do',
    'can i use relay uk to reach 999',
    // Hard
    'im deaf and my ex used to hit me, if it happens again how would i get the police',
  ],
  'danger.scared': [
    'not in any danger tonight but my nerves are shot',
    'who can i ring at 3am just to talk',
    'i dont need an ambulance or anything i just feel so frightened all the time',
    'is there someone to talk to whos not the police',
    'ever since i left him my heart races when i hear a motorbike like his',
    'safe for now but petrified of what comes next',
    // Hard
    'he used to threaten me and even though hes moved out i still lie awake frightened',
    'my ex used to follow me everywhere and i still look over my shoulder',
  ],
  'danger.safetyPlan': [
    'how do i keep myself safe while im still living with him',
    'what should i have ready in case i need to get out fast',
    'tips for staying safe when hes in one of his moods',
    'where should i hide spare keys and money just in case',
    'how do i teach my kids what to do if it kicks off',
    'whats the plan if he comes round when im on my own',
    // Hard
    'he broke my wrist two years ago and i still live with him, how do i stay safer',
    'he used to lose it when hed been drinking, what should i do if it starts again',
  ],

  'scared-to-report.start': [
    'im thinking of ringing 101 about him but i bottle it every time',
    'if i grass him up will it make things worse',
    'part of me wants the police to know but im terrified',
    'should i tell my gp whats going on at home',
    'my friend says go to the police but i cant bring myself to',
    'what happens if i tell someone and he finds out i did',
    // Hard
    'he hit me at new year and i never told anyone should i report it now',
    'he used to strangle me when he was drunk, should i tell the police even though we split up',
    'my neighbour hears him shouting at me most nights, should i let her ring the police',
  ],
  'scared-to-report.heldAgainst': [
    'will the social put it in my file if i admit he hits me',
    'does being honest about dv make them think the kids arent safe with me',
    'if i tell my health visitor will it get passed on and used against me',
    'can i speak to someone in confidence without it going to childrens services',
    'im worried if i say anything theyll say im the problem',
    'would rights of women tell me if its safe to report',
    // Hard
    'he gave me a black eye last year and i lied to the hospital, will that go against me now',
  ],
  'scared-to-report.catch22': [
    'if i stay quiet im neglecting them and if i speak up im a risk, what am i meant to do',
    'theyve got me either way havent they',
    'calling the police is proof of risk but not calling is failure to protect its so unfair',
    'whatever choice i make social services will use it',
    'so im damned whatever i do',
    'feel like i lose if i report and lose if i dont',
    // Hard
    'i rang the police when he attacked me last year and now they say thats proof im not keeping the kids safe',
  ],

  'removal.start': [
    'he keeps telling me the social will have the kids off me if i open my mouth',
    'my bf says no judge would let a mum like me keep her kids',
    'he reckons if i leave hell make sure they go into foster care',
    'his mum says ill lose the children if i go to the police is it true',
    'he says one phone call from him to social services and the kids are gone',
    'is it true they take the kids off mums who report their partners',
    // Hard
    'when we were together he always said ss would take the baby if i told anyone about the beatings, was he right',
  ],
  'removal.couldThey': [
    'whats the chance of them actually taking my kids',
    'can they take a child off you the day its born',
    'if theres a conference does that mean theyre going to remove them',
    'do they need a judge to take kids into care',
    'i keep having nightmares theyll turn up and take the kids',
    'what is police protection and can they use it on my kids',
    // Hard
    'my ex broke my arm when i was pregnant, will they take the baby when its born',
    'my son fell down the stairs and the hospital asked loads of questions, will they take him off me',
  ],
  'removal.manageThreat': [
    'every argument he throws the social services thing at me how do i deal',
    'how do i stop him using the kids as a weapon to keep me in line',
    'he knows the threat of losing the kids works on me',
    'who do i talk to about his threats to ring social services on me',
    'he says hell tell the social im on drugs how do i protect myself',
    'hes always dangling the kids over me to get his way',
    // Hard
    'he used to threaten to report me to social services whenever i stood up to him and it still gets in my head',
  ],
  'removal.hopeless': [
    'whats the point in even trying theyve made their minds up about me',
    'i feel like ive lost already before its started',
    'will anything i do make a difference now',
    'my kids are settled and happy does that count for anything',
    'honestly should i just give up',
    'the meeting is next week and i feel beaten',
    // Hard
    'after everything he put me through i cant see me getting the kids back, is there any hope',
  ],

  'social-worker-contact.start': [
    'just had a missed call and voicemail from childrens social care',
    'why would a social worker want to see me i havent done anything',
    'someone from the council knocked and asked about my kids',
    'got a text from a social worker asking me to ring back',
    'the nursery must have called someone because a social worker came today',
    'ss have rang me whats going on',
    // Hard
    'the police came when he smashed the telly back in march and now a social worker wants to talk to me',
    'my daughter broke her wrist at trampolining and now a social worker has been in touch',
  ],
  'social-worker-contact.whatIsIt': [
    'the letter says section 47 what does that actually mean for us',
    'are they investigating me or just assessing',
    'is child in need the same thing as child protection or not',
    'how long does an assessment from childrens services take',
    'she called it enquiries is that worse than an assessment',
    'what does a s47 mean',
    // Hard
    'they opened a section 47 because of what my ex did years ago, is it an investigation into me',
  ],
  'social-worker-contact.expect': [
    'do i need to tidy up before the social worker comes',
    'will they open my fridge and cupboards',
    'she wants to chat to my daughter on her own first can she',
    'what sort of questions do they ask on the first visit',
    'can i have my mum there when the social worker comes round',
    'the sw is going to the school to see my lad tomorrow what happens',
    // Hard
    'the house is a mess since he trashed it when he left, will the social worker judge me on the visit',
  ],
  'social-worker-contact.workWith': [
    'how do i show them im a good mum',
    'what if i dont agree with what the social worker wants me to do',
    'how honest should i be with the social',
    'how do i get the social worker to see im trying',
    'can my support worker from womens aid explain things to the social worker',
    'any tips for the first meeting with my new sw so it goes well',
    // Hard
    'how do i tell the social worker the full story of what he did to me without it sounding like im making excuses',
  ],
  'social-worker-contact.safeContact': [
    'can the social worker email instead he reads my texts',
    'whats a safe way for social services to reach me when hes around',
    'i need the social worker to only ring on tuesdays when hes at work',
    'can letters go to my mums address instead of ours',
    'if the sw calls and i say wrong number will she understand',
    'how do we set up a code word with the social worker',
    // Hard
    'he went through my post when we lived together and still pops round, can the social worker not write to me at home',
  ],
  'social-worker-contact.merlin': [
    'will the police send social services a report about the call out',
    'what goes in the report the police send',
    'the officer said theyd do a referral to childrens services is that normal',
    'how did social care even know the police came',
    'can i see the police report about us',
    'do they do a merlin every time kids are in the house',
    // Hard
    'the police came out when he punched the wall last summer, did they tell social services',
  ],

  'conference.whatItIs': [
    'they want to have a big meeting about my kids with the school and doctors',
    'whats an icpc and why have i got a letter for one',
    'im being invited to a child protection meeting with loads of people what is it',
    'the social worker says its going to conference what does that even mean',
    'what happens at one of those big meetings',
    'is a case conference like a court',
    // Hard
    'theres a conference because he beat me up in front of the kids last year, what is it',
  ],
  'conference.report': [
    'is the social worker supposed to show me what she has written before the meeting',
    'the report makes me sound awful and its not true',
    'its the day before the meeting and ive still not got the paperwork',
    'how do i fix things the sw got wrong in the conference report',
    'the report left out all the good stuff i do with the kids',
    'can i ask for the report a few days before',
    // Hard
    'the report says i was violent but it was him who hit me, how do i correct it',
  ],
  'conference.bringSomeone': [
    'can my mum sit in with me at the meeting',
    'is it ok to take my idva to the child protection meeting',
    'does my solicitor need to be there for the meeting',
    'im too anxious to go on my own can someone come',
    'can my womens aid worker come in with me',
    'can i bring my best mate for moral support',
    // Hard
    'after what he did to me i fall apart in meetings, can someone come and support me',
  ],
  'conference.safety': [
    'can they stop him coming to the meeting',
    'will they keep my new address out of the conference papers',
    'i dont want to sit across the table from him',
    'can i wait in a different room so i dont have to see my ex',
    'ill have a panic attack if hes in the room',
    'can the meeting be done in two halves so we dont meet',
    // Hard
    'he strangled me last year and hes invited to the conference, do i have to be in the room with him',
  ],
  'conference.chair': [
    'whos the person running the meeting and do they work with the social worker',
    'will the chair be fair to me',
    'can i speak to the person in charge before it starts',
    'who makes sure the meeting is fair',
    'is the chair on the social workers side',
    'what is the chairs job',
    // Hard
    'if i get upset talking about the violence will the chair stop the meeting',
  ],
  'conference.sharing': [
    'will i be allowed to talk or do they just talk about me',
    'i freeze up when im nervous can i write down what i want to say',
    'how do i get them to hear my side',
    'can i disagree with what people say in the meeting',
    'what order does everyone speak in',
    'i want to tell them what hes really like',
    // Hard
    'how do i explain at the conference that he was the violent one without crying',
    'can i tell the conference he threatened me last year even though he denies it',
  ],
  'conference.decision': [
    'do they take a vote on whether my kids go on a plan',
    'who gets the final say at the meeting',
    'what are they looking at when they decide',
    'what are the possible outcomes of the conference',
    'does the social worker decide or everyone',
    'do i get a vote',
    // Hard
    'will they decide on a plan just because he used to hit me',
  ],
  'conference.plan': [
    'whats a core group',
    'they said i have to go to core groups every month what are they',
    'who is in the core group',
    'what happens in the first few weeks after the conference',
    'who writes up what i have to do after the meeting',
    'how soon after the big meeting does the core group get together',
  ],
  'conference.review': [
    'when do we go back for the next conference',
    'i think the conference got it wrong can i challenge it',
    'how do i appeal the outcome of the icpc',
    'how long until they look at the plan again',
    'what happens at the 3 month review',
    'can i complain about how the conference was run',
    // Hard
    'they put us on a plan because of his violence but hes gone now, can i challenge the decision',
  ],

  'process.concern': [
    'what happens from here with social services',
    'how does all this work from start to end',
    'what are the stages and where am i',
    'first time dealing with ss what happens',
    'can someone tell me what happens in what order',
    'how long does the whole thing take',
    // Hard
    'the hospital rang social services when my son broke his leg on the trampoline, what happens now',
    'my kid fell off the climbing frame and got a black eye and the school reported it, what happens next',
  ],
  'process.initialConference': [
    'the assessment is done whats the next step',
    'how long between the strategy meeting and the conference',
    'after the section 47 finishes what happens',
    'when will they hold the initial meeting',
    'is there always a conference after enquiries',
    'what comes after they finish asking questions',
  ],
  'process.preProceedings': [
    'will i end up in court over this',
    'whats a plo',
    'got a letter about pre proceedings what does it mean',
    'do i get legal aid if its going to court',
    'the council says they are thinking about court what now',
    'how long do court cases about kids last',
    // Hard
    'my ex got done for hitting me, does that mean my kids case will go to family court',
  ],
  'process.strategy': [
    'they had a meeting about my kids and didnt invite me is that allowed',
    'whats a strategy discussion for',
    'the police and social services talked about my son without me',
    'who is at a strategy meeting',
    'can i go to the strategy discussion',
    'why did they have a strategy meeting',
    // Hard
    'after he hit me they held a strategy meeting, does that mean they think im a bad mum',
  ],

  'plan.start': [
    'my kids have been put on the register what does that mean',
    'what does being on a cp plan actually mean day to day',
    'they said my baby is going on a plan',
    'does a plan mean ive done something wrong',
    'im scared about the plan what happens now',
    'whats the difference between a plan and care',
    // Hard
    'my children are on a plan because of the violence i went through, what does it mean for us',
  ],
  'plan.contents': [
    'what exactly should the plan say',
    'who is supposed to do what on the plan',
    'i still havent been given a copy of our plan',
    'the plan is really vague is that allowed',
    'what happens if i miss something on the plan',
    'should the plan say what help i am getting',
    // Hard
    'the plan says i must keep the kids away from him but doesnt say who helps me do that',
  ],
  'plan.cantFollow': [
    'i cant get to all the appointments on the plan with three kids and no car',
    'i work shifts and cant make the meetings',
    'the course on my plan is full what do i do',
    'im not well enough to do everything on the plan',
    'can i ask them to change what is on the plan',
    'i dont understand half the words in the plan',
    // Hard
    'i have ptsd from what he did and cant manage all the plan meetings',
  ],
  'plan.stepDown': [
    'how do we get off the plan',
    'how long do we stay on a cp plan',
    'can we go down to child in need at the next review',
    'what do i need to show to come off the plan',
    'they want to extend the plan again',
    'will the plan end if things are going well',
    // Hard
    'hes been out of our lives for a year now when will the plan end',
  ],
  'plan.familyGroupConference': [
    'what is an fgc and who comes',
    'can my family help make the plan',
    'do we have to have a family meeting its on the plan',
    'can my sister and my mum be part of the plan',
    'whats a family group conference for',
    'does his side of the family get invited to the fgc',
  ],
  'plan.partnerBack': [
    'can i let my husband back in the house',
    'hes done the course and wants to come home',
    'we want to try again as a family is that allowed',
    'what happens if i let him back',
    'when can my partner live with us again',
    'can he stop over now and then',
    // Hard
    'he hit me last year but hes changed, can he move back in',
    'he was arrested for battering me in 2022 but weve worked things out, can he come home',
  ],

  'delays.start': [
    'im doing my bit but the professionals arent',
    'why does everything take months with social services',
    'nobody is doing what they said at the last meeting',
    'i feel like im the only one keeping to the plan',
    'everything just drags on and on',
    'my daughter still hasnt had any help and its been months',
    // Hard
    'the paperwork is a nightmare and the social worker is dead slow',
  ],
  'delays.whatToDo': [
    'the counsellor for my son was meant to ring weeks ago',
    'they said theyd sort a family support worker and nothing',
    'i keep ringing the office and nobody calls back',
    'my idva referral seems to have got lost',
    'the fgc keeps getting moved',
    'how do i chase social services when theyve gone quiet',
    // Hard
    'i was promised help with the trauma from the abuse months ago and still nothing',
  ],
  'delays.complain': [
    'who do i write to to complain about childrens services',
    'how do i go to the ombudsman',
    'ive complained and heard nothing whats stage 2',
    'can i complain about the whole department not just one person',
    'is there a time limit for complaining to the council',
    'where do i send a formal complaint about social care',
    // Hard
    'they ignored me when i told them he was hurting me last year, how do i complain about the council',
  ],

  'social-worker-problems.notBelieved': [
    'my sw thinks im making it up',
    'how do i get the social worker to believe he isnt safe with the kids',
    'she says the kids are fine at his but they come back scared',
    'he charms the social worker every time',
    'social services say theres no risk but i know him',
    'i told them about him and they just brushed it off',
    // Hard
    'he used to hurt the kids when we lived together and the social worker says its all in the past',
  ],
  'social-worker-problems.notUnderstood': [
    'my social worker seems really new and doesnt get it',
    'she keeps asking why i didnt just leave',
    'the sw thinks because he never hit me it isnt abuse',
    'how do i explain coercive control to someone who doesnt get it',
    'can i ask for someone who knows about domestic abuse',
    'the social worker calls it a volatile relationship like were both to blame',
    // Hard
    'the sw doesnt understand why i went back to him after he beat me',
  ],
  'social-worker-problems.maleWorker': [
    'can i request a woman instead',
    'ive been given a male worker and i cant talk to him',
    'how do i ask to change sw',
    'is it possible to have a different worker',
    'i dont feel safe alone with a man in my house even if its the social worker',
    'they gave me a man sw and i freeze up every visit',
    // Hard
    'after what my ex did i cant be in a room with a man, can i have a female social worker',
  ],
  'social-worker-problems.dontGetAlong': [
    'my social worker is so patronising',
    'she says one thing to my face and writes another',
    'the social worker and me just dont click',
    'she takes his side every time',
    'i feel like the sw has already made her mind up about me',
    'she was really rude to me in front of my kids',
    // Hard
    'the social worker acts like its my fault he hit me',
    'the social worker is doing my head in',
  ],
  'social-worker-problems.myPast': [
    'they keep dragging up stuff from when i was a teenager',
    'why does my old drug use matter now im clean',
    'they keep mentioning my first marriage',
    'i was in care as a kid and the sw keeps bringing it up',
    'why are they asking about my childhood',
    'my history with mental health keeps getting thrown at me',
    // Hard
    'i was in an abusive relationship in my twenties and they keep bringing it up',
  ],
  'social-worker-problems.complain': [
    'where do i put in a complaint about my sw',
    'who is my social workers boss',
    'i want to report my social worker for what she said',
    'can i go above the social worker',
    'want to put a complaint in about the way my sw spoke to me',
    'who do i contact to complain about one social worker',
    // Hard
    'my social worker laughed when i told her about the abuse, i want to complain',
  ],
  'social-worker-problems.othersAgree': [
    'the teacher and the social worker are on the same side against me',
    'the hv just nods along with the social worker',
    'every professional at the meeting backed the social worker',
    'the health visitor wrote what the social worker told her to',
    'feels like theyve all ganged up on me',
    'even my gp sided with social services',
    // Hard
    'i told them how violent he was and the school and health visitor still sided with the sw',
  ],
  'social-worker-problems.partnerPast': [
    'my boyfriend went to prison years ago and now theyre worried about him',
    'my new partner has a record from when he was young',
    'will his old conviction stop him living with us',
    'they keep going on about my partners past',
    'he did his time years ago why does it matter',
    'she has an old conviction but shes changed',
    // Hard
    'my fiance was done for assault 15 years ago and social services say hes a risk to the kids',
  ],

  'one-off.answer': [
    'it was one bad night i dont know why theyre making it into a thing',
    'hes not abusive he just lost it once',
    'we had a row and the neighbours called the police thats all',
    'i dont think of myself as a victim',
    'its not domestic violence we just argue a lot',
    'he was drunk that one time hes not normally like that',
    // Hard
    'he pushed me once last year and that was it, why are they calling it domestic abuse',
    'he grabbed my arm once in an argument, that doesnt make him an abuser does it',
  ],

  // Everyday things the guide does not cover, some in alarming idioms.
  none: [
    'this heat is killing me where can i get a cheap fan',
    'my phone is dead where can i charge it in town',
    'my feet are in bits after a double shift any tips',
    'dying for a brew what time does greggs open',
    'the car battery is flat again who do i ring',
    'how do i get slime out of my daughters hair',
    'is the swimming pool open on bank holiday monday',
    'whats a cheap meal i can batch cook for four',
    'the boiler keeps cutting out what do i do',
    'my toddler keeps biting other kids at playgroup how do i stop it',
    'the washing machine just exploded water everywhere',
    'i nearly died laughing at this video',
    'how do i block spam calls on my mobile',
    'my daughter is screaming the house down because i turned the telly off',
    'can you recommend a dentist that takes nhs patients',
    'the kids smashed a window playing football who pays',
  ],
};
