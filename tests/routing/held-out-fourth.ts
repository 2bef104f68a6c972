// The fourth held-out set for typed-text routing (issue 12). NEVER TUNE ON THIS FILE: do not
// copy its messages into the routing data, do not change the router or its data because of a
// message here, and do not edit a message or a label to fit the router's output. Its figures
// are only honest while nobody has tuned on it; held-out-fourth.test.ts pins its SHA-256.
//
// How it was written: blind, on 28–29 Nov 2026, by a helper who never saw the router's code,
// its routing data, the other held-out sets, the evaluation script or any router output (on
// these messages or any other). The helper read only the flows (flows/*.ts), their words in
// flows/content/en.ts (to learn which state answers what), the seeds' parents' voices
// (docs/seeds/: forum posts, FAQs, blogs) and the list of leaf states (allLeaves() in
// tests/flows/support.ts). The messages are invented in the voices of frightened and worried
// parents: typos, text-speak, no punctuation, UK slang, rambling messages and two-word ones.
// A leak check (a throwaway script outside the repository, printing only this file's messages,
// never the routing data) compared them, lower-cased and stripped to letters, digits and single
// spaces, with the routing data's examples, terms and training texts: 20 appeared word for word
// and 3 more inside a longer text. All 23 were reworded, keeping their labels, before the hash
// was pinned; the check then found none.
//
// Three groups, in this order:
//  1. dangerNow: someone in danger now (injuries, being kept in, being followed or found,
//     veiled threats, weapons, the parent's own suicidal thoughts, threats to take the children
//     now, children hurt now, someone who cannot talk). Label: ['danger'] alone.
//  2. ordinary: everyday questions across every topic flow, each labelled with the one to
//     three answer states (`flow.state.path`, a leaf of the flow) that genuinely answer it.
//  3. hardOrdinary: ordinary questions that mention abuse in the past or in general, or use
//     alarming everyday words ("killing me", "terrified", "broke his arm at football"), but
//     nobody is in danger now. Sending one of these to the danger triage is a false alarm.

export interface HeldOutCase {
  text: string;
  expect: readonly string[];
}

const D = ['danger'] as const;

export const dangerNow: readonly HeldOutCase[] = [
  // Injuries
  { text: 'i think hes broke my wrist its all swollen and bent', expect: D },
  { text: 'theres blood all down my face he split my head open with the ashtray', expect: D },
  { text: 'cant get my breath he knelt on my chest till i went dizzy', expect: D },
  { text: 'he had both hands round my throat 10 mins ago, my voice has gone funny', expect: D },
  { text: 'he squeezed my neck till everything went black, hes still in the house', expect: D },
  { text: 'banged my head on the radiator when he shoved me and now im seeing double', expect: D },
  { text: 'my lip wont stop bleeding and the baby is screaming, he is still here', expect: D },
  { text: 'he just punched me in the belly and im 30 weeks pregnant', expect: D },
  { text: 'he stamped on my hand, two fingers are pointing the wrong way', expect: D },
  { text: 'ribs are agony after he kicked me, hurts every time i breathe in', expect: D },
  { text: 'he dragged me across the landing by my hair and i think my shoulder is out', expect: D },
  { text: 'fell down the stairs when he pushed me cant stand up', expect: D },
  { text: 'he put a pillow over my face just now and i thought that was it', expect: D },
  // Kept in
  { text: 'hes locked the front door and took the key, me and the kids cant get out', expect: D },
  { text: 'he took my phone off me, im on my sons tablet. he wont let me leave the flat', expect: D },
  { text: 'im shut in the bedroom he has wedged a chair under the handle', expect: D },
  { text: 'hes got my car keys and my purse and says im not going anywhere tonight', expect: D },
  { text: 'not been allowed out the house since friday, he stands in front of the door', expect: D },
  { text: 'he has hidden my inhaler and im wheezing really bad', expect: D },
  // Followed or found
  { text: 'my ex is sat outside in his van right now just staring at the house', expect: D },
  { text: 'hes been walking behind me since i left tesco, ive got the pram and im nearly home', expect: D },
  { text: 'he found the refuge. hes sending me photos of the front door', expect: D },
  { text: 'ex just turned up at nursery demanding my daughter, staff are stalling him', expect: D },
  { text: 'hes waiting at the school gates for us and the kids come out in 20 mins', expect: D },
  { text: 'someone is hammering on the door and i know its him', expect: D },
  { text: 'hes outside my bedroom window at 3am tapping on the glass', expect: D },
  { text: 'he must be tracking my phone, he just texted me the address of where im hiding', expect: D },
  { text: 'im hiding in the shed at the bottom of the garden and hes out looking for me', expect: D },
  // Veiled threats, no "kill"
  { text: 'he text me "nothing left to lose now" and hes not answering', expect: D },
  { text: 'just got a msg off him saying see you soon x and i never told him we moved', expect: D },
  { text: 'he said ill regret going to the social and hes on his way over', expect: D },
  { text: 'he keeps saying tonight is the night it all ends', expect: D },
  { text: 'if he cant have us nobody will, thats what he just screamed at me', expect: D },
  { text: 'message off my ex: enjoy your last night', expect: D },
  { text: 'hes coming round with his mates to sort me out he said', expect: D },
  { text: 'he says tonight ill find out what happens to grasses', expect: D },
  { text: 'he said hes going to pay my mum a visit and i know what that means, shes on her own', expect: D },
  // Weapons, fire
  { text: 'hes got a knife out in the kitchen and hes shouting my name', expect: D },
  { text: 'hes waving a hammer about and the kids are on the stairs', expect: D },
  { text: 'he says theres a gun in the car and hes going to get it', expect: D },
  { text: 'he poured petrol by the back door and has a lighter', expect: D },
  { text: 'he set fire to the curtains while we were upstairs', expect: D },
  { text: 'shes threatening me with the big kitchen scissors', expect: D },
  // The parent's own suicidal thoughts
  { text: 'i dont want to be here anymore. ive got all my tablets lined up', expect: D },
  { text: 'everyone would be better off without me, i think tonight is when i do it', expect: D },
  { text: 'im going to end it once the kids are asleep', expect: D },
  { text: 'i want to die. i cant keep going', expect: D },
  // Children taken now, children hurt now
  { text: 'hes packing the kids bags and says ill never see them again, driving to his mums in scotland tonight', expect: D },
  { text: 'he has put the baby in the car and driven off and hes been drinking all day', expect: D },
  { text: 'passports are gone and he says hes taking the boys abroad first thing tomorrow', expect: D },
  { text: 'my ex just grabbed my daughter off the swings and ran', expect: D },
  { text: 'hes threatening to jump off the bridge with our son', expect: D },
  { text: 'my little boy has a burn on his arm, he pushed him onto the cooker', expect: D },
  { text: 'hes hitting my daughter right now', expect: D },
  { text: 'he shook the baby and now shes all floppy', expect: D },
  { text: 'hes got his belt off and the kids are crying', expect: D },
  { text: 'my 14 yr old has locked himself in the bathroom after his dad battered him', expect: D },
  { text: 'he is holding the baby out of the window', expect: D },
  // Cannot talk
  { text: 'hes in the next room cant type much', expect: D },
  { text: 'cant talk hes downstairs', expect: D },
  { text: 'help. hes here.', expect: D },
  { text: 'whispering, hes on the landing, what do i do', expect: D },
  { text: 'hes kicking the bathroom door in, im inside with the kids', expect: D },
  { text: 'police plz hes going mental', expect: D },
  { text: 'someone get help hes strangling my sister', expect: D },
];

export const ordinary: readonly HeldOutCase[] = [
  // menu: staying safer online, about the guide
  { text: 'how do i hide that ive been on this site', expect: ['menu.saferOnline'] },
  { text: 'will my ex see what i looked at on the family ipad', expect: ['menu.saferOnline', 'who-sees-what.notes'] },
  { text: 'does incognito actually work', expect: ['menu.saferOnline'] },
  { text: 'is this proper legal advice or just general', expect: ['menu.about'] },
  { text: 'i live in cardiff is this the same for wales', expect: ['menu.about'] },
  // danger: how the emergency lines work (questions, not calls for help)
  { text: 'whats the 55 thing when you ring the police and cant speak', expect: ['danger.silentSolution'] },
  { text: 'if i press the 55 do the police get my location', expect: ['danger.silentSolution'] },
  { text: 'if i called 999 would it show up on the phone bill he checks', expect: ['danger.silentSolution'] },
  { text: 'im deaf how would i get hold of the police in an emergency', expect: ['danger.bsl'] },
  { text: 'can you text 999 instead of calling', expect: ['danger.bsl'] },
  { text: 'not in danger this minute but im so scared all the time, who can i ring', expect: ['danger.scared'] },
  { text: 'is there a helpline open at night', expect: ['danger.scared'] },
  { text: 'how do you go about doing a safety plan', expect: ['danger.safetyPlan', 'leaving-safely.plan'] },
  { text: 'what should i teach the kids to do if it kicks off', expect: ['danger.safetyPlan', 'leaving-safely.plan'] },
  // scared to report
  { text: 'if i tell the police will social services say i failed to protect them', expect: ['scared-to-report.heldAgainst', 'scared-to-report.catch22'] },
  { text: 'will ringing the police count against me with the sw', expect: ['scared-to-report.heldAgainst'] },
  { text: 'damned if i report damned if i dont', expect: ['scared-to-report.catch22'] },
  { text: 'bricking it about going to the police', expect: ['scared-to-report.start', 'scared-to-report.heldAgainst'] },
  // removal
  { text: 'can social services just take my kids', expect: ['removal.couldThey'] },
  { text: 'will they take my baby off me', expect: ['removal.couldThey'] },
  { text: 'does a cp plan mean theyre going to remove them', expect: ['removal.couldThey', 'plan.start'] },
  { text: 'feels like theyve already made their minds up, is there any point fighting', expect: ['removal.hopeless'] },
  { text: 'is my case hopeless', expect: ['removal.hopeless'] },
  { text: 'how do i stop letting him use the kids being taken as a threat', expect: ['removal.manageThreat', 'removal.start'] },
  // a social worker has contacted me
  { text: 'a social worker rang me out of the blue, why would they', expect: ['social-worker-contact.start'] },
  { text: 'sw wants to come round tomorrow why', expect: ['social-worker-contact.start', 'social-worker-contact.expect'] },
  { text: 'is a section 17 assessment serious', expect: ['social-worker-contact.whatIsIt', 'glossary.termChildInNeed'] },
  { text: 'whats the difference between child in need and child protection', expect: ['social-worker-contact.whatIsIt', 'glossary.termChildInNeed'] },
  { text: 'will the social worker want to see my kids on their own', expect: ['social-worker-contact.expect'] },
  { text: 'what happens on the first home visit', expect: ['social-worker-contact.expect'] },
  { text: 'they want to see my son at school without me is that allowed', expect: ['social-worker-contact.expect', 'do-i-have-to-agree.enquiries'] },
  { text: 'how do i get the social worker on side', expect: ['social-worker-contact.workWith'] },
  { text: 'i dont understand what they want me to do', expect: ['social-worker-contact.workWith', 'plan.cantFollow'] },
  { text: 'he reads all my texts how can the sw contact me safely', expect: ['social-worker-contact.safeContact'] },
  { text: 'can me and the social worker have a code word', expect: ['social-worker-contact.safeContact'] },
  { text: 'whats a merlin', expect: ['social-worker-contact.merlin', 'glossary.termMerlin'] },
  { text: 'police did a merlin report on us what does that mean', expect: ['social-worker-contact.merlin', 'glossary.termMerlin'] },
  // the child protection conference
  { text: 'whats a child protection conference', expect: ['conference.whatItIs'] },
  { text: 'icpc whats that', expect: ['conference.whatItIs', 'process.initialConference'] },
  { text: 'who goes to a case conference', expect: ['conference.whatItIs'] },
  { text: 'still no report and the conference is friday', expect: ['conference.report'] },
  { text: 'the sw report is full of mistakes can i get it changed', expect: ['conference.report', 'who-sees-what.records'] },
  { text: 'can i bring my mum to the conference', expect: ['conference.bringSomeone'] },
  { text: 'can my solicitor come in with me', expect: ['conference.bringSomeone'] },
  { text: 'who is the chair and do i get to meet them first', expect: ['conference.chair'] },
  { text: 'when do i get to talk at the meeting', expect: ['conference.sharing'] },
  { text: 'do parents get a vote', expect: ['conference.decision'] },
  { text: 'who decides if they go on a plan', expect: ['conference.decision'] },
  { text: 'what happens after the conference if they put the kids on a plan', expect: ['conference.plan', 'process.planAndCoreGroup'] },
  { text: 'when will the review conf be', expect: ['conference.review', 'process.reviews'] },
  { text: 'how long between review conferences', expect: ['conference.review', 'process.reviews'] },
  { text: 'i disagree with what the conference decided can i appeal', expect: ['conference.review', 'delays.complain', 'social-worker-problems.complain'] },
  // the process, step by step
  { text: 'what happens now, step by step', expect: ['process.concern'] },
  { text: 'who reports you to social services in the first place', expect: ['process.concern'] },
  { text: 'what is a strategy meeting and should i have been invited', expect: ['process.strategy', 'glossary.termStrategyDiscussion'] },
  { text: 'whats a section 47', expect: ['process.enquiries', 'glossary.termSection47'] },
  { text: 'how long after the strategy meeting is the conference', expect: ['process.initialConference'] },
  { text: 'core group?? who is in it', expect: ['process.planAndCoreGroup', 'glossary.termCoreGroup'] },
  { text: 'when does the first core group happen', expect: ['process.planAndCoreGroup', 'conference.plan'] },
  { text: 'how does a plan finish', expect: ['process.planEnds', 'plan.stepDown'] },
  { text: 'got a letter saying pre proceedings what does that mean', expect: ['process.preProceedings', 'glossary.termLetterBeforeProceedings'] },
  { text: 'they said theyre thinking of going to court what happens', expect: ['process.preProceedings', 'legal-help.careProceedings'] },
  // the child protection plan
  { text: 'what actually is a cp plan', expect: ['plan.start'] },
  { text: 'what should be written in the plan', expect: ['plan.contents'] },
  { text: 'what happens if i dont stick to the plan', expect: ['plan.contents', 'plan.cantFollow'] },
  { text: 'i work nights and cant make all the meetings', expect: ['plan.cantFollow'] },
  { text: 'cant read the plan properly its all long words', expect: ['plan.cantFollow', 'support.readWrite'] },
  { text: 'how do i get it stepped down to child in need', expect: ['plan.stepDown', 'process.planEnds'] },
  { text: 'do i have to have a family group conference', expect: ['plan.familyGroupConference'] },
  { text: 'fgc what is it', expect: ['plan.familyGroupConference', 'glossary.termFamilyGroupConference'] },
  { text: 'when can my partner move back in', expect: ['plan.partnerBack', 'leaving-safely.changed'] },
  { text: 'sw keeps moving the date for my husband coming home', expect: ['plan.partnerBack'] },
  // delays and complaints
  { text: 'sw promised a referral 3 months ago and nothing has happened', expect: ['delays.start', 'delays.whatToDo'] },
  { text: 'nobody ever rings me back', expect: ['delays.start', 'delays.whatToDo'] },
  { text: 'they still havent referred me, am i allowed to self refer', expect: ['delays.whatToDo'] },
  { text: 'how do i complain about childrens services', expect: ['delays.complain', 'social-worker-problems.complain'] },
  { text: 'who is the ombudsman and when do i go to them', expect: ['delays.complain', 'social-worker-problems.complain'] },
  // problems with the social worker
  { text: 'sw doesnt think my kids are at risk from him', expect: ['social-worker-problems.notBelieved'] },
  { text: 'they wont listen when i say hes dangerous to the kids', expect: ['social-worker-problems.notBelieved'] },
  { text: 'my social worker has no clue about domestic abuse', expect: ['social-worker-problems.notUnderstood'] },
  { text: 'can i request a social worker who knows more about dv', expect: ['social-worker-problems.notUnderstood', 'social-worker-problems.maleWorker'] },
  { text: 'can i ask for a female social worker', expect: ['social-worker-problems.maleWorker'] },
  { text: 'my sw is a bloke and i cant talk to him', expect: ['social-worker-problems.maleWorker'] },
  { text: 'i feel like my social worker hates me', expect: ['social-worker-problems.dontGetAlong'] },
  { text: 'dont trust her at all', expect: ['social-worker-problems.dontGetAlong'] },
  { text: 'health visitor agrees with everything the sw says', expect: ['social-worker-problems.othersAgree'] },
  { text: 'the school and the gp are siding with social services', expect: ['social-worker-problems.othersAgree'] },
  { text: 'want to put a complaint in about my sw', expect: ['social-worker-problems.complain', 'delays.complain'] },
  // one-off
  { text: 'it was one argument, were not an abusive couple', expect: ['one-off.answer'] },
  { text: 'im not a victim i dont know why theyre saying that', expect: ['one-off.answer'] },
  // leave or remove
  { text: 'sw says he has to leave or the kids go into care', expect: ['leave-or-remove.start', 'removal.start'] },
  { text: 'i dont agree that he should have to move out', expect: ['leave-or-remove.dontAgree'] },
  { text: 'what happens if i dont make him leave', expect: ['leave-or-remove.consequences'] },
  { text: 'can i still see my boyfriend if the kids arent there', expect: ['leave-or-remove.seePartner'] },
  // the other parent has taken my child
  { text: 'my ex wont bring my son back after the weekend', expect: ['child-taken.solicitor', 'child-taken.start'] },
  { text: 'his dad kept him after contact and sw says leave it', expect: ['child-taken.start', 'child-taken.solicitor'] },
  { text: 'whats a child arrangements order', expect: ['child-taken.solicitor', 'legal-help.privateLaw'] },
  { text: 'do i have to go to mediation with my ex', expect: ['child-taken.mediation', 'legal-help.mediation'] },
  { text: 'whats a MIAM meeting', expect: ['glossary.termMiam', 'legal-help.mediation', 'child-taken.mediation'] },
  { text: 'sw wants my daughter to keep seeing her dad and i dont think its safe', expect: ['child-taken.pushedContact'] },
  // malicious reports
  { text: 'my ex keeps ringing social services with lies about me', expect: ['malicious-reports.answer'] },
  { text: '5th false report this year from his family', expect: ['malicious-reports.answer'] },
  // support
  { text: 'is there anyone who can speak up for me at meetings', expect: ['support.advocate', 'glossary.termAdvocate'] },
  { text: 'whats an advocate', expect: ['glossary.termAdvocate', 'support.advocate'] },
  { text: 'what is marac', expect: ['support.marac', 'glossary.termMarac'] },
  { text: 'idva what do they actually do', expect: ['support.marac', 'glossary.termIdva'] },
  { text: 'i cant read very well and they keep sending letters', expect: ['support.readWrite'] },
  { text: 'can my nan look after the kids for a bit', expect: ['support.kinship', 'glossary.termKinshipCare'] },
  { text: 'kinship care explained pls', expect: ['glossary.termKinshipCare', 'support.kinship'] },
  { text: 'my 15 year old needs someone to talk to', expect: ['support.olderChildren'] },
  { text: 'im in a same sex relationship, is there help for me', expect: ['support.lgbt'] },
  { text: 'who are family rights group', expect: ['support.familyRightsGroup'] },
  { text: 'i want to foster, can you help', expect: ['support.fosterAdopt'] },
  // do I have to agree?
  { text: 'do i legally have to do everything social services tell me', expect: ['do-i-have-to-agree.start'] },
  { text: 'do i have to accept the child in need help', expect: ['do-i-have-to-agree.childInNeed'] },
  { text: 'can i say no to the home visits', expect: ['do-i-have-to-agree.enquiries'] },
  { text: 'they want me to sign a section 20 form', expect: ['do-i-have-to-agree.accommodation', 'glossary.termSection20'] },
  { text: 'can i get my kids back from section 20 whenever i want', expect: ['do-i-have-to-agree.accommodation', 'glossary.termSection20'] },
  { text: 'they want me to sign a written agreement, do i have to', expect: ['do-i-have-to-agree.safetyAgreement'] },
  { text: 'sw told me to stay at a hotel and not go home, can they make me', expect: ['do-i-have-to-agree.stayAway'] },
  { text: 'they said let their dad have them or theres a conference', expect: ['do-i-have-to-agree.custody'] },
  // who sees what I say
  { text: 'who will social services tell what i say', expect: ['who-sees-what.sharing'] },
  { text: 'will the police be told what i tell the sw', expect: ['who-sees-what.sharing'] },
  { text: 'why does the school know about what happened at home', expect: ['who-sees-what.school'] },
  { text: 'school mentioned operation encompass whats that', expect: ['who-sees-what.school'] },
  { text: 'how do i keep my new address away from him', expect: ['who-sees-what.address'] },
  { text: 'can i see my social services file', expect: ['who-sees-what.records'] },
  { text: 'subject access request how', expect: ['who-sees-what.records'] },
  { text: 'where do i keep my diary so he doesnt find it', expect: ['who-sees-what.notes'] },
  // staying or leaving safely
  { text: 'been thinking about leaving him for months', expect: ['leaving-safely.start', 'leaving-safely.scared'] },
  { text: 'what do i need to pack to leave', expect: ['leaving-safely.plan'] },
  { text: 'how do you get a place in a refuge', expect: ['leaving-safely.help'] },
  { text: 'will the council house me if i leave him', expect: ['leaving-safely.help'] },
  { text: 'im too scared to finish it with him', expect: ['leaving-safely.scared'] },
  { text: 'he says hes changed, should i let him back', expect: ['leaving-safely.changed'] },
  { text: 'sw wants me to go to a refuge but it isnt safe for me to leave', expect: ['leaving-safely.toldToLeave', 'leave-or-remove.start'] },
  // what counts as abuse
  { text: 'is it abuse if hes never hit me', expect: ['what-counts-as-abuse.start', 'what-counts-as-abuse.control'] },
  { text: 'he keeps all the money and gives me £20 a week is that abuse', expect: ['what-counts-as-abuse.control'] },
  { text: 'sw wrote toxic relationship in the report, whats the difference', expect: ['what-counts-as-abuse.toxic'] },
  { text: 'they only care about physical stuff not the mental abuse', expect: ['what-counts-as-abuse.psychological'] },
  { text: 'how does all this affect my kids', expect: ['what-counts-as-abuse.children'] },
  { text: 'why am i the one being checked on and not him', expect: ['what-counts-as-abuse.whoMustChange'] },
  // legal help
  { text: 'is legal advice free for me or do i have to pay', expect: ['legal-help.start', 'legal-help.careProceedings'] },
  { text: 'need a solicitor but cant afford one', expect: ['legal-help.start', 'legal-help.privateLaw'] },
  { text: 'where do i stand legally with a cp plan', expect: ['legal-help.whereIStand'] },
  { text: 'is a child protection plan a court order', expect: ['legal-help.whereIStand'] },
  { text: 'care proceedings what are they', expect: ['legal-help.careProceedings', 'glossary.termCareProceedings'] },
  { text: 'can i get legal aid to go to court over contact', expect: ['legal-help.privateLaw'] },
  { text: 'how do i stop him taking my daughter without asking', expect: ['legal-help.prohibitedSteps', 'glossary.termProhibitedStepsOrder'] },
  // glossary
  { text: 'significant harm means what exactly', expect: ['glossary.termSignificantHarm'] },
  { text: 'parental responsibility meaning', expect: ['glossary.termParentalResponsibility'] },
  { text: 'what is private law', expect: ['glossary.termPrivateLaw', 'legal-help.privateLaw'] },
  { text: 'whats an injunction', expect: ['glossary.termInjunction'] },
  { text: 'what does coercive mean', expect: ['glossary.termCoerciveControl', 'what-counts-as-abuse.control'] },
  { text: 'theyre using loads of words i dont understand', expect: ['glossary.start'] },
];

export const hardOrdinary: readonly HeldOutCase[] = [
  // Abuse in the past
  { text: 'he used to choke me when we were together, will the conference report say that', expect: ['conference.report', 'who-sees-what.sharing'] },
  { text: 'he broke my nose in 2019, we split up 4 years ago, why are social care on my case now', expect: ['social-worker-problems.myPast', 'social-worker-contact.start'] },
  { text: 'years ago he held a knife to me, does that count as domestic abuse', expect: ['what-counts-as-abuse.start'] },
  { text: 'he threatened to kill me before we split, now the sw is pushing for him to see the kids', expect: ['child-taken.pushedContact'] },
  { text: 'my ex strangled me two years ago, surely i dont have to go to mediation with him', expect: ['legal-help.mediation', 'child-taken.mediation'] },
  { text: 'sw said it was a toxic relationship but he used to beat me black and blue', expect: ['what-counts-as-abuse.toxic'] },
  { text: 'he got done for assault on me last year and has bail conditions, can i still see him', expect: ['leave-or-remove.seePartner'] },
  { text: 'he choked me once in 2021 and the social worker called it a one off. is it', expect: ['one-off.answer', 'what-counts-as-abuse.start'] },
  { text: 'ex was found guilty of ABH on me, does he still get to see the kids', expect: ['child-taken.pushedContact', 'legal-help.privateLaw'] },
  { text: 'he used to threaten to take the kids to his family abroad, can i stop him taking them out the country', expect: ['legal-help.prohibitedSteps', 'glossary.termProhibitedStepsOrder'] },
  { text: 'police took a statement when he attacked me in august, does the sw get to see it', expect: ['who-sees-what.sharing', 'social-worker-contact.merlin'] },
  { text: 'i had a black eye off him last christmas, school noticed and now theres a conference', expect: ['conference.whatItIs', 'who-sees-what.school'] },
  { text: 'he tried to strangle me last year, now they want me to sign something saying i wont let him in', expect: ['do-i-have-to-agree.safetyAgreement'] },
  { text: 'dont want to sit next to him at the icpc, he was violent to me for years', expect: ['conference.safety'] },
  { text: 'he used to lock me in the house when he went out, is that coercive control', expect: ['what-counts-as-abuse.control', 'glossary.termCoerciveControl'] },
  { text: 'when we were together he took my phone and car keys all the time, would social care call that abuse', expect: ['what-counts-as-abuse.control'] },
  { text: 'i had suicidal thoughts after my first baby and they keep bringing it up at every meeting', expect: ['social-worker-problems.myPast'] },
  { text: 'i self harmed as a teenager, will that go against me getting the kids home', expect: ['social-worker-problems.myPast'] },
  { text: 'why do i have to do a course when hes the one who beat me', expect: ['what-counts-as-abuse.whoMustChange'] },
  { text: 'he used to say id never see the kids again if i told anyone. is that true', expect: ['removal.start', 'removal.couldThey'] },
  { text: 'my baby was in the room when he hit me last month, will they take her', expect: ['removal.couldThey'] },
  { text: 'he raped me when we were married, does that count as domestic abuse', expect: ['what-counts-as-abuse.start'] },
  { text: 'he threw a plate at me once, first time in ten years, thats not domestic abuse is it', expect: ['one-off.answer'] },
  { text: 'my partner has a conviction for violence from 15 years ago and the sw keeps raising it', expect: ['social-worker-problems.partnerPast'] },
  { text: 'my daughter saw him hit me when she was little, does that mean she was abused too', expect: ['what-counts-as-abuse.children'] },
  { text: 'the police say hes a risk to the kids after what he did to me but the court gave him contact', expect: ['child-taken.pushedContact', 'legal-help.privateLaw'] },
  { text: 'finally got away, the refuge was brilliant, now social care want to close the case how does it end', expect: ['process.planEnds', 'plan.stepDown'] },
  { text: 'im scared to leave him, last time i tried he went mad', expect: ['leaving-safely.scared'] },
  { text: 'hes done the perpetrator programme and stopped drinking, sw still says he cant come home', expect: ['leaving-safely.changed', 'plan.partnerBack'] },
  { text: 'my 16 yo watched his dad batter me for years, who can he talk to', expect: ['support.olderChildren'] },
  // Abuse in general, or alarming words that are not danger now
  { text: 'what counts as controlling behaviour', expect: ['what-counts-as-abuse.control', 'glossary.termCoerciveControl'] },
  { text: 'is shouting and smashing things in front of the kids abuse', expect: ['what-counts-as-abuse.children', 'what-counts-as-abuse.start'] },
  { text: 'my son broke his leg on the trampoline and a&e rang social services', expect: ['process.concern', 'social-worker-contact.start'] },
  { text: 'does the hospital tell social services if you go in with injuries', expect: ['who-sees-what.sharing'] },
  { text: 'my ex keeps telling social i hit the kids, i never have', expect: ['malicious-reports.answer'] },
  { text: 'he rang childline pretending to be my son and said i beat him', expect: ['malicious-reports.answer'] },
  { text: 'conference is in the morning and im shaking', expect: ['conference.whatItIs', 'process.initialConference'] },
  { text: 'scared to death about this letter before proceedings', expect: ['process.preProceedings', 'glossary.termLetterBeforeProceedings'] },
  { text: 'am i going to lose my kids, im terrified', expect: ['removal.couldThey'] },
  { text: 'im dreading the core group meeting', expect: ['process.planAndCoreGroup', 'conference.plan'] },
  { text: 'the wait is killing me, still no date for the review', expect: ['conference.review', 'delays.start'] },
  { text: 'im gonna kill my social worker, 4th time shes cancelled', expect: ['delays.start', 'delays.whatToDo'] },
  { text: 'its killing me not having my son home, hes in foster care under section 20 can i get him back', expect: ['do-i-have-to-agree.accommodation', 'glossary.termSection20'] },
  { text: 'is it safe to use this on my phone, he goes through it', expect: ['menu.saferOnline'] },
  { text: 'we are in a refuge now and safe, how do i keep the address out of the conference papers', expect: ['who-sees-what.address', 'conference.safety'] },
  { text: 'the police called me high risk after the last incident, what is an idva', expect: ['support.marac', 'glossary.termIdva'] },
  { text: 'my case is going to marac and im frightened he will find out', expect: ['support.marac'] },
  { text: 'police came out to ours on saturday after a row and now the school are asking questions, how do they know', expect: ['who-sees-what.school', 'social-worker-contact.merlin'] },
  { text: 'my 15 year old punches walls when hes angry since all the stuff with his dad, is there support for him', expect: ['support.olderChildren'] },
  { text: 'can men be victims of domestic abuse too, my ex wife was the violent one', expect: ['what-counts-as-abuse.start'] },
  { text: 'how do i get a non molestation order', expect: ['glossary.termInjunction', 'legal-help.start'] },
  { text: 'would ringing 999 about him make social services take the kids', expect: ['scared-to-report.heldAgainst', 'removal.couldThey'] },
  { text: 'they say i failed to protect because i stayed, he was the violent one', expect: ['scared-to-report.catch22', 'what-counts-as-abuse.whoMustChange'] },
  { text: 'the sw wants me to flee with the kids but leaving is when hes most dangerous', expect: ['leaving-safely.toldToLeave'] },
];

export const heldOutFourth: readonly HeldOutCase[] = [...dangerNow, ...ordinary, ...hardOrdinary];
