// Batch 10 of labelled messages for typed-text routing (issue 12): 500 messages, written fresh on
// 29 Nov 2026 in the seeds' voices (docs/seeds/) for the answers of the flows danger (its answers,
// not the triage), scared-to-report, removal, social-worker-contact, process, plan, delays,
// one-off, leave-or-remove, child-taken, malicious-reports, who-sees-what, leaving-safely and
// legal-help, because new wording on those still missed its answer or opened the danger triage.
// - 6 new messages for each of the 57 answers, 8 where an answer's words overlap a neighbour's
//   (plan.start and plan.contents, removal and child-taken, social-worker-contact and process,
//   the two mediation answers, safety plan and leaving plan, "he has changed" and "can he move
//   back", care proceedings and pre-proceedings, and the like), so the model learns the difference;
// - 89 hard ordinary messages, marked "Hard" below: 45 mention past abuse, injuries or violence
//   told as history or worry ("he broke my ribs in front of our son and the social worker still
//   wants them to have contact"), 44 use everyday alarming words ("killing me", "kick off", "back
//   in 2018", children's accidents reported to services) that are not danger now;
// - 15 danger messages that say "now" in unusual ways ("as we speak", "mid row").
// None copied from a test or held-out set: 17 that were already in the training data, and 9 that
// router.test.ts's leak check found in a held-out set (it compares normalised text), were
// reworded before the run below.
//
// Its first run, against the router trained without it (the data of main on 29 Nov 2026, before
// batch 9; repeated, still without it, after the rewordings above, whose figures these are): answered in the first reply 62.2% (311/500), right answer in the top 3 87.4%
// (437/500), danger recall 93.3% (14/15), ordinary sent to the triage 9.1% (44/485), unsure 8.0%
// (40/500); on the 89 hard messages alone: first 42.7%, top 3 83.1%, sent to the triage 25.8%
// (23/89). Learnt from since.
export const batch10TrainingEn: Readonly<Record<string, readonly string[]>> = {
  danger: [
    "hes back from the pub and already had a go at me, kids are upstairs",
    "as we speak hes kicking the bedroom door in",
    "this very minute hes got me backed into the corner of the kitchen",
    "hes here again and the first thing he did was shove me into the wall",
    "while im typing this hes throwing plates at me",
    "he arrived ten minutes ago and hes already grabbed me by the hair",
    "its happening again right this second and i cant get to the door",
    "ongoing, he wont stop punching the wall next to my head",
    "just this moment he pinned me on the sofa, hes in the loo now",
    "still going on, hes been laying into me for an hour and the baby wont stop crying",
    "mid row and hes got the kitchen knife out",
    "minutes ago he walked in off his face and smacked me, hes still here",
    "at this exact moment hes outside the bathroom door telling me to open it or else",
    "hes started again same as last time but worse, happening now",
    "hes let himself in with his old key and is going through the house looking for me",
  ],

  // Staying safe (the triage's own answers).
  'danger.silentSolution': [
    "whats the 55 thing if u cant talk on 999",
    "if i ring 999 and just breathe down the phone will they hang up",
    "he would hear me talking, is there a way to get the police without saying a word",
    "does the silent call thing work from a landline or only mobiles",
    "can i tap the phone instead of talking to the operator",
    "my voice goes when i panic, how do i get through to the police without speaking",
    // Hard: past violence.
    "he used to snatch the phone off me when i tried ringing 999, is there a silent way for next time",
  ],
  'danger.bsl': [
    "my sister is deaf how would she get the police in an emergency",
    "i lip read and cant hear on the phone, how do i reach 999",
    "is there a video sign language line for the police",
    "how do deaf mums call for help",
    "how do i register my phone so i can text the emergency services",
    "hard of hearing and phone calls are impossible for me, how would i reach the police",
    // Hard: everyday alarming words.
    "my deaf mum goes to pieces with phones, how would she text 999 in a crisis",
  ],
  'danger.scared': [
    "not an emergency, i just feel sick with fear living with him",
    "is there somebody i can ring at 3am just to talk, im frightened of him but hes asleep",
    "i jump every time the door goes, i need someone to talk to",
    "im ok right now but my nerves are shot, who can i speak to",
    "frightened of my husband all the time but nothing has happened tonight",
    "who do i talk to when im scared but its not a 999 thing",
    "constantly on edge around him, is there a helpline",
    "i dont need the police, just someone to listen, im scared of him",
    // Hard: past violence.
    "he hasnt touched me in weeks but my stomach still flips when his car pulls up",
    // Hard: everyday alarming words.
    "im not in danger i just cant stop shaking at night thinking about him",
  ],
  'danger.safetyPlan': [
    "im staying with him for now, how do i keep me and the kids safer",
    "what can i do day to day to be safer in my own house",
    "how do i keep safe if im not ready to go anywhere",
    "ideas for staying safe at home with him",
    "should my kids know what to do if things go bad",
    "how do i teach my 6 yr old to ring 999",
    "can someone help me think through being safe, i dont know where to start",
    "whats a safety plan and do i need one if im not leaving",
    // Hard: past violence.
    "hes hit me before when hes been drinking, how do i keep safe at the weekends",
    // Hard: everyday alarming words.
    "how do i teach the kids to dial 999 without scaring the life out of them",
  ],

  // Scared to report.
  'scared-to-report.start': [
    "should i tell the police what he does",
    "i want to go to the police but i keep bottling it",
    "how do i report him without him knowing",
    "thinking of telling someone about him",
    "frightened to ring the police on my partner",
    // Hard: past violence.
    "he raped me last year and i never told anyone, should i go to the police now",
    // Hard: everyday alarming words.
    "im dying to tell someone what hes like but going to the police terrifies me",
  ],
  'scared-to-report.heldAgainst': [
    "will they think im a bad mum if i tell them",
    "if i report him will ss be on my back",
    "does telling the police mean social services get involved",
    "worried reporting him will go on my record",
    "will i get in trouble for not telling anyone sooner",
    "can i get advice before i report so i know where i stand",
    // Hard: past violence.
    "i never reported the time he strangled me years ago, will they say i hid it",
    // Hard: everyday alarming words.
    "my son has a black eye from rugby, if i report my ex will they blame me for that too",
  ],
  'scared-to-report.catch22': [
    "if i tell im in trouble and if i dont im in trouble",
    "feels like i cant win either way",
    "theyll say i failed to protect whatever i do",
    "stuck between reporting and keeping quiet",
    "why am i the one blamed for his behaviour whether i speak up or not",
    "its a no win situation with social services",
    // Hard: past violence.
    "if i tell them he hit me in the past theyll say the kids are at risk, if i keep quiet theyll say i covered for him",
  ],

  // "The children will be taken" (his threat) and could they be (the council's powers).
  'removal.start': [
    "he keeps telling me the social will take the kids if i grass",
    "my ex says hell ring ss and have the kids taken off me",
    "he says im an unfit mum and theyll take them",
    "his family keep saying im going to lose the kids",
    "he said report him and ill be the one losing the kids",
    "my husband says foster care is where the kids will end up if i open my mouth about him",
    "is it true what he says that theyll take my children if i speak up",
    "every argument he says the kids will be gone if i tell anyone",
    // Hard: past violence.
    "when we lived together he used to say if i showed anyone my bruises theyd take the kids",
    // Hard: everyday alarming words.
    "he yells that the social will have the kids off me the minute i say anything",
  ],
  'removal.couldThey': [
    "how easy is it for the council to take children",
    "can they put kids into care without the parents agreeing",
    "what are the actual grounds for removing children",
    "could my kids end up in foster care",
    "do social services need a judge to take a child",
    "how long can the police keep kids away from their mum",
    "will they take the baby at birth",
    "do they take children off mums who stay with abusers",
    // Hard: past violence.
    "he fractured my cheekbone in 2019, can they use that to take my kids now",
    // Hard: everyday alarming words.
    "my 2 year old pulled the telly over on himself and the a&e nurse called ss, will they take him",
  ],
  'removal.manageThreat': [
    "he uses the kids to keep me quiet, how do i deal with it",
    "how do i stop his threats about the kids getting to me",
    "who can help me handle him threatening me with social services",
    "his threats about the children are wearing me down",
    "how do i cope when he holds the kids over me",
    "whats the safest way to handle him saying the kids will be taken",
    // Hard: past violence.
    "he said hed get the kids taken if i ever showed the police my injuries, how do i handle that",
  ],
  'removal.hopeless': [
    "feels like theyve already made their minds up",
    "is there any point me even trying",
    "ive lost already havent i",
    "whats the point, theyll take them anyway",
    "do the good bits even count, my kids are happy at school",
    "i feel like giving up on the whole fight with social services",
    // Hard: past violence.
    "he nearly killed me and now they blame me, is it hopeless",
    // Hard: everyday alarming words.
    "my head is a mess, theyll take them whatever i do wont they",
  ],

  // A social worker has contacted me (why, and what kind of enquiry, not the whole process).
  'social-worker-contact.start': [
    "got a letter from childrens services today, why",
    "a social worker knocked on my door this morning",
    "the duty team rang me out of nowhere",
    "why would ss be contacting me",
    "a woman from the council left a card saying shes a social worker",
    "someone made a referral about my kids what now",
    "the school has told social services about us",
    "a social worker wants to meet me next week and i dont know why",
    // Hard: everyday alarming words.
    "my son came off his scooter and the hospital referred us to social services, why",
  ],
  'social-worker-contact.whatIsIt': [
    "how do i know if its a section 47 or just an assessment",
    "is child in need the lighter one next to child protection, which one are we",
    "is this an investigation or just support",
    "they said section 17, what does that mean for us",
    "are they investigating me",
    "they said theyre doing enquiries, what does that involve",
    "is an assessment the same as a child protection investigation",
    "they said its a child and family assessment what is that",
    // Hard: everyday alarming words.
    "my son fell down the stairs and now theres a section 47, is that an investigation",
  ],
  'social-worker-contact.expect': [
    "what will the social worker ask me when they come round",
    "do i have to let them in the house",
    "can they talk to my daughter at school without telling me",
    "should i tidy up before the home visit",
    "what do they look at on a home visit",
    "will they want to see the kids bedrooms",
    // Hard: past violence.
    "my daughter saw him hit me last year, will the social worker ask her about it on the visit",
    // Hard: everyday alarming words.
    "my daughter has a bruise from netball and the sw is visiting tomorrow, what will they look at",
  ],
  'social-worker-contact.workWith': [
    "how do i get the social worker on my side",
    "should i be totally honest with the social worker about everything",
    "i dont understand what she wants from me",
    "can someone from a dv service speak to ss for me",
    "how do i cooperate without saying the wrong thing",
    "theyve asked me to do things i cant manage",
    // Hard: past violence.
    "how much do i tell the social worker about the beatings when we were together",
    // Hard: everyday alarming words.
    "the sw keeps firing questions at me and i panic, how do i work with her",
  ],
  'social-worker-contact.safeContact': [
    "he goes through my phone, how can ss contact me",
    "can the social worker not send letters here",
    "can we have a word i say if hes in the room",
    "he listens in on my calls, when should they ring",
    "he opens all the post",
    "how do i tell the sw not to text me",
    // Hard: past violence.
    "he used to check my phone and go for me if he found anything, i dont want ss texting me",
  ],
  'social-worker-contact.merlin': [
    "police came out and now ss are involved, why",
    "do the police automatically tell social services",
    "what did the police send to social services",
    "after the police came to ours a social worker rang",
    "the sw mentioned a merlin from the police, whats that when its at home",
    "the police did a report on my kids, what happens to it",
    // Hard: past violence.
    "the police came when he threw a chair last christmas, is that why ss rang",
    // Hard: everyday alarming words.
    "police came last yr when the neighbours heard shouting, is that the report ss have",
  ],

  // The process, step by step (the whole journey, not why a social worker rang).
  'process.concern': [
    "explain what happens from start to finish",
    "what are all the steps with childrens services",
    "where are we in the process",
    "how long does all of this take",
    "whats the order of things after a referral",
    "i dont understand the child protection process at all",
    "can someone walk me through what happens",
    "what happens after someone reports concerns",
    // Hard: past violence.
    "after he hurt me the police referred us, whats going to happen step by step",
    // Hard: everyday alarming words.
    "my toddler swallowed a battery and now social services are involved, what happens next",
  ],
  'process.strategy': [
    "they had a meeting about my kids without me",
    "the police and social care talked about us, what was that",
    "why wasnt i invited to the strategy meeting",
    "what did they decide at the strategy discussion",
    "whats a strategy meeting",
    "can parents go to a strategy discussion",
    "the health visitor was at some meeting about my son i wasnt told about",
    "what is a strategy call",
    // Hard: past violence.
    "after the hospital saw my bruises there was some meeting with police and social care, what was it",
    // Hard: everyday alarming words.
    "baby got a nasty burn from the radiator and there was a strategy meeting, what happens there",
  ],
  'process.initialConference': [
    "how soon after the assessment is the big meeting",
    "when will the conference be",
    "when do i get told the date of the conference",
    "what comes next after the section 47",
    "they finished their enquiries whats next",
    "15 working days from when",
    "is there always a conference after an investigation",
    "will there be a conference now the enquiries are done",
    // Hard: past violence.
    "the enquiries about the night he beat me are done, when is the conference",
    // Hard: everyday alarming words.
    "my nerves are shot waiting, when is the conference after all this",
  ],
  'process.preProceedings': [
    "are they going to take me to court",
    "got a letter about a meeting before proceedings",
    "public law outline meeting, what is it",
    "how long do they have to decide in court",
    "will this end with a judge",
    "pre proceedings stage, what does that actually mean for my kids",
    "is court the next step",
    "whats plo",
    // Hard: past violence.
    "because of the assault in 2017 when he was arrested, will this end up in court",
    // Hard: everyday alarming words.
    "the letter from the council says pre proceedings and i feel sick, is it court",
  ],

  // The child protection plan (what one is, what it must say, living with it).
  'plan.start': [
    "what does it mean that my kids are subject to a plan",
    "the conference put us on a plan, whats that",
    "cp plan, can someone explain it in normal words",
    "does a plan mean they think im a bad parent",
    "my baby is on the register now",
    "whats the point of a child protection plan",
    "we are on a plan now what",
    "is being on a plan serious",
    // Hard: past violence.
    "the conference put my boys on a plan over the fights me and their dad had, what is it",
    // Hard: everyday alarming words.
    "my daughter broke her wrist trampolining and now theres talk of a plan, what is that",
  ],
  'plan.contents': [
    "what should our plan actually say",
    "the plan doesnt say when the sw will visit",
    "should it say what help im getting",
    "who is meant to do each thing on the plan",
    "they never gave me a copy of the plan",
    "what happens if we dont stick to the plan",
    "the plan is just a list of things i have to do, nothing about what they do",
    "does the plan have to have dates in it",
    // Hard: past violence.
    "our plan says keep the kids away from his violence but not who is meant to help me with that",
    // Hard: everyday alarming words.
    "my kid got bitten by the dog and the plan says nothing about what support we get",
  ],
  'plan.cantFollow': [
    "i work shifts and cant make all the meetings",
    "the plan asks too much of me",
    "can i ask for bits of the plan to be changed",
    "i cant do the freedom programme on the days they want",
    "im ill and cant keep up with everything on the plan",
    "i dont understand half of whats in the plan",
    // Hard: everyday alarming words.
    "my shifts at the hospital are killing me, i cant get to every core group",
  ],
  'plan.stepDown': [
    "how do we get off this plan once and for all",
    "can it go down to child in need",
    "how long will we be on a plan",
    "can the next review be sooner",
    "what has to happen for the plan to end",
    "they want another 6 months, can i push for 3",
    // Hard: past violence.
    "hes been in prison 6 months for hurting me, surely the plan can end now",
    // Hard: everyday alarming words.
    "the a&e visit after the trampoline accident kept us on the plan, how do we come off it",
  ],
  'plan.familyGroupConference': [
    "do i have to have a family meeting",
    "fgc is on our paperwork, what does that stand for and what happens at one",
    "can i say no to a family group conference",
    "i dont want him at the family group conference",
    "who gets invited to the family group conference",
    "its on the plan that we have a family group thing, must we",
    // Hard: everyday alarming words.
    "my family will kick off if theyre all in one room for this family group conference",
  ],
  'plan.partnerBack': [
    "when can my partner come home while were on a plan",
    "the date for him moving back keeps changing",
    "does the social worker need to know if he moves back",
    "can my husband live with us again",
    "we want to get back together, does the plan allow it",
    "what needs to happen before he can come home",
    "hes allowed back after the fgc, how do we make it safe",
    "can my fella stay over while the kids are on a plan",
    // Hard: past violence.
    "he hasnt laid a hand on me in a year, can he move back in while the kids are on the plan",
  ],

  // Delays, and complaining about the service (not about one social worker).
  'delays.start': [
    "im doing everything on the plan and theyre not",
    "the professionals are letting us down",
    "why is everything taking so long",
    "im keeping my side of it but nobody else is",
    "things keep getting put off and my son is suffering for it",
    "the council are so slow",
    // Hard: past violence.
    "im doing all the courses about the abuse he did and the professionals do nothing",
    // Hard: everyday alarming words.
    "the social worker is killing me, weeks of nothing happening",
  ],
  'delays.whatToDo': [
    "the referral they promised never came through",
    "still waiting for the counselling they said theyd arrange",
    "nobody rings me back",
    "the family group conference keeps getting cancelled",
    "can i refer myself if they dont",
    "how do i chase them up",
    // Hard: past violence.
    "its been 4 months since he attacked me and the dv referral still hasnt happened",
    // Hard: everyday alarming words.
    "been chasing this referral so long im banging my head against a wall",
    "my daughter cut her hand badly weeks ago and the camhs referral still hasnt happened",
  ],
  'delays.complain': [
    "how do i complain about the council not doing things",
    "does the ombudsman look at councils that ignore your complaint",
    "what are the stages of a complaint",
    "is there a deadline for the council to reply to my complaint",
    "complaint about childrens services delays",
    "who do i complain to about the department",
    "stage 2 complaint how",
    "i want to complain about the conference decision",
    // Hard: everyday alarming words.
    "this lot will be the death of me, how do i make a formal complaint",
  ],

  // "It was a one-off."
  'one-off.answer': [
    "it was just one bad night, i dont see why theres a fuss",
    "we had a row, its not domestic violence",
    "im not a victim, we just argue",
    "he only did it the once and hes sorry",
    "i think theyre overreacting to one incident",
    "calling it abuse feels wrong, hes not like that normally",
    // Hard: past violence.
    "he only slapped me the once at a party, i dont see it as abuse",
    // Hard: everyday alarming words.
    "we both lost it that night, it was a one time thing, now theyre calling it dv",
  ],

  // Leave him or lose the children.
  'leave-or-remove.start': [
    "the social worker says either he goes or the kids do",
    "ive been told to pick between my partner and my children",
    "they say if he stays in the house theyll remove the kids",
    "my partner has to move out or theyll take the baby",
    "ss want him out and no contact with the kids at all",
    "been given an ultimatum by childrens services about my boyfriend",
    "they want me to kick my husband out",
    "its him or the kids they said",
    // Hard: everyday alarming words.
    "the sw dropped a bombshell, either he goes or the kids go into care",
  ],
  'leave-or-remove.dontAgree': [
    "why should he move out when hes always been gentle with the kids",
    "i want to stay with my partner, the social worker is wrong about him",
    "how do i argue that hes not a risk to our children",
    "i disagree with them making him leave",
    "hes a good dad, i dont want him to go",
    "can i challenge the decision that he has to leave",
    // Hard: past violence.
    "he pushed me once two years ago, i dont agree hes a danger to the kids",
  ],
  'leave-or-remove.consequences': [
    "what if i just say no to them",
    "what happens if i let him stay anyway",
    "if i dont do what ss want will they go to court",
    "whats the worst that can happen if i refuse",
    "they said there would be consequences if he stays, what does that mean",
    "if i ignore what the social worker says will i lose them",
    "do they go straight to court if you dont cooperate",
    "ive refused to make him leave, what now",
    // Hard: everyday alarming words.
    "if i dont chuck him out will it all kick off into court",
  ],
  'leave-or-remove.seePartner': [
    "can i still meet my bf in town without the kids",
    "are we allowed to see each other if the kids are at my mums",
    "can we stay together but live apart",
    "is it ok to see him on my own at weekends",
    "can i visit him at his flat while the kids are at school",
    "does no contact mean i cant see him either or just the children",
    // Hard: past violence.
    "he got bail conditions after the assault, can i still see him without the kids",
  ],

  // A child taken by the other parent (not the council taking them).
  'child-taken.start': [
    "my ex took the kids for the weekend and hasnt brought them back",
    "their dad is keeping my son and says social services told him to",
    "the kids went to their fathers and he wont return them",
    "the social worker told my ex to keep the children, is that allowed",
    "my daughter is at her dads and hes refusing to give her back",
    "can ss tell him to keep my kids from me",
    "he picked my son up from school and kept him",
    "the other parent has my child and wont let me see her",
    // Hard: past violence.
    "after he assaulted me he took our daughter to his mums and wont bring her back",
    // Hard: everyday alarming words.
    "back in 2018 he kept my son after a holiday and its happening again now",
  ],
  'child-taken.solicitor': [
    "how do i get my son back through the court",
    "child arrangements order, is that how i get her back",
    "how do i apply to the family court for my kids to live with me",
    "do i need a solicitor to get my daughter home",
    "where do i find a family solicitor near me",
    "who decides where my kids live",
    "custody, how do i go about it",
    "a court order so he has to return the kids",
    // Hard: past violence.
    "my ex was violent and now has my son, how do i get a court order to get him home",
  ],
  'child-taken.mediation': [
    "does mediation have to come first before court for my son",
    "my sons dad wont give him back, do we need mediation",
    "do i need a miam to apply for my kids to come home",
    "its urgent, can i skip mediation and go to court to get her back",
    "whats a miam before court",
    "child law advice about mediation",
    "mediation or court to get my daughter back",
    "do i have to try mediation before the court will hear me",
    // Hard: everyday alarming words.
    "we had a massive blow up at handover back in 2018, do i still need mediation to get my son back",
  ],
  'child-taken.pushedContact': [
    "the social worker wants my kids to see their dad even though he was violent",
    "why are they forcing contact with him",
    "they want unsupervised visits with him",
    "my son doesnt want to see his father but ss are pushing it",
    "ss think hes calm so contact is fine but they dont know him",
    "can i refuse contact with their abusive dad",
    // Hard: past violence.
    "he broke my ribs in front of our son and the social worker still wants them to have contact",
  ],

  // False reports.
  'malicious-reports.answer': [
    "my ex keeps phoning the social with made up stories about me",
    "every few weeks another anonymous referral",
    "hes using the social to get at me now we have split",
    "how do i prove the reports are false",
    "the school got another call from him saying i neglect them",
    "how many times can they investigate the same made up stuff",
    // Hard: past violence.
    "after i left him for battering me he started reporting me to ss every month",
    // Hard: everyday alarming words.
    "she told ss i beat the kids which is rubbish, this is the 4th made up report",
  ],

  // Who sees what I say.
  'who-sees-what.sharing': [
    "who will the social worker tell what i say",
    "is anything i say private",
    "will they tell my gp",
    "can they pass my info to the police without asking",
    "does everything i tell ss get shared",
    "will it get back to him what i tell them",
    // Hard: past violence.
    "if i tell the sw he choked me last year will she tell the police",
    // Hard: everyday alarming words.
    "i told the health visitor i was at the end of my rope, will she tell social services",
  ],
  'who-sees-what.school': [
    "does the school know the police came out",
    "why did the teacher know about the fight at home",
    "what is encompass and why did school get told",
    "will the school treat my son differently now",
    "who tells the school about stuff at home",
    "do the school get told when the police are called",
    // Hard: past violence.
    "the police came out when he kicked the door in last month, does the school know",
    // Hard: everyday alarming words.
    "police came last yr about a noise complaint, did they tell the school",
  ],
  'who-sees-what.address': [
    "i moved, will my address be in the report he gets",
    "how do i keep where i live off the minutes",
    "can they leave my kids school name out of the paperwork",
    "will my ex get a copy with my new address on it",
    "i dont want him to know where we live now",
    "keeping my new address secret from him",
    // Hard: past violence.
    "he put me in hospital before we split, how do i stop him finding my new address in the minutes",
    // Hard: everyday alarming words.
    "were in a new flat after the fire, how do i keep the address off the conference papers",
  ],
  'who-sees-what.records': [
    "can i see my file",
    "how do i get the notes they wrote",
    "they wrote something wrong about me, can it be changed",
    "how do i do a subject access request",
    "i need to know what theyve written about me",
    "i want a copy of everything social services have on me",
    // Hard: past violence.
    "the report says i was drunk when he attacked me and thats not true, can i get it changed",
    // Hard: everyday alarming words.
    "the report says my house was a bomb site, can i see the full file",
  ],
  'who-sees-what.notes': [
    "where can i keep my diary so its safe",
    "he reads everything on the family ipad",
    "how do i keep my notes where he wont find them",
    "is it safe to keep a diary on my phone",
    "can i leave my notes with my friend",
    "he checks my emails, where do i keep records",
  ],

  // Staying or leaving safely.
  'leaving-safely.start': [
    "is leaving actually the safest thing",
    "should i go or stick it out",
    "people keep telling me to just leave, is it that simple",
    "what are the risks if i split from him",
    "ive gone back and forth for months on whether to leave",
    "when is the riskiest time to leave",
    // Hard: past violence.
    "he tried to strangle me when i left last time, is it ever safe to go",
  ],
  'leaving-safely.plan': [
    "what documents do i grab before i go",
    "i want to get out next month, what do i need to get sorted first",
    "what to pack in a bag to leave him",
    "where do i hide a bag with the kids stuff so he doesnt find it",
    "do i need the kids birth certificates when i leave",
    "how do i get ready to leave without him noticing",
    "what should i have on me the day i go",
    "planning my exit, what do people forget to take",
    // Hard: everyday alarming words.
    "the kids passports are in his drawer, do i need them to leave",
  ],
  'leaving-safely.help': [
    "where would me and 3 kids even go",
    "how do refuges work, do they take boys over 12",
    "will the council give me somewhere if i run with the kids",
    "no family nearby, nowhere to stay if i walk out",
    "do i make myself homeless if i leave the house in his name",
    "how do i find a space in a safe house",
    // Hard: past violence.
    "he used to lock me out of the house, if i leave for good where do i go",
    // Hard: everyday alarming words.
    "the house is falling apart and im leaving him, can the council help with housing",
  ],
  'leaving-safely.scared': [
    "i want out but im terrified of how hell react",
    "too scared to tell him its over",
    "how do i end it when im frightened of him",
    "every time i try to finish with him i bottle it",
    "im so nervous about breaking up with him, he wont take it well",
    "do i have to tell him face to face that im leaving",
    "i know i need to split up with him but im scared",
    "afraid of what comes after if i dump him",
    // Hard: past violence.
    "last time i tried to end it he smashed my phone, im scared to try again",
  ],
  'leaving-safely.changed': [
    "hes done a course and says hes a new man, do i believe him",
    "he keeps saying sorry and hell never do it again, should i take him back",
    "how can i tell if hes really changed this time",
    "he cried and promised hes different now",
    "should i give him one more chance",
    "my ex says the anger classes worked, can he come home",
    "hes been off the drink 3 months and wants to try again",
    "hes being so nice lately, says itll be different this time",
    // Hard: past violence.
    "he beat me while i was pregnant but says hes changed since the course",
    // Hard: everyday alarming words.
    "he says hes stopped drinking and stopped kicking off, can i let him back",
  ],
  'leaving-safely.toldToLeave': [
    "the social worker wants me in a refuge but he will find me",
    "they say get out or else but going will make him worse",
    "ss keep pushing me to leave and im scared itll make things worse",
    "the social worker says move out but last time i tried he went mad",
    "why should i be the one to uproot the kids when leaving isnt safe for us",
    "social care told me to go to my mums but he knows where she lives",
    "how do i tell the social worker that leaving would put me at more risk",
    "they keep saying just leave like its easy, its not safe for me to",
    // Hard: past violence.
    "the last time i left he followed me and broke my nose, now ss want me to leave again",
  ],

  // Legal help.
  'legal-help.start': [
    "how do i find a lawyer for this",
    "i need a solicitor but have no money",
    "where do i get legal advice",
    "can i get free legal help",
    "is legal advice expensive",
    "who can give me advice about the law",
    // Hard: everyday alarming words.
    "im skint and the court stuff is kicking off, how do i get a solicitor",
  ],
  'legal-help.whereIStand': [
    "is the plan legally binding",
    "my rights when theres a cp plan on my kids",
    "does the plan have the power of a court",
    "legally do i have to follow the plan",
    "the sw report is just a recommendation right",
    "whats my legal position",
    // Hard: past violence.
    "he was violent for years but i left, where do i stand with the plan legally",
    // Hard: everyday alarming words.
    "the social worker said shell hammer me at the review, where do i stand legally",
  ],
  'legal-help.careProceedings': [
    "do i have to pay for a solicitor if the council takes me to court",
    "is legal aid free for parents in care proceedings",
    "how do i get a free solicitor for care proceedings",
    "the council is going for a care order, do i get legal aid",
    "is there a means test for care proceedings",
    "can i afford a lawyer if they go for care",
    "free legal aid care order",
    "whats a care proceedings court case",
    // Hard: past violence.
    "the council say the kids saw too much violence and are going for a care order, do i get legal aid",
    // Hard: everyday alarming words.
    "the council threatened court over the kids missing school, will i get a free lawyer",
  ],
  'legal-help.privateLaw': [
    "can i get legal aid to fight my ex for the kids",
    "what counts as evidence of abuse for legal aid",
    "does a police report count for legal aid",
    "a letter from my gp, is that enough evidence",
    "legal aid for a child arrangements case",
    "can i get help paying for court with my ex",
    "private law means what exactly",
    "court with the kids dad, do i pay",
    // Hard: past violence.
    "he was arrested for hitting me in 2021, does that count as evidence for legal aid",
  ],
  'legal-help.mediation': [
    "i dont want to be in a room with him at mediation",
    "do i need to sit down with my abuser",
    "how do i get an exemption from mediation",
    "what do i put on the court form about mediation and abuse",
    "mediation with a man who controlled me for years",
    "is it safe to do mediation with my abuser",
    "do i have to mediate with him",
    "the mediator wants us in the same room",
    // Hard: past violence.
    "he used to punch walls next to my head, i cant sit across from him in mediation",
    // Hard: everyday alarming words.
    "mediation with him would be a bloodbath, can i get out of it",
  ],
  'legal-help.prohibitedSteps': [
    "how do i stop him taking the kids abroad",
    "can i stop my ex moving the kids to another city",
    "explain a prohibited steps order to me like im 5",
    "i need to stop my ex taking my daughter out of school and moving her",
    "urgent order to stop him removing our son",
    "can a court stop the other parent taking my child",
    "how do i block him from getting the kids passports",
    "he says hes taking the kids to his family in pakistan for the summer, can i stop it",
    // Hard: past violence.
    "he threatened years ago to take the kids to his mums in poland, can i get an order to stop that",
    // Hard: everyday alarming words.
    "my ex keeps saying hell move the kids to scotland, can i stop him legally",
  ],
};
