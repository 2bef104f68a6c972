// The held-out set for answer-level routing (issue 12). Written on 28 Nov 2026, before the
// router was changed or tuned for answer states, in the seeds' voices (docs/seeds/: forum
// posts, the FAQ's questions as a worried parent re-asks them, survivors' blogs), with typos,
// text-speak, no punctuation and UK slang. Each message names the answer state(s) that answer
// it (`flow.state`, as in flows/), or `danger` for the danger triage. Where two states answer it
// equally, both are listed and either counts.
//
// Never tune on this set: never read its misses to change the routing data or the router, and
// never copy its phrasings into the training data (tests/routing/held-out-answers.test.ts checks
// the file's SHA-256 and that no message appears in the training data). To measure a new
// version honestly, write a fresh set in a new file.
//
// Label changes after it was written (labelling fixes only, each one recorded here). On
// 28 Nov 2026, when the content issue (11) added new answer states, and before this set was
// ever run against the answer-level router, these messages gained a new state that answers
// them as well as the one first named:
//   "do they need a judge to put children in care": also legal-help.careProceedings
//   "what is a police merlin": also glossary.termMerlin
//   "what is the core group": also glossary.termCoreGroup
//   "the council sent me a letter before proceedings what happens now": also glossary.termLetterBeforeProceedings, legal-help.careProceedings
//   "do i have to pay for a solicitor if they start court": also legal-help.careProceedings
//   "do i have to do an fgc": also glossary.termFamilyGroupConference
//   "my partner wants to move back in while the kids are on a plan": also leaving-safely.changed
//   "we just had a bad row its not like hes a wife beater": also what-counts-as-abuse.toxic
//   "i dont think what happened counts as abuse": also what-counts-as-abuse.start
//   "do i need to do mediation first before court for my kids": also legal-help.mediation
//   "can social services tell my ex to keep my child": also do-i-have-to-agree.custody
//   "how do i make a safety plan for leaving": also leaving-safely.plan

export interface HeldOutAnswer {
  text: string;
  /** Answer states that count as right (`flow.state`), or `danger` for the triage. */
  expect: readonly string[];
}

export const heldOutAnswers: readonly HeldOutAnswer[] = [
  // Danger now (30): injuries, kept in, followed or found, threats that never say "kill",
  // weapons, suicide and threats to take the children, children hurt now.
  { text: 'i think my wrist is broken he twisted it right back', expect: ['danger'] },
  { text: 'theres blood coming from my head and i feel dizzy', expect: ['danger'] },
  { text: 'he put his hands round my throat last night and i still cant swallow properly', expect: ['danger'] },
  { text: 'my lip is split open and the baby is screaming', expect: ['danger'] },
  { text: 'he wont give me my phone back and the front door is deadlocked', expect: ['danger'] },
  { text: 'hes took the car keys and my purse so i cant go anywhere', expect: ['danger'] },
  { text: 'not allowed out the house since friday', expect: ['danger'] },
  { text: 'he found out which refuge were in', expect: ['danger'] },
  { text: 'my ex was waiting at the school gates this morning even though theres an order', expect: ['danger'] },
  { text: 'same car has been behind me all the way home', expect: ['danger'] },
  { text: 'he keeps turning up at my new flat and nobody was supposed to know the address', expect: ['danger'] },
  { text: 'he said he has nothing left to lose now', expect: ['danger'] },
  { text: 'he texted tonights the night you will see', expect: ['danger'] },
  { text: 'he said if i go to the conference ill regret it for the rest of my life', expect: ['danger'] },
  { text: 'he keeps saying hes gonna make me pay for this', expect: ['danger'] },
  { text: 'he says this time he wont stop', expect: ['danger'] },
  { text: 'hes got a bat by the front door and says its for me', expect: ['danger'] },
  { text: 'hes sharpening something in the kitchen and staring at me', expect: ['danger'] },
  { text: 'he keeps a machete under the bed', expect: ['danger'] },
  { text: 'he says if he cant have the kids nobody can', expect: ['danger'] },
  { text: 'he said hed drive us all off a bridge', expect: ['danger'] },
  { text: 'i dont want to be here anymore i cant do this', expect: ['danger'] },
  { text: 'ive got all my tablets out on the side', expect: ['danger'] },
  { text: 'he told me hell end it all and take the kids with him', expect: ['danger'] },
  { text: 'he just shook the baby to make her stop crying', expect: ['danger'] },
  { text: 'my 4 yr old has marks all up her back from him', expect: ['danger'] },
  { text: 'hes dragged my son upstairs by his hair', expect: ['danger'] },
  { text: 'cant speak hes in the kitchen', expect: ['danger'] },
  { text: 'hes back and hes smashing the place up', expect: ['danger'] },
  { text: 'pls someone send police to my house hes going crazy', expect: ['danger'] },

  // Scared to report (000 Q1).
  { text: 'if i phone 999 on him will social services get told', expect: ['scared-to-report.heldAgainst', 'scared-to-report.start'] },
  { text: 'will it count against me if i tell the police what hes been doing', expect: ['scared-to-report.heldAgainst'] },
  { text: 'im damned if i report him and damned if i dont', expect: ['scared-to-report.catch22'] },
  { text: 'they say i failed to protect but if i ring the police they say the risk is still there', expect: ['scared-to-report.catch22'] },
  { text: 'is there anyone i can get advice from before i go to the police', expect: ['scared-to-report.heldAgainst'] },
  { text: 'too scared to report him what if they blame me', expect: ['scared-to-report.heldAgainst', 'scared-to-report.start'] },

  // Removal threats, could they take my children (000 Q2, 001).
  { text: 'he says the social will take the kids if i tell anyone what he does', expect: ['removal.start', 'removal.manageThreat'] },
  { text: 'my husband keeps threatening that ill never see the children again if i go to the police', expect: ['removal.start', 'removal.manageThreat'] },
  { text: 'can social services just turn up and take my kids', expect: ['removal.couldThey'] },
  { text: 'does being on a plan mean they will take my baby off me', expect: ['removal.couldThey'] },
  { text: 'how do i cope with him always saying ill lose the kids', expect: ['removal.manageThreat'] },
  { text: 'do they need a judge to put children in care', expect: ['removal.couldThey', 'legal-help.careProceedings'] },

  // A social worker has contacted me (001, 004).
  { text: 'got a call from childrens services today what does it mean', expect: ['social-worker-contact.start', 'social-worker-contact.whatIsIt'] },
  { text: 'whats the difference between a section 17 and a section 47', expect: ['social-worker-contact.whatIsIt', 'process.enquiries'] },
  { text: 'the social worker wants to talk to my daughter on her own at school is that allowed', expect: ['social-worker-contact.expect'] },
  { text: 'social worker coming out next week what will they ask me', expect: ['social-worker-contact.expect'] },
  { text: 'how do i get on with the social worker so this goes ok', expect: ['social-worker-contact.workWith'] },
  { text: 'he reads all my texts how can the social worker contact me safely', expect: ['social-worker-contact.safeContact'] },
  { text: 'can me and the sw have a code word for when i cant talk', expect: ['social-worker-contact.safeContact'] },
  { text: 'police came out to ours and now a merlin has gone to social services', expect: ['social-worker-contact.merlin'] },
  { text: 'what is a police merlin', expect: ['social-worker-contact.merlin', 'glossary.termMerlin'] },

  // The child protection conference (001, 002, 003, 004).
  { text: 'what actually is a case conference', expect: ['conference.whatItIs'] },
  { text: 'when do i get the social workers report for the conference', expect: ['conference.report'] },
  { text: 'the conference report has loads of mistakes in it', expect: ['conference.report'] },
  { text: 'can my idva come to the icpc with me', expect: ['conference.bringSomeone'] },
  { text: 'can i bring my mum to the conference for support', expect: ['conference.bringSomeone'] },
  { text: 'my abuser is invited to the conference i cant sit in a room with him', expect: ['conference.safety'] },
  { text: 'who runs the conference meeting', expect: ['conference.chair'] },
  { text: 'will i get a chance to say my side at the conference', expect: ['conference.sharing'] },
  { text: 'how do they decide at the conference if the kids go on a plan', expect: ['conference.decision'] },
  { text: 'when is the next review conference after the first one', expect: ['conference.review', 'process.reviews'] },

  // What happens next, the process.
  { text: 'what are all the steps from start to end with childrens services', expect: ['process.concern'] },
  { text: 'how soon after the strategy meeting is the conference', expect: ['process.initialConference'] },
  { text: 'the council sent me a letter before proceedings what happens now', expect: ['process.preProceedings', 'leave-or-remove.consequences', 'glossary.termLetterBeforeProceedings', 'legal-help.careProceedings'] },
  { text: 'how long do care proceedings last', expect: ['process.preProceedings', 'leave-or-remove.consequences'] },
  { text: 'do i have to pay for a solicitor if they start court', expect: ['process.preProceedings', 'leave-or-remove.consequences', 'legal-help.careProceedings'] },

  // The child protection plan (001, 002).
  { text: 'what should be written in a cp plan', expect: ['plan.contents'] },
  { text: 'i work full time and cant make all the plan meetings', expect: ['plan.cantFollow'] },
  { text: 'how do i get my kids off the plan', expect: ['plan.stepDown', 'process.planEnds'] },
  { text: 'can we come down to child in need at the next review', expect: ['plan.stepDown', 'process.planEnds'] },
  { text: 'do i have to do an fgc', expect: ['plan.familyGroupConference', 'glossary.termFamilyGroupConference'] },
  { text: 'my partner wants to move back in while the kids are on a plan', expect: ['plan.partnerBack', 'leaving-safely.changed'] },
  { text: 'what is the core group', expect: ['conference.plan', 'process.planAndCoreGroup', 'glossary.termCoreGroup'] },

  // Delays (000 Q10).
  { text: 'the course they said id go on still hasnt started and its been 3 months', expect: ['delays.whatToDo', 'delays.start'] },
  { text: 'im doing everything theyve asked and they keep cancelling', expect: ['delays.whatToDo', 'delays.start'] },
  { text: 'how do i put in a formal complaint about childrens services', expect: ['delays.complain', 'social-worker-problems.complain'] },

  // Problems with the social worker (000 Q3–Q6, Q9).
  { text: 'the sw thinks im exaggerating about him and my son isnt safe', expect: ['social-worker-problems.notBelieved'] },
  { text: 'my social worker has no idea about domestic abuse', expect: ['social-worker-problems.notUnderstood'] },
  { text: 'they gave me a male social worker and i cant be in a room with a man', expect: ['social-worker-problems.maleWorker'] },
  { text: 'me and the social worker just clash she makes me feel like dirt', expect: ['social-worker-problems.dontGetAlong'] },
  { text: 'why does she keep going on about stuff from when i was 17', expect: ['social-worker-problems.myPast'] },
  { text: 'how do i complain about how the social worker treated me', expect: ['social-worker-problems.complain', 'delays.complain'] },

  // "It was a one-off" (000 Q7, 002).
  { text: 'he only pushed me the once and now its a whole thing with social services', expect: ['one-off.answer', 'danger'] },
  { text: 'we just had a bad row its not like hes a wife beater', expect: ['one-off.answer', 'what-counts-as-abuse.toxic'] },
  { text: 'i dont think what happened counts as abuse', expect: ['one-off.answer', 'what-counts-as-abuse.start'] },

  // "Leave him or lose the children" (000 Q8, 003).
  { text: 'ss have told me its him or the kids', expect: ['leave-or-remove.start', 'leave-or-remove.dontAgree'] },
  { text: 'i dont agree that he has to leave the house', expect: ['leave-or-remove.dontAgree'] },
  { text: 'what happens if i refuse to kick him out', expect: ['leave-or-remove.consequences'] },
  { text: 'am i allowed to meet up with my partner when the kids are at my mums', expect: ['leave-or-remove.seePartner'] },

  // Child taken by the other parent (004).
  { text: 'his dad picked him up from school and now wont bring him home', expect: ['child-taken.start', 'child-taken.solicitor'] },
  { text: 'how do i get my son back off his father', expect: ['child-taken.solicitor'] },
  { text: 'do i need to do mediation first before court for my kids', expect: ['child-taken.mediation', 'legal-help.mediation'] },
  { text: 'can social services tell my ex to keep my child', expect: ['child-taken.start', 'do-i-have-to-agree.custody'] },

  // False reports (000, 002, 003).
  { text: 'my ex rings social services every other week with lies about me', expect: ['malicious-reports.answer'] },
  { text: 'hes reported me to the school saying i starve the kids which is rubbish', expect: ['malicious-reports.answer'] },
  { text: 'another anonymous referral i know its him', expect: ['malicious-reports.answer'] },

  // Support (000, 003).
  { text: 'how do i find someone to speak up for me at meetings', expect: ['support.advocate'] },
  { text: 'im dyslexic and all these letters are doing my head in', expect: ['support.readWrite'] },
  { text: 'could my sister have the kids for a while', expect: ['support.kinship'] },
  { text: 'my 15 year old is really struggling after everything he saw', expect: ['support.olderChildren'] },
  { text: 'is there support for women in a same sex relationship', expect: ['support.lgbt'] },
  { text: 'who are family rights group', expect: ['support.familyRightsGroup'] },
  { text: 'can i foster or adopt later on', expect: ['support.fosterAdopt'] },
  { text: 'who can i ring to talk about how i feel about it all', expect: ['danger.scared', 'support.advocate'] },

  // Staying safe, not in danger this minute.
  { text: 'how do i make a safety plan for leaving', expect: ['danger.safetyPlan', 'leaving-safely.plan'] },
  { text: 'how does the 55 thing work on a silent call', expect: ['danger.silentSolution', 'danger'] },
  { text: 'im deaf how can i get the police in an emergency', expect: ['danger.bsl'] },
];
