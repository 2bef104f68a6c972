// Batch 6 of labelled messages for typed-text routing (issue 12): 292 messages (71 danger, 13
// the guide does not cover, 208 ordinary), written blind on 29 Nov 2026 from the flows, en.ts
// and the seeds' voices by a helper who never saw the router, its rules or data, or any
// held-out set. Fourteen messages found word for word in the held-out sets (after normalising:
// "cp" is "child protection", "children" is "kids") and 20 already in the training data were
// taken out; messages labelled with walkthrough steps that are not routing answers were
// relabelled with the answer that covers them (process.enquiries → glossary.termSection47,
// process.planEnds → plan.stepDown, process.planAndCoreGroup → conference.plan,
// process.reviews → conference.review). One more, the same words as a message of the sixth
// held-out set once "sw" is read as "social worker", was taken out when it was learnt from.
//
// Its first runs, on the set as it was before those were taken out (docs/routing.md, "The
// figures (29 Nov 2026)"):
// - against main at the start of 29 Nov's night: answered in the first reply 67.0%, right
//   state in the top 3 86.7%, danger recall 91.9% (68/74), ordinary sent to the triage 14.5%
//   (35/241), unsure 7.3%;
// - against the rules' first round (batches 5a and 5b learnt): 72.4%, 88.6%, 93.2% (69/74),
//   9.5% (23/241), 5.1%.
// It was then a development set (tests/routing/dev-batch-6.ts): the danger rules were tuned on
// it (75.7%, 90.0%, 97.2% (69/71), 6.2% (13/209), 4.6% at the last), and it was not learnt from
// at first, because learnt it cost a danger message of a held-out set's floor. Learnt from since
// 29 Nov 2026 night, once the models saw their lessons spread by label rather than in label
// blocks (`spreadByLabel`, server/routing/answer-model.ts; docs/routing.md).
export const batchSixTrainingEn: Readonly<Record<string, readonly string[]>> = {
  danger: [
    "he's got my keys and my phone and says i'm not going anywhere tonight",
    "door is locked from the outside and he took the key with him",
    "he smashed my head off the wall and i can't stop the bleeding",
    "my lip's split and my eye is closing up, he's still here",
    "he pushed me down the stairs ten mins ago and my arm looks wrong",
    "i think he broke my wrist he twisted it right back",
    "hes outside again sat in his car just watching the house",
    "he was waiting at the school gates at pick up and followed us all the way home",
    "he turned up at our new flat and we only moved in on friday. nobody knows this address",
    "found a tracker thing taped under my car",
    "he keeps sending me photos of my front door taken tonight",
    "he said tonight is the last time i'll ever disrespect him",
    "he told me i won't see christmas",
    "says if i leave hell make sure nobody ever finds me",
    "he's sharpening a knife in the kitchen and staring at me",
    "he's drunk and he's got the machete out from under the bed",
    "he's pouring petrol by the back door",
    "he said he'd burn the house down with us in it and he's got the lighter in his hand",
    "everyone would be better off without me and tonight i mean it",
    "going to end it tonight once the kids are asleep",
    "i've taken loads of pills",
    "he's got the kids' passports in his bag and says they fly out in the morning and i'll never see them again",
    "he's just put the baby in his car and said i'll never see her again",
    "he says hes taking the kids with him and i know what he means by that",
    "he hit my son across the face and his nose won't stop bleeding",
    "my daughter is screaming, he's got her in the bedroom",
    "he grabbed my 4 year old by the throat just now",
    "can only text. he is listening at the door",
    "pls just answer yes or no he's reading over my shoulder",
    "he won't let me out of the flat or near a phone, he's kept me in since saturday",
    "he took the sim out of my phone and locked the front door, i'm on my daughter's tablet",
    "not allowed out. hes screwed the windows shut",
    "he's got the keys on him and i have to ask to even go to the toilet",
    "he strangled me about an hour ago and my neck's swelling, it hurts to swallow",
    "he put his hands round my neck tonight and i blacked out",
    "one of his cousins has been parked across the road all day, they're watching me",
    "his brother keeps following me home from work, he's behind me now",
    "i'm hiding in the bathroom and he's banging on the door",
    "he has a gun",
    "he showed me the shotgun and said think carefully about what you tell social services",
    "he said accidents happen in kitchens all the time and then he smiled at me",
    "he says he knows people who can make me disappear",
    "he told me to enjoy my last weekend with the kids",
    "he said he would do to me what his mate did to his ex",
    "help he's back and he's put the window through",
    "he got out today and he's outside my mum's where i'm staying",
    "he was released this morning and he's already texted me a picture of my street",
    "i'm pregnant and he kicked me in the stomach, now there's bleeding",
    "he burnt my arm with the iron in front of the kids",
    "the baby's got a big lump on her head after he threw her and she's not waking up properly",
    "he's on the bridge with our son saying they'll both jump",
    "he texted that him and the kids will be together forever and now his phone's off",
    "he's turned up drunk with a baseball bat",
    "he's got my phone so i'm on my son's ipad, quick what do i do",
    "he threw a kettle of boiling water at me",
    "can't breathe properly he stamped on my chest",
    "scared for my life right now",
    "he says he'll kill himself and take us all with him",
    "my 15 yr old is at her dad's and he won't let her leave, she rang me crying",
    "he tried to pull my son out of the line at school this morning and now his car keeps going past the house",
    "my location's on his phone and he's driving here now",
    "wont be able to type much. same as before but worse. need someone",
    "he's taken the baby and locked himself in the car with her",
    "he's set fire to the bin right outside my door",
    "he had the knife at me a minute ago and he's only gone to find his keys",
    "he said if the social worker comes back there'll be nothing left for her to see",
    "my partner hurt my boy tonight, there's a cut on his head that won't stop bleeding",
    "he ripped the landline out of the wall so i cant call anyone",
    "i missed his video call and he always comes home when i do, he's on his way",
    "he says he's got nothing left to lose now",
    "he says i'll be sorry when the kids get home from school and find what's left",
  ],
  none: [
    "what's the weather doing tomorrow",
    "best way to get red wine out of carpet",
    "when does the next bus to town leave",
    "can you recommend a good film for tonight",
    "how much is a first class stamp now",
    "what time does lidl shut on sunday",
    "help with my universal credit journal",
    "my washing machine won't drain",
    "how do i reset my email password",
    "recipe for a quick chicken curry",
    "what are the school term dates for next year",
    "how do i get rid of nits",
    "is it worth getting a new phone contract or sim only",
  ],
  'conference.sharing': [
    "he choked me two years ago, will that come up at conference",
    "will they read out everything he did to me in front of everyone at the conference",
    "when do i get to say my side at the conference",
  ],
  'conference.whatItIs': [
    "i'm scared to death of this conference next week, what even is it",
    "the police were called to ours last year, does that mean an automatic child protection conference",
    "who goes to an ICPC",
  ],
  'conference.safety': [
    "my ex will be at the conference and he used to hit me, can we be in different rooms",
    "what if he kicks off at the meeting like he used to at home",
    "he has a conviction for assaulting me, will they still let him in the conference",
    "can i ask for my address to be left out of the conference papers",
  ],
  'conference.report': [
    "the report says he strangled me in 2021 but it was 2019 and they got other bits wrong too",
    "dead worried about the social worker's report, half of it is wrong",
    "when do i get the report before the conference",
  ],
  'conference.decision': [
    "my nerves are shot about the vote on friday, who actually decides",
    "do parents get a vote at conference",
    "how do they decide if there should be a plan",
  ],
  'conference.review': [
    "this is killing me, waiting for the review to see if the plan ends",
    "i was shaking like a leaf at the last review, when is the next one",
    "when is the first review conference",
    "how often are plans reviewed",
  ],
  'conference.chair': [
    "the chair scares the life out of me, can i speak to her before it starts",
    "who runs the meeting and will they speak to me first",
  ],
  'conference.plan': [
    "i could murder a brew, the core group went on for three hours, is that how it works",
    "what is the core group and when does it first meet",
    "what happens after the conference decides on a plan",
  ],
  'process.concern': [
    "the school rang social services after my son broke his arm on the trampoline",
    "my toddler fell and cut her head and the hospital made a referral, what happens now",
    "my son got a black eye at football and the school called it in",
    "the baby rolled off the bed, we went to a and e and now there is a referral",
    "how does social care get involved in the first place",
    "what are all the steps from start to finish",
  ],
  'glossary.termSection47': [
    "the police came out to a row last year, why have they started section 47 now",
    "is this an assessment or a section 47",
    "whats a s47",
  ],
  'process.strategy': [
    "they had a strategy meeting about us after he got arrested, why wasn't i invited",
    "what's a strategy discussion",
  ],
  'process.preProceedings': [
    "got a letter before proceedings and i feel sick to my stomach, what now",
    "what does pre proceedings mean",
  ],
  'plan.stepDown': [
    "he was violent in the past but we've split up, does the plan have to carry on",
    "i'm dying to know how a plan actually ends",
    "i'd kill for a week without a meeting, how long does a plan go on",
    "can the plan step down to child in need",
  ],
  'social-worker-contact.merlin': [
    "the police came out when he threw a chair last month and now a social worker wants to visit",
    "i rang 999 back in march and now social workers are calling me, is that why",
    "police came when my teenager smashed a window, will social care get told",
  ],
  'social-worker-contact.start': [
    "a social worker left a card after the police were at ours on saturday night, what does she want",
    "my daughter burnt her hand on the oven last week and now a social worker's been round",
    "a social worker rang me out of the blue, why",
  ],
  'social-worker-contact.expect': [
    "social worker wants to see the kids alone at school because of what happened before, is that normal",
    "the social worker nearly gave me a heart attack turning up without warning, can they do that",
    "what will the social worker do when they come round",
  ],
  'social-worker-contact.safeContact': [
    "he checks my phone so how do i get messages from the social worker",
    "can we have a code word with the social worker in case he's around when she rings",
    "how can the social worker contact me safely",
  ],
  'scared-to-report.heldAgainst': [
    "if i tell them he hit me will they say i failed to protect the kids",
    "he slapped me last year and i never told anyone, will it count against me if i say now",
    "will reporting the abuse be held against me",
  ],
  'scared-to-report.catch22': [
    "i called the police once and now social services are on my back, should i just stop calling",
    "if i don't report they say i'm not protecting, if i do they say the risk is still there",
  ],
  'removal.start': [
    "he always said if i called the police they'd take the kids, is that true",
  ],
  'removal.couldThey': [
    "will they take my baby because he broke my nose when i was pregnant",
    "there is a child protection plan now, does that mean they are going to remove them",
  ],
  'removal.hopeless': [
    "i've got no chance have i, they'll take them anyway because of what he did",
    "feel like whatever i do they have already made up their minds",
  ],
  'removal.manageThreat': [
    "he keeps saying he'll ring social services and have the kids taken off me",
    "how do i deal with him always threatening to get the kids taken",
  ],
  'what-counts-as-abuse.control': [
    "he never hit me, he just controlled all the money, is that abuse",
    "he used to go through my phone every night, is that coercive control",
    "is coercive control a crime",
    "he controls all my money",
  ],
  'what-counts-as-abuse.toxic': [
    "the social worker keeps calling it a toxic relationship but he hit me",
    "they say it's just a toxic relationship",
  ],
  'what-counts-as-abuse.children': [
    "he never laid a finger on the kids so why are social services involved",
    "the kids were upstairs when he was shouting at me, does that affect them",
    "are children victims of domestic abuse too",
  ],
  'what-counts-as-abuse.whoMustChange': [
    "why am i the one being watched when he's the one who beat me",
    "what does the abuser have to do under the plan",
  ],
  'what-counts-as-abuse.psychological': [
    "there were never any bruises so they say it wasn't that bad",
    "honestly the threats were worse than the punches, does social care care about that",
  ],
  'leaving-safely.scared': [
    "i want to leave but last time i tried he nearly killed me",
    "terrified of telling him it's over",
    "i'm scared to end it",
  ],
  'leaving-safely.plan': [
    "what should i pack in case i ever need to go in a hurry",
    "what do i need to take when i leave",
  ],
  'leaving-safely.changed': [
    "he did a course after the assault, he says he's changed and wants to come home",
    "he says he has changed, should i take him back",
  ],
  'leaving-safely.toldToLeave': [
    "the social worker says leave him or else, but he always said he'd find me if i ever did",
    "social services told me to go to a place of safety",
  ],
  'leave-or-remove.consequences': [
    "social worker says he has to move out or the kids go on a plan, what if i say no",
    "what happens if i say no to him moving out",
  ],
  'leave-or-remove.seePartner': [
    "he's got bail conditions not to contact me, can i still see him somewhere away from the kids",
  ],
  'leave-or-remove.dontAgree': [
    "i don't agree he should leave, he's never touched the kids",
    "i don't want him to go, it's not his fault",
  ],
  'do-i-have-to-agree.safetyAgreement': [
    "they want me to sign a safety plan saying he can't be at the house, do i have to",
    "do i have to sign the written agreement they've given me",
  ],
  'do-i-have-to-agree.accommodation': [
    "after the fight they asked me to put the kids with my mum under section 20, do i have to",
    "they want me to sign section 20, should i",
  ],
  'do-i-have-to-agree.stayAway': [
    "the social worker said i have to stay in a hotel since he was arrested, can they make me",
    "social care told me not to go home, is that legal",
  ],
  'do-i-have-to-agree.custody': [
    "they'll only drop the conference if i let his mum have the kids",
    "social worker says give the kids to their dad or there will be a conference",
  ],
  'do-i-have-to-agree.enquiries': [
    "can i refuse to let them talk to my kids about the night he hit me",
  ],
  'who-sees-what.school': [
    "the school knew the police had been round before i told them, how",
  ],
  'who-sees-what.address': [
    "will the social worker tell him where we live now",
    "how do i keep my new address secret from my ex",
  ],
  'who-sees-what.records': [
    "i want to see what they wrote in their records about the assault",
    "how do i get a copy of my social services file",
    "subject access request council",
  ],
  'who-sees-what.notes': [
    "where do i keep my diary of what he did so he can't find it",
    "where can i keep notes safely",
  ],
  'who-sees-what.sharing': [
    "will they tell the police what i say about the time he hurt me",
  ],
  'legal-help.privateLaw': [
    "he's been charged with assaulting me, does that help me get legal aid for the kids case",
    "can i get legal aid to go to court about where my child lives",
  ],
  'legal-help.mediation': [
    "the court wants us to try mediation but he used to beat me",
    "what is a miam and do i have to go",
  ],
  'legal-help.prohibitedSteps': [
    "how do i stop him taking the kids out of the country, he's threatened it before",
    "how do i stop my ex taking my son away",
  ],
  'legal-help.careProceedings': [
    "he's out on bail, what does that mean for the care proceedings",
    "is legal aid free for care proceedings",
  ],
  'child-taken.start': [
    "he took the kids to his mum's after the row last week and won't bring them back",
    "my ex kept the kids after the weekend and social care told him to",
  ],
  'child-taken.pushedContact': [
    "the social worker is pushing for the kids to see him even though he strangled me",
    "the social worker says the kids must keep seeing their dad",
  ],
  'child-taken.solicitor': [
    "he won't give my daughter back after contact, do i need a solicitor",
  ],
  'malicious-reports.answer': [
    "my ex keeps ringing social services saying i'm hurting the kids, it's all lies",
    "he reported me for neglect out of spite",
    "my ex keeps making false reports about me",
  ],
  'social-worker-problems.notBelieved': [
    "social worker won't accept my kids are at risk from their dad",
  ],
  'social-worker-problems.notUnderstood': [
    "my social worker doesn't get domestic abuse at all",
  ],
  'social-worker-problems.maleWorker': [
    "after what men have done to me i can't have a male social worker",
    "i want a female social worker please",
  ],
  'social-worker-problems.myPast': [
    "they keep bringing up my overdose from ten years ago",
    "i self harmed as a teenager and now they think i cant look after my kids",
    "i tried to kill myself after the baby was born, will they hold that against me",
    "they keep going on about my past",
  ],
  'social-worker-problems.partnerPast': [
    "my partner has an old conviction for gbh from before we met and now social care are involved",
    "he threatened someone with a knife in 2019 and did his time, why is social care bringing it up",
    "social care are worried about something my husband did years ago",
  ],
  'social-worker-problems.othersAgree': [
    "the health visitor agrees with the social worker that the plan should stay, why",
    "why do the teacher and health visitor want the plan to continue",
  ],
  'social-worker-problems.dontGetAlong': [
    "i blew up at the social worker yesterday, will that be held against me",
    "i feel judged every single time the social worker visits",
  ],
  'social-worker-problems.complain': [
    "i'm at the end of my rope with this social worker, how do i complain",
  ],
  'delays.whatToDo': [
    "i could scream, the social worker cancelled again and nobody rings back",
    "this is killing me, three months and still no assessment",
    "the waiting list for his course is murder, he can't start for months",
    "the referral to the domestic abuse service still hasnt happened",
  ],
  'support.marac': [
    "i got told my case is going to marac after the assault, what is it",
    "what is an idva and can i get one after what he did",
  ],
  'support.readWrite': [
    "i can't read the letters they keep sending me",
    "i struggle with reading and writing",
  ],
  'support.olderChildren': [
    "my 16 year old saw everything and nobody's helping him",
    "what help is there for my teenage son",
  ],
  'support.lgbt': [
    "my girlfriend used to hit me, is there help for lesbian women",
    "i'm a gay man and my partner is abusive, where do i go",
  ],
  'support.kinship': [
    "can my sister have the kids for a bit while things calm down",
    "can my nan look after the kids",
  ],
  'one-off.answer': [
    "it was one time he hit me, i'm not a victim",
    "it only happened once when he was drunk, why are they making such a big deal",
  ],
  'plan.cantFollow': [
    "my head's all over the place and i can't keep up with what the plan wants",
    "the kids are running me ragged and the social worker wants even more visits",
    "i work shifts and can't make the core group meetings",
  ],
  'plan.partnerBack': [
    "he's done his course, can he come back now there's a plan",
    "my partner wants to move back in, do i need to tell the social worker",
  ],
  'plan.familyGroupConference': [
    "they want a family group conference but i don't want him there after what he did",
    "what is a family group conference for",
  ],
  'danger.silentSolution': [
    "how does the silent solution thing work if you can't talk",
    "if i ring 999 and cant speak will they just hang up",
    "does pressing 55 tell the police my address",
    "can you use the silent solution from a landline",
    "what is silent solution",
  ],
  'danger.bsl': [
    "i'm deaf, how would i call 999 in an emergency",
    "is there a way to text 999",
  ],
  'danger.scared': [
    "not in danger right now but i'm scared all the time",
    "who can i ring in the middle of the night just to talk",
  ],
  'danger.safetyPlan': [
    "what's a safety plan and how do i make one",
    "should i teach my kids to ring 999, they're 6 and 8",
    "help me make a safety plan",
  ],
  'glossary.termInjunction': [
    "what's the difference between his bail conditions and an injunction",
    "what does non-molestation order mean",
  ],
  'conference.bringSomeone': [
    "is my solicitor allowed to come to the case conference",
  ],
  'process.initialConference': [
    "how soon after the strategy meeting is the initial conference",
  ],
  'plan.start': [
    "does a CP plan mean theyre going to take my kids",
  ],
  'social-worker-contact.whatIsIt': [
    "what's a child in need assessment",
  ],
  'social-worker-contact.workWith': [
    "how do i work with the social worker when i dont trust them",
  ],
  'scared-to-report.start': [
    "i'm too scared to report him",
  ],
  'delays.start': [
    "everything is taking forever with social services",
  ],
  'delays.complain': [
    "the social worker keeps missing deadlines, where do i complain",
  ],
  'leave-or-remove.start': [
    "the social worker says my partner has to leave",
  ],
  'child-taken.mediation': [
    "do i have to do mediation to get my kids back from their dad",
  ],
  'support.advocate': [
    "how do i get an advocate",
    "is there anyone who can speak up for me",
  ],
  'support.familyRightsGroup': [
    "who are the family rights group",
    "frg phone number",
  ],
  'support.fosterAdopt': [
    "i want to become a foster carer",
    "how do we adopt a child",
  ],
  'do-i-have-to-agree.childInNeed': [
    "can i say no to a child in need plan",
  ],
  'leaving-safely.start': [
    "i want to leave him",
  ],
  'leaving-safely.help': [
    "how do i find a refuge",
    "will the council rehouse me if i leave him",
  ],
  'what-counts-as-abuse.start': [
    "what counts as domestic abuse",
  ],
  'legal-help.start': [
    "i need a solicitor",
  ],
  'glossary.termChildInNeed': [
    "meaning of child in need",
  ],
  'glossary.termStrategyDiscussion': [
    "strategy discussion meaning?",
  ],
  'glossary.termFamilyGroupConference': [
    "what does FGC stand for",
  ],
  'glossary.termCareProceedings': [
    "explain care proceedings to me in simple words",
  ],
  'glossary.termCoerciveControl': [
    "define coercive control",
  ],
  'glossary.termIdva': [
    "what does idva mean",
  ],
};
