// A second held-out set for typed-text routing, written on 2026-11-28 by someone who had not
// seen the router, its training phrases, its answer phrases, the first held-out set or any
// router output. Messages are in the voices of the parents in docs/seeds/ (forum posts, FAQ
// questions asked again by a worried parent, typos, text-speak, UK slang, indirect wording).
// Labels are the states of the flows that answer each message (two or three where more than
// one genuinely answers it), or `danger` for the triage when someone is in danger now.
// Its SHA-256 is pinned by held-out-fresh.test.ts: do not edit it to fit the router; a new
// set is the honest way to measure again after tuning on this one.

export interface FreshHeldOutCase {
  text: string;
  /** Answer states that count as right (`flow.state`), or `danger` for the triage. */
  expect: readonly string[];
}

const danger = ['danger'] as const;

export const heldOutFresh: readonly FreshHeldOutCase[] = [
  // --- In danger now: injuries, kept in, followed or found, threats, weapons, self-harm,
  // children taken or hurt, cannot talk.
  { text: 'hes locked me in the bedroom and taken my keys', expect: danger },
  { text: "he's took my phone and the door keys, cant get out the flat", expect: danger },
  { text: 'help me he wont let me leave the house', expect: danger },
  { text: 'typing quietly, hes asleep next to me, cant get out he has the car keys and my purse', expect: danger },
  { text: 'he is outside my house right now banging on the door', expect: danger },
  { text: "my ex just turned up at the school gates and he's waiting for me", expect: danger },
  { text: 'i think he followed me to my mums, his car is parked across the road', expect: danger },
  { text: 'he found the refuge, hes sending me pics of the front door', expect: danger },
  { text: "he's sat outside in his car watching the house again its 2am", expect: danger },
  { text: 'he says he knows where we live now and hes on his way', expect: danger },
  { text: "he said tonight i'll get what's coming to me once the kids are asleep", expect: danger },
  { text: 'hes drunk and coming home soon and said hell finish what he started', expect: danger },
  { text: 'sorry typing fast hes gone to the shop, he said when hes back im done for', expect: danger },
  { text: "he's seen my bag packed and said if i walk out that door i'll regret it", expect: danger },
  { text: 'he says if i go to the social hell burn the house down with me in it', expect: danger },
  { text: 'hes got a knife from the kitchen and keeps saying hes going to end it for both of us', expect: danger },
  { text: 'hes waving a hammer about and screaming at me', expect: danger },
  { text: "there's a gun in the house and he's told me not to test him", expect: danger },
  { text: "ex just messaged he's got a blade and he's outside the school", expect: danger },
  { text: 'i cant talk he is in the next room', expect: danger },
  { text: 'cant speak. help', expect: danger },
  { text: 'can you text me instead i cant ring anyone hes listening', expect: danger },
  { text: "im hiding in the bathroom with the kids, he's going mental", expect: danger },
  { text: 'hes kicking the door in', expect: danger },
  { text: "he's smashing the place up and the kids are hiding upstairs", expect: danger },
  { text: 'he put his hands round my throat in front of the kids just now', expect: danger },
  { text: 'he strangled me last night, my neck is all bruised and hes still here', expect: danger },
  { text: 'my head is bleeding and i cant get it to stop', expect: danger },
  { text: 'he pushed me down the stairs, im 30 weeks and getting pains', expect: danger },
  { text: 'hes broke my wrist i think, its swollen and i cant move it', expect: danger },
  { text: 'i dont want to be here anymore, ive got the tablets out', expect: danger },
  { text: "i've taken a load of pills", expect: danger },
  { text: 'been cutting again tonight and its deep', expect: danger },
  { text: 'i just want to go to sleep and not wake up, whats the point anymore', expect: danger },
  { text: 'my 14 yr old says she wants to die and shes locked herself in the bathroom', expect: danger },
  { text: 'he says hes taking the kids abroad tonight and ill never find them, hes got their passports', expect: danger },
  { text: 'my ex grabbed my son off the street and drove off, hes been drinking', expect: danger },
  { text: "he took my baby out the pram and won't give her back, he's screaming at me in the street", expect: danger },
  { text: 'he hit my daughter across the face and hes still shouting at her', expect: danger },
  { text: 'the baby wouldnt stop crying and he just shook her', expect: danger },
  { text: 'he says hell hurt the kids if i dont give him the money', expect: danger },

  // --- Scared to report.
  { text: 'if i ring 999 will social services find out and use it against me', expect: ['scared-to-report.heldAgainst', 'social-worker-contact.merlin', 'who-sees-what.sharing'] },
  { text: "I'm scared to tell the health visitor whats going on in case they think im a bad mum", expect: ['scared-to-report.heldAgainst'] },
  { text: 'the police want a statement off me but im worried it will go against me with social care', expect: ['scared-to-report.heldAgainst'] },
  { text: 'if i report it they say the kids are at risk, if i dont they say im failing to protect, cant win', expect: ['scared-to-report.catch22'] },
  { text: "damned if i do damned if i don't when it comes to calling the police on him", expect: ['scared-to-report.catch22'] },
  { text: 'will they say i failed to protect because i didnt phone the police straight away', expect: ['scared-to-report.catch22', 'scared-to-report.heldAgainst'] },

  // --- Removal fears.
  { text: 'he always says the social will take the kids off me if i tell anyone, is that true', expect: ['removal.start', 'removal.couldThey'] },
  { text: "my husband says I'll lose the children if I call the police on him", expect: ['removal.start', 'removal.couldThey'] },
  { text: 'can social services actually take my kids away without going to court', expect: ['removal.couldThey'] },
  { text: 'last time i called the police they told social services, will they take my kids now', expect: ['removal.couldThey', 'social-worker-contact.merlin'] },
  { text: 'theyve put us on a child protection plan, does that mean my case is hopeless', expect: ['removal.hopeless', 'plan.start'] },
  { text: 'feel like its already decided and ive lost them, is there any point fighting', expect: ['removal.hopeless'] },
  { text: 'how do i cope with him constantly threatening to get the kids taken off me', expect: ['removal.manageThreat'] },

  // --- It was a one-off.
  { text: "it was one time he pushed me, it's not domestic abuse, why are they treating it like it is", expect: ['one-off.answer'] },
  { text: 'he only hit me the once and the neighbours rang the police, now the social are involved, its not DV', expect: ['one-off.answer'] },
  { text: "i don't see myself as a victim and hate being called one", expect: ['one-off.answer'] },

  // --- Told to leave or the children will be removed.
  { text: 'sw says i have to leave my partner or they will take my kids into care', expect: ['leave-or-remove.start'] },
  { text: 'been told its him or the children, what do i do', expect: ['leave-or-remove.start'] },
  { text: 'i dont agree i need to split up with him, hes never laid a finger on the kids', expect: ['leave-or-remove.dontAgree'] },
  { text: 'what happens if i dont leave him like social services want', expect: ['leave-or-remove.consequences'] },
  { text: 'if i move out with the kids am i still allowed to see my boyfriend', expect: ['leave-or-remove.seePartner'] },
  { text: "they want me to leave him but it's more dangerous if i go, he'll come after us", expect: ['leaving-safely.toldToLeave'] },

  // --- Staying or leaving safely.
  { text: 'how do i plan to leave without him finding out', expect: ['leaving-safely.plan'] },
  { text: 'what should i pack if i need to get out in a hurry with the kids', expect: ['leaving-safely.plan'] },
  { text: "where can me and the kids go, we've got nowhere to live if i leave", expect: ['leaving-safely.help'] },
  { text: 'how do you get a place in a refuge', expect: ['leaving-safely.help'] },
  { text: 'i want to finish with him but im terrified what hell do', expect: ['leaving-safely.scared'] },
  { text: 'he says hes done a course and hes changed, can he move back in', expect: ['leaving-safely.changed', 'plan.partnerBack'] },
  { text: 'how do i stay safe while im still living with him for now', expect: ['danger.safetyPlan', 'leaving-safely.plan'] },
  { text: 'how does the silent 999 thing work where you press 55', expect: ['danger.silentSolution'] },
  { text: 'is there a way to get the police if i cant talk, asking for the future', expect: ['danger.silentSolution'] },
  { text: "i'm deaf, how would i contact the police in an emergency", expect: ['danger.bsl'] },

  // --- What counts as abuse.
  { text: 'he doesnt hit me but he checks my phone and controls all the money, is that abuse', expect: ['what-counts-as-abuse.control', 'glossary.termCoerciveControl'] },
  { text: 'the sw called it a toxic relationship, isnt it abuse though', expect: ['what-counts-as-abuse.toxic'] },
  { text: "nobody takes the emotional stuff seriously cos there's no bruises", expect: ['what-counts-as-abuse.psychological'] },
  { text: 'does it really affect the kids if they were upstairs when we argued', expect: ['what-counts-as-abuse.children'] },
  { text: 'why am i the one being watched and told what to do when hes the abuser', expect: ['what-counts-as-abuse.whoMustChange'] },
  { text: 'what actually counts as domestic abuse in law', expect: ['what-counts-as-abuse.start'] },

  // --- A social worker has been in touch.
  { text: 'a social worker rang today out of the blue about my kids, why', expect: ['social-worker-contact.start'] },
  { text: 'police were called to ours last week and now a social worker wants to come round, what happens at the visit', expect: ['social-worker-contact.expect'] },
  { text: 'is it an assessment or a section 47, whats the difference', expect: ['social-worker-contact.whatIsIt', 'glossary.termSection47', 'process.enquiries'] },
  { text: 'how do i get the social worker on my side', expect: ['social-worker-contact.workWith'] },
  { text: 'the sw keeps ringing my mobile and he checks it, how do i stop her phoning', expect: ['social-worker-contact.safeContact'] },
  { text: 'what is a merlin, the police officer said theyd done one', expect: ['social-worker-contact.merlin', 'glossary.termMerlin'] },

  // --- The process, step by step.
  { text: 'what happens step by step once social services get a referral', expect: ['process.concern'] },
  { text: 'what is a strategy meeting and who goes to it', expect: ['process.strategy', 'glossary.termStrategyDiscussion'] },
  { text: 'theyre doing enquiries now, what does that involve', expect: ['process.enquiries'] },
  { text: 'got a letter before proceedings, what does it mean', expect: ['process.preProceedings', 'glossary.termLetterBeforeProceedings'] },
  { text: 'how long till the plan gets reviewed', expect: ['process.reviews', 'conference.review'] },
  { text: 'how does a cp plan come to an end', expect: ['process.planEnds', 'plan.stepDown'] },

  // --- Child protection conference.
  { text: "i've been invited to an initial child protection conference, what is it", expect: ['conference.whatItIs', 'process.initialConference'] },
  { text: 'when do i get to see the social workers report before the conference', expect: ['conference.report'] },
  { text: 'can i bring my support worker to the case conference', expect: ['conference.bringSomeone'] },
  { text: "i don't want to be in the same room as him at the conference", expect: ['conference.safety'] },
  { text: 'who is the chair at a case conference', expect: ['conference.chair'] },
  { text: 'when do i get a chance to speak at the conference', expect: ['conference.sharing'] },
  { text: 'how do they decide if the kids go on a plan, is it a vote', expect: ['conference.decision'] },
  { text: 'what happens after the conference if they make a plan', expect: ['conference.plan'] },

  // --- Child protection plan.
  { text: 'what is a child protection plan, does it mean theyre taking them', expect: ['plan.start'] },
  { text: 'what should be written in the plan', expect: ['plan.contents'] },
  { text: "the plan has so many things in it, i can't keep up with all the appointments", expect: ['plan.cantFollow'] },
  { text: 'how do we get stepped down to child in need', expect: ['plan.stepDown', 'process.planEnds'] },
  { text: 'do i have to do a family group conference, i dont want my family knowing', expect: ['plan.familyGroupConference', 'glossary.termFamilyGroupConference'] },
  { text: 'were on a cp plan, is my partner allowed back home now', expect: ['plan.partnerBack'] },

  // --- Professionals not doing their part.
  { text: 'sw said shed refer me to the freedom programme 3 months ago and nothing', expect: ['delays.start', 'delays.whatToDo'] },
  { text: 'no one is doing what they said they would in the plan, what can i do', expect: ['delays.whatToDo'] },
  { text: 'how do i complain about how long everything is taking', expect: ['delays.complain'] },

  // --- Problems with the social worker.
  { text: "told the sw he's dangerous to the kids and she doesn't believe me", expect: ['social-worker-problems.notBelieved'] },
  { text: 'my social worker just doesnt get domestic abuse', expect: ['social-worker-problems.notUnderstood'] },
  { text: "i've been given a male social worker and i cant be alone with a man after what happened", expect: ['social-worker-problems.maleWorker'] },
  { text: 'me and the social worker clash every time we speak, i dont trust her', expect: ['social-worker-problems.dontGetAlong'] },
  { text: 'the school and health visitor all just agree with whatever the sw says', expect: ['social-worker-problems.othersAgree'] },
  { text: 'they keep bringing up stuff from when i was a teenager in care', expect: ['social-worker-problems.myPast'] },
  { text: "why do they keep going on about my new partner's record from years ago", expect: ['social-worker-problems.partnerPast'] },
  { text: 'i want to make a formal complaint about my social worker', expect: ['social-worker-problems.complain', 'delays.complain'] },

  // --- False reports.
  { text: 'my ex keeps ringing social services with lies about me', expect: ['malicious-reports.answer'] },
  { text: 'thats the 5th false report hes made, every time he rings they turn up at mine', expect: ['malicious-reports.answer'] },

  // --- The other parent has the child.
  { text: 'my ex had our son for the weekend and now wont give him back', expect: ['child-taken.start', 'child-taken.solicitor'] },
  { text: 'ex has kept my daughter since sunday, police say its a civil matter, what now', expect: ['child-taken.solicitor', 'child-taken.start'] },
  { text: 'do i have to go to mediation with my abusive ex over the kids', expect: ['child-taken.mediation', 'legal-help.mediation'] },
  { text: 'sw says i have to let the kids see their dad even though he abused me', expect: ['child-taken.pushedContact'] },

  // --- Do I have to agree.
  { text: 'do i have to let social services in my house', expect: ['do-i-have-to-agree.enquiries', 'do-i-have-to-agree.start'] },
  { text: 'they offered early help, do i have to say yes', expect: ['do-i-have-to-agree.childInNeed'] },
  { text: 'they want the kids to stay at my nans for a bit under section 20, do i have to sign', expect: ['do-i-have-to-agree.accommodation', 'glossary.termSection20'] },
  { text: 'sw wants me to sign a safety agreement saying i wont let him in, is it legally binding', expect: ['do-i-have-to-agree.safetyAgreement'] },
  { text: 'i was told to stop at my mums and not go home, do i have to', expect: ['do-i-have-to-agree.stayAway'] },
  { text: "they're saying the kids should go and live with their dad, do i have to agree to that", expect: ['do-i-have-to-agree.custody'] },

  // --- Who sees what.
  { text: 'will the social worker tell my ex what i say to her', expect: ['who-sees-what.sharing'] },
  { text: 'police came out last night when he kicked off, will the school find out', expect: ['who-sees-what.school'] },
  { text: 'how do i stop my ex finding out my new address from the reports', expect: ['who-sees-what.address'] },
  { text: 'can i see what social services have written about me', expect: ['who-sees-what.records'] },
  { text: 'the records say things that arent true, can i get them changed', expect: ['who-sees-what.records'] },
  { text: 'where can i keep my diary of what hes done so he doesnt find it', expect: ['who-sees-what.notes'] },
  { text: 'can he see that ive been on this site', expect: ['menu.saferOnline'] },

  // --- Legal help.
  { text: 'can i get free legal advice about social services', expect: ['legal-help.start'] },
  { text: 'where do i stand legally being on a cp plan', expect: ['legal-help.whereIStand'] },
  { text: 'they say they might take us to court for care proceedings', expect: ['legal-help.careProceedings', 'glossary.termCareProceedings'] },
  { text: 'my ex threatened to kill me last year and now hes applied to court for contact', expect: ['legal-help.privateLaw'] },
  { text: 'how do i stop him taking my kids, is there an order for that', expect: ['legal-help.prohibitedSteps', 'glossary.termProhibitedStepsOrder'] },
  { text: 'whats a miam', expect: ['glossary.termMiam', 'legal-help.mediation'] },

  // --- Words.
  { text: 'what does significant harm mean', expect: ['glossary.termSignificantHarm'] },
  { text: 'sw says the kids are at risk of significant harm from him, what does that even mean', expect: ['glossary.termSignificantHarm'] },
  { text: 'child in need, what does that mean', expect: ['glossary.termChildInNeed', 'do-i-have-to-agree.childInNeed'] },
  { text: 'core group meeting?? whats that', expect: ['glossary.termCoreGroup', 'process.planAndCoreGroup'] },
  { text: 'what does parental responsibility mean, does he still have rights', expect: ['glossary.termParentalResponsibility'] },
  { text: 'non molestation order what is it', expect: ['glossary.termInjunction'] },
  { text: 'whats an idva', expect: ['glossary.termIdva', 'support.marac'] },
  { text: "what's marac, got a letter saying my case went to one", expect: ['support.marac', 'glossary.termMarac'] },
  { text: 'kinship care meaning', expect: ['glossary.termKinshipCare', 'support.kinship'] },

  // --- Support.
  { text: 'i need someone to come to meetings with me and speak up for me', expect: ['support.advocate', 'conference.bringSomeone'] },
  { text: 'i cant read very well and they keep sending me letters', expect: ['support.readWrite'] },
  { text: 'can my sister have the kids for a while instead of foster care', expect: ['support.kinship'] },
  { text: 'my 15 year old is really struggling after everything, is there help for him', expect: ['support.olderChildren'] },
  { text: "i'm in a same sex relationship and she's abusive, is there support for me", expect: ['support.lgbt'] },
  { text: 'who are family rights group', expect: ['support.familyRightsGroup'] },
  { text: 'i want to become a foster carer, can you help', expect: ['support.fosterAdopt'] },

  // --- About this guide.
  { text: 'is this legal advice? who runs this', expect: ['menu.about'] },
  { text: 'does any of this apply in wales', expect: ['menu.about'] },
];
