// Every word the guide shows in English, keyed from the flows. Edit words here; the flows only
// name keys. Voice (docs/content.md): plain UK English, short sentences, one idea per message, never
// blame the parent, never promise an outcome. docs/content.md explains how to review and
// translate; the tests fail on a missing key, an unused key, or a line that breaks the voice.
export const en: Record<string, string> = {
  // Offered by the engine on every screen
  'choice.danger': "I'm in danger now",
  'choice.menu': 'Ask about something else',
  // Shown by the engine after a contact that is closed now, with the 24-hour line
  'contact.closed': 'That line is closed now. The National Domestic Abuse Helpline is free and open 24 hours.',
  'contact.unconfirmed':
    'We could not confirm when that line is open. The National Domestic Abuse Helpline is free and open 24 hours.',

  // Walkthrough buttons, shared by every walkthrough
  'choice.next': 'Next step',
  'choice.previous': 'Previous step',
  'choice.done': 'I’ve read all the steps',

  // Main menu
  'menu.main.welcome':
    'This guide explains what happens when children’s social care is involved and there is domestic abuse.',
  'menu.main.ask': 'What would you like help with?',
  'menu.choice.worried': 'I’m scared of what will happen',
  'menu.choice.involved': 'Children’s social care is involved',
  'menu.choice.problems': 'Something is going wrong',
  'menu.choice.support': 'Support for me',
  'menu.choice.about': 'About this guide',
  'menu.worried.ask': 'What is worrying you?',
  'menu.choice.scared-to-report': 'I’m scared to contact the police or a social worker',
  'menu.choice.removal': 'Could my children be taken from me?',
  'menu.choice.one-off': 'It was a one-off, it isn’t domestic abuse',
  'menu.choice.leave-or-remove': 'I’m told to leave my partner or the children will be removed',
  'menu.involved.ask': 'Where are you now?',
  'menu.choice.social-worker-contact': 'A social worker has contacted me',
  'menu.choice.process': 'What happens next, step by step',
  'menu.choice.conference': 'A child protection conference',
  'menu.choice.plan': 'A child protection plan',
  'menu.problems.ask': 'What is going wrong?',
  'menu.choice.social-worker-problems': 'Problems with the social worker',
  'menu.choice.delays': 'Professionals are not doing their part',
  'menu.choice.malicious-reports': 'My ex keeps making false reports',
  'menu.choice.child-taken': 'The other parent has taken my child',
  'menu.about.what':
    'This guide gives general information. It is not legal advice and it does not know your case.',
  'menu.about.england': 'It describes how things work in England. Wales has its own procedures.',
  'menu.about.exit':
    'Quick exit takes you to another website at once. It does not clear your browser history.',
  'menu.choice.topics': 'See the topics',

  // Topic 1: danger now
  'danger.now.call999': 'If you or your children are in danger now, call 999.',
  'danger.now.silent': 'If you cannot speak, call 999 and then press 55 when asked.',
  'danger.now.helpline':
    'If you are not in danger right now but you are scared, call the National Domestic Abuse Helpline. It is free and open 24 hours.',
  'danger.choice.cant-speak': 'I can’t speak on the phone',
  'danger.choice.deaf': 'I’m Deaf and use British Sign Language',
  'danger.choice.not-right-now': 'I’m not in danger right now, but I’m scared',

  'danger.silent.mobile':
    'On a mobile, call 999. If you cannot speak, cough or tap the phone. When asked, press 55. You will be put through to the police.',
  'danger.silent.location': 'Pressing 55 does not tell the police where you are.',
  'danger.silent.landline':
    'From a landline, stay on the line. A silent call is put through to the police. If you put the phone down, the line stays open for 45 seconds.',
  'danger.silent.trace':
    'A call shows in your phone’s call history and may show on the bill. Think about who can see them.',
  'danger.silent.next': 'When it is safe to talk, the 24-hour helpline can help you plan what to do.',

  'danger.bsl.what': '999 BSL lets you contact the police and other emergency services through a British Sign Language interpreter, at any time.',
  'danger.bsl.next': 'If you cannot use 999 BSL, emergencySMS lets you text 999. You must register for it first: search for emergencySMS online.',

  'danger.scared.helpline':
    'The National Domestic Abuse Helpline is free and open 24 hours. They will listen and help you think about what to do.',
  'danger.scared.ask': 'Would you like to think about staying safe?',
  'danger.choice.safety-plan': 'Help me think about staying safe',

  'danger.safetyPlan.risks':
    'Whether you stay in the relationship or leave, there are risks to think about. A safety plan helps you get ready.',
  'danger.safetyPlan.helpline':
    'The helpline can make a safety plan with you. Call when it is safe to talk.',

  // Topic 2: scared to contact the police or a social worker
  'scared-to-report.start.risk': 'If you or your children may be at immediate risk, call the police on 999.',
  'scared-to-report.start.safety': 'The most important thing is your safety and your children’s safety.',
  'scared-to-report.start.ask': 'What worries you most?',
  'scared-to-report.choice.held-against-me': 'That it will be held against me',
  'scared-to-report.choice.catch-22': 'I’m stuck whether I report or not',
  'scared-to-report.choice.partner-threat': 'My partner says the children will be taken',
  'scared-to-report.heldAgainst.common': 'Many parents fear that reporting abuse will be held against them.',
  'scared-to-report.heldAgainst.advice':
    'Before you report, you can get independent advice. A family rights charity or a domestic abuse service can help.',
  'scared-to-report.heldAgainst.rightsOfWomen':
    'Rights of Women gives legal advice to women. Search for Rights of Women online.',
  'scared-to-report.heldAgainst.next': 'Call the Family Rights Group advice line for free advice.',
  'scared-to-report.catch22.stuck':
    'You may feel stuck. Not reporting can be seen as risky. Reporting can be seen as proof the risk goes on.',
  'scared-to-report.catch22.matters': 'This is a real dilemma. Your safety and your children’s safety matter most.',
  'scared-to-report.catch22.advocate':
    'A specialist adviser can speak up for you to children’s services, so you are not blamed for doing the right thing.',
  'scared-to-report.catch22.next': 'Talk it through with the National Domestic Abuse Helpline. It is free and open 24 hours.',

  // Topic 3: "the children will be taken" / could my children be removed
  'removal.start.common': 'Abusers often threaten that the children will be taken if you report the abuse.',
  'removal.start.control':
    'This threat is a way to control you. Try not to let it stop you getting help.',
  'removal.start.ask': 'What would you like to know?',
  'removal.choice.could-they': 'Could my children be removed?',
  'removal.choice.manage-threat': 'How do I deal with the threats?',
  'removal.choice.letter': 'I’ve been told to leave or they will remove the children',
  'removal.couldThey.plan':
    'A child protection plan does not mean your children will be taken from you. It sets out how to keep them safe.',
  'removal.couldThey.court':
    'Only a court can order that children are taken into care. The council must apply to the court first.',
  'removal.couldThey.police':
    'In an emergency, the police can take a child somewhere safe for up to 72 hours.',
  'removal.couldThey.next':
    'If you are worried, call the Family Rights Group advice line. They can explain your rights.',
  'removal.manageThreat.danger': 'If you are in danger, call 999.',
  'removal.manageThreat.helpline':
    'A domestic abuse helpline can help you work out how to manage your situation safely.',
  'removal.manageThreat.next': 'Call the National Domestic Abuse Helpline. It is free and open 24 hours.',

  // Topic 4: a social worker has contacted me
  'social-worker-contact.start.why':
    'A social worker gets in touch when someone is worried about a child. They need to check the child is safe.',
  'social-worker-contact.start.notRemoval': 'This does not mean your children will be taken from you.',
  'social-worker-contact.start.ask': 'What would help?',
  'social-worker-contact.choice.what-is-it': 'What kind of enquiry is this?',
  'social-worker-contact.choice.expect': 'What will happen?',
  'social-worker-contact.choice.work-with': 'How do I work with the social worker?',
  'social-worker-contact.choice.safe-contact': 'Keeping contact with them safe',
  'social-worker-contact.choice.merlin': 'What is a Merlin report?',
  'social-worker-contact.choice.next-steps': 'What happens next, step by step',
  'social-worker-contact.whatIsIt.assessment':
    'It may be an assessment of what support your family needs. This is called a child in need assessment (section 17).',
  'social-worker-contact.whatIsIt.section47':
    'If they think a child may be suffering, or likely to suffer, significant harm, they must make enquiries. These are called section 47 enquiries.',
  'social-worker-contact.whatIsIt.conference': 'Section 47 enquiries may lead to a child protection conference.',
  'social-worker-contact.whatIsIt.next': 'Ask the social worker: is this an assessment or section 47 enquiries? What happens next?',
  'social-worker-contact.expect.see':
    'The social worker will want to talk to you. They may also see your child alone, at home or at school.',
  'social-worker-contact.expect.concerns':
    'Ask them to tell you clearly what they are worried about. You need to understand the concerns.',
  'social-worker-contact.expect.advocacy': 'Children’s services should tell you about local advocacy services.',
  'social-worker-contact.expect.next':
    'Keep a diary: the date of each call or visit, who it was, and what was said and agreed.',
  'social-worker-contact.workWith.understand':
    'If you do not understand something, or cannot do what is asked, say so as soon as you can.',
  'social-worker-contact.workWith.honest': 'Try to talk honestly about what has happened and what you need.',
  'social-worker-contact.workWith.specialist':
    'A domestic abuse worker can talk to the social worker for you. They can explain the abuse and its effects.',
  'social-worker-contact.workWith.next':
    'Ask for a referral to a domestic abuse service, or contact one yourself. The helpline can put you in touch.',
  'social-worker-contact.safeContact.tell':
    'If the abuser may see your phone or letters, tell the social worker. Agree a safe way and time to contact you.',
  'social-worker-contact.safeContact.word':
    'Some people agree a safety word with their social worker. It means “I can’t talk now”.',
  'social-worker-contact.safeContact.next': 'Ask the social worker to note what you agree, so others who call you know it too.',
  'social-worker-contact.merlin.what':
    'Police write a report when they are called to a home where a child lives. In some areas this is called a Merlin report.',
  'social-worker-contact.merlin.shared': 'Police share these reports with children’s social care.',
  'social-worker-contact.merlin.next': 'Ask the social worker what the report says, so you understand their concerns.',

  // The child protection process, step by step
  'process.concern.happens':
    'Someone is worried about a child and tells children’s social care. It may be the police, a school, a doctor or you.',
  'process.concern.england': 'These steps describe England. Wales has its own procedures.',
  'process.concern.do': 'Start a diary now. Note every call, visit and meeting, with the date.',
  'process.concern.ask': 'Ask: what exactly are you worried about?',
  'process.enquiries.assessment':
    'A social worker looks at what is happening. A child in need assessment (section 17) is about support for your family.',
  'process.enquiries.section47':
    'If they think a child may be suffering significant harm, they make section 47 enquiries.',
  'process.enquiries.do': 'Take part, and keep notes of what is said and agreed.',
  'process.enquiries.ask': 'Ask: is this an assessment or section 47 enquiries? What happens next?',
  'process.initialConference.happens':
    'If the worry remains, there is an initial child protection conference. It should be within 15 working days of the strategy discussion (the last one, if there were more).',
  'process.initialConference.do':
    'You should get the social worker’s report before it. You can bring an advocate, a friend or a solicitor.',
  'process.initialConference.ask': 'Ask: when is the conference, and when will I get the report?',
  'process.planAndCoreGroup.happens':
    'If the conference decides a plan is needed, a lead social worker is named. A core group of family and professionals writes the full plan.',
  'process.planAndCoreGroup.coreGroup':
    'The core group should first meet within 10 working days of the conference.',
  'process.planAndCoreGroup.do': 'Go to the meetings. Bring your diary so you can give dates that do not work for you.',
  'process.planAndCoreGroup.ask': 'Ask: what needs to change for the plan to end?',
  'process.reviews.happens':
    'The first review conference is within 3 months of the first conference. After that, reviews are at least every 6 months.',
  'process.reviews.do':
    'Ask the people who support you to come and speak at the review, not only send a report.',
  'process.reviews.ask': 'If the plan goes on, ask if it can be shorter: 3 or 4 months instead of 6.',
  'process.planEnds.happens':
    'At a review, the professionals vote. The plan can end, go on, or step down to a child in need plan.',
  'process.planEnds.childInNeed': 'A child in need plan needs your agreement.',
  'process.planEnds.do': 'Show what has changed. Ask the services that support you to send their reports in good time.',
  'process.planEnds.ask': 'Ask: could this step down to a child in need plan?',
  'process.preProceedings.letter':
    'If the council still thinks your child is at risk of significant harm, it may send a letter before proceedings. It invites you to a meeting.',
  'process.preProceedings.court': 'If it goes to court, care proceedings aim to finish within 26 weeks.',
  'process.preProceedings.do':
    'Take the letter to a family solicitor straight away. Legal advice for this is free for parents with parental responsibility, whatever their income.',
  'process.preProceedings.ask': 'Ask: what exactly must change, and by when?',
  'process.end.diary': 'Keep your diary with you at every meeting. You know your family better than anyone.',
  'process.end.next': 'To talk your situation through, call the Family Rights Group advice line.',

  // Topic 5: the child protection conference, step by step
  'conference.whatItIs.happens':
    'A child protection conference is a formal meeting between your family and children’s services. Professionals who know your child may come, like a teacher or doctor.',
  'conference.whatItIs.why':
    'It decides if your child is at risk of significant harm. If so, there will be a child protection plan.',
  'conference.whatItIs.child': 'If your child is old enough, they may come too. They can bring an advocate.',
  'conference.whatItIs.ask': 'Ask the social worker: who will be there, and what will happen?',
  'conference.report.happens':
    'The social worker writes a report. You should get a copy a few days before the conference.',
  'conference.report.explain': 'The social worker should go through it with you and explain what they recommend.',
  'conference.report.do':
    'Check it is accurate. Ask for mistakes to be corrected, and for the good things to be included.',
  'conference.report.ask': 'Ask: have you seen the reports from the services that support me?',
  'conference.bringSomeone.who':
    'You can bring an advocate, a friend or a solicitor. A solicitor can help you, but does not take full part.',
  'conference.bringSomeone.advocacy': 'Children’s services should tell you about local advocacy services.',
  'conference.bringSomeone.daWorker':
    'A domestic abuse worker can come to the conference and say what they know.',
  'conference.bringSomeone.do': 'Ask the people who support you to come and speak, not only send a report.',
  'conference.bringSomeone.ask': 'Ask: can my domestic abuse worker come?',
  'conference.safety.separate':
    'If the abusive partner will be at the conference, you can ask for a separate meeting, so you are not in the room together.',
  'conference.safety.do':
    'Tell the social worker or the chair early. Ask how information about where you live will be kept safe.',
  'conference.safety.ask': 'Ask: can we have separate meetings?',
  'conference.chair.happens': 'A chair runs the meeting. The chair should meet you before it starts.',
  'conference.chair.do': 'The chair should make sure you understand why the meeting is held and what will happen.',
  'conference.chair.ask': 'Ask the chair anything you do not understand, before or during the meeting.',
  'conference.sharing.happens':
    'Professionals share what they know about your family. You can give your views too.',
  'conference.sharing.do':
    'Be there if you can, so your voice is heard. You know your family better than anyone else.',
  'conference.sharing.ask': 'Ask the chair: when can I give my views? Write your points down before the meeting.',
  'conference.decision.vote': 'At the end, the professionals vote.',
  'conference.decision.test':
    'The test is: is your child suffering, or likely to suffer, significant harm? If so, there will be a child protection plan.',
  'conference.decision.do': 'The social worker’s report is a recommendation. The decision is made at the conference.',
  'conference.decision.ask': 'Ask the chair to explain the decision if it is not clear.',
  'conference.plan.happens':
    'If there is a plan, a lead social worker is named. A core group of family and professionals writes the full plan.',
  'conference.plan.coreGroup': 'The core group should first meet within 10 working days of the conference.',
  'conference.plan.do': 'Go to the core group meetings. Bring your diary with dates that do not work for you.',
  'conference.plan.ask': 'Ask: what must happen for the plan to end?',
  'conference.review.happens':
    'The first review conference is within 3 months of the first conference. After that, reviews are at least every 6 months.',
  'conference.review.shorter': 'If the plan goes on, you can ask for 3 or 4 months instead of 6.',
  'conference.review.complain':
    'If you disagree with a conference decision, ask the council for its conference complaints process.',
  'conference.review.ask': 'Ask: when is the review, and what do you need to see by then?',
  'conference.end.attend': 'Go to every meeting you can. It matters that your voice is heard.',
  'conference.end.next': 'If you want to talk it through, call the Family Rights Group advice line.',

  // Topic 6: the child protection plan
  'plan.start.what': 'A child protection plan sets out what must happen to keep your child safe and well.',
  'plan.start.notRemoval': 'It does not mean your children will be taken from you. It is important to follow it.',
  'plan.start.ask': 'What would you like to know?',
  'plan.choice.contents': 'What should the plan say?',
  'plan.choice.cant-follow': 'I can’t understand or follow it',
  'plan.choice.end-or-step-down': 'How does a plan end or step down?',
  'plan.choice.family-group-conference': 'Do I have to have a family group conference?',
  'plan.choice.partner-back': 'Can my partner move back home?',
  'plan.contents.must':
    'It should say what harm your child may suffer, what must be done, and who does what, by when.',
  'plan.contents.socialWorker':
    'It should say when the social worker will see your child, and what support you and your child will get.',
  'plan.contents.ifNotKept':
    'It should explain what happens if the plan is not kept to. This may include the council thinking about going to court.',
  'plan.contents.next': 'Ask for a copy of the plan. Make sure you understand every part.',
  'plan.cantFollow.tell':
    'If you cannot understand the plan, or cannot do what it asks, tell the social worker as soon as you can. They can change it.',
  'plan.cantFollow.meetings':
    'If work or health makes meetings hard, say so early. Give the dates that do not work for you.',
  'plan.cantFollow.visits': 'The social worker must see your child regularly. Try to be flexible about visits.',
  'plan.cantFollow.next': 'Keep a diary of meetings, and of what you agreed.',
  'plan.stepDown.review': 'Only a review conference can decide if the plan continues.',
  'plan.stepDown.test':
    'The professionals vote. The test is whether your child is still suffering, or likely to suffer, significant harm.',
  'plan.stepDown.childInNeed': 'The plan can end, or step down to a child in need plan. That needs your agreement.',
  'plan.stepDown.shorter': 'If the plan goes on, you can ask for 3 or 4 months instead of 6.',
  'plan.stepDown.next':
    'Ask the services that support you to send their reports in good time, and to come and speak at the review.',
  'plan.familyGroupConference.what':
    'A family group conference brings family and friends together to make a plan to support you.',
  'plan.familyGroupConference.consent':
    'It can only happen if a parent agrees. It may still be written into a plan.',
  'plan.familyGroupConference.next':
    'If you agree to one, ask when it will happen. If it is late, remind them.',
  'plan.partnerBack.plan':
    'If there is a plan, the social worker will want to know before a partner moves back. The plan may say what must happen first.',
  'plan.partnerBack.talk': 'Talk it through with a domestic abuse worker first. They can help you think about safety.',
  'plan.partnerBack.next': 'Call the National Domestic Abuse Helpline to talk it through. It is free and open 24 hours.',

  // Topic 7: professionals not doing their part, or delays
  'delays.start.frustrating':
    'It is very frustrating when delays happen that are not your fault. Try to stay calm and polite.',
  'delays.start.ask': 'What would help?',
  'delays.choice.what-to-do': 'What can I do about delays?',
  'delays.choice.complain': 'How do I complain?',
  'delays.whatToDo.notes': 'Keep notes of appointments and referrals, and what is still to happen.',
  'delays.whatToDo.when': 'Always ask when you can expect something by. Remind people of what they said they would do.',
  'delays.whatToDo.selfRefer': 'If a referral does not happen, ask if you can refer yourself.',
  'delays.whatToDo.next': 'If delays go on, talk to the social worker’s manager. If that does not help, you can complain.',
  'complaints.manager': 'First, you can talk to the social worker’s manager.',
  'complaints.stages':
    'A complaint to children’s services has 3 stages. Stage 1 should be answered within 10 working days, or up to 20. Stage 2 within 25, or up to 65. Stage 3 is a review panel.',
  'complaints.ombudsman': 'After that, you can go to the Local Government and Social Care Ombudsman.',
  'complaints.conference':
    'A decision of a child protection conference has its own complaints process. Ask the council for it.',
  'complaints.next': 'Write down dates and what happened, then ask the council how to complain.',

  // Topic 8: problems with the social worker
  'social-worker-problems.start.ask': 'What is happening?',
  'social-worker-problems.choice.not-believed': 'They don’t believe my child is in danger',
  'social-worker-problems.choice.not-understood': 'They don’t understand what I’m going through',
  'social-worker-problems.choice.male-worker': 'My social worker is a man and I’m not comfortable',
  'social-worker-problems.choice.dont-get-along': 'I don’t trust them, we don’t get along',
  'social-worker-problems.choice.my-past': 'They keep bringing up my past',
  'social-worker-problems.choice.complain': 'I want to complain',
  'social-worker-problems.notBelieved.danger': 'If you or your child are in immediate danger, call 999.',
  'social-worker-problems.notBelieved.upsetting':
    'It is very upsetting when professionals do not agree your child is at risk.',
  'social-worker-problems.notBelieved.record': 'Keep a record of each time there is abuse, with the date.',
  'social-worker-problems.notBelieved.explain':
    'Ask other professionals who work with you to help explain your worries to the social worker.',
  'social-worker-problems.notBelieved.next':
    'Contact a domestic abuse service to find out what support you can get. The helpline can help.',
  'social-worker-problems.notUnderstood.training':
    'Social workers should have some training in domestic abuse, but some have little experience of it.',
  'social-worker-problems.notUnderstood.manager':
    'You can politely ask their manager if a social worker with more experience is free.',
  'social-worker-problems.notUnderstood.reasons': 'The manager may say no. You can ask for the reasons.',
  'social-worker-problems.notUnderstood.next': 'If you are very unhappy, you can make a complaint.',
  'social-worker-problems.maleWorker.ask': 'You can ask the social worker’s manager for a change of social worker.',
  'social-worker-problems.maleWorker.reasons': 'Explain your reasons carefully.',
  'social-worker-problems.maleWorker.next':
    'If the manager says it is not possible, ask them to explain the reasons in writing.',
  'social-worker-problems.dontGetAlong.notAlone':
    'Some women feel blamed, disbelieved or judged by their social worker. You are not alone.',
  'social-worker-problems.dontGetAlong.talk': 'Try to tell the social worker how you feel. They may not realise.',
  'social-worker-problems.dontGetAlong.next':
    'If you have a domestic abuse worker, ask them to talk to the social worker for you.',
  'social-worker-problems.myPast.hard': 'It is hard to have a painful past brought up, especially when you have moved on.',
  'social-worker-problems.myPast.movedOn': 'Professionals should see when you have learned from the past and moved on.',
  'social-worker-problems.myPast.next':
    'Try to talk about your history honestly. Say what still matters, and what no longer does.',

  // Topic 9: "it was a one-off"
  'one-off.answer.hard': 'It is hard to be called a “victim” when you don’t see yourself as one.',
  'one-off.answer.atFirst': 'Many women who lived with domestic abuse did not see it that way at first.',
  'one-off.answer.referral':
    'If professionals think there has been abuse, it can help to agree to a referral to a domestic abuse service. You can talk freely there.',
  'one-off.answer.children':
    'Professionals will want to know your children will not see or hear abuse again.',
  'one-off.answer.next':
    'Ask for a referral, or call the National Domestic Abuse Helpline to talk it through.',

  // Topic 10: "leave your partner or we remove the children"
  'leave-or-remove.start.sometimes':
    'Sometimes, after an assessment, a social worker says your partner should leave and have no contact with the children.',
  'leave-or-remove.start.ask': 'What would help?',
  'leave-or-remove.choice.dont-agree': 'I don’t agree with this',
  'leave-or-remove.choice.consequences': 'What happens if I don’t do it?',
  'leave-or-remove.choice.see-partner': 'Can I still see my partner?',
  'leave-or-remove.dontAgree.talk': 'If you don’t agree, talk it through with a domestic abuse support worker.',
  'leave-or-remove.dontAgree.referral':
    'If you have not been referred to one, ask for a referral, or contact a service yourself.',
  'leave-or-remove.dontAgree.mind': 'After talking it through, some people see the children’s needs differently.',
  'leave-or-remove.dontAgree.next': 'Call the National Domestic Abuse Helpline to find a service near you.',
  'leave-or-remove.consequences.ask':
    'Ask the social worker to tell you clearly what would happen if you do not agree.',
  'leave-or-remove.consequences.letter':
    'If the council plans to go to court, it first sends a letter before proceedings. It invites you to a meeting.',
  'leave-or-remove.consequences.court': 'If it goes to court, care proceedings aim to finish within 26 weeks.',
  'leave-or-remove.consequences.next':
    'If you get a letter before proceedings, take it to a family solicitor straight away. Legal advice for it is free for parents with parental responsibility.',
  'leave-or-remove.seePartner.arrange':
    'The social worker’s worry is the children’s safety. You may be able to agree to see your partner away from the children.',
  'leave-or-remove.seePartner.legal': 'You cannot do this if bail conditions or an injunction forbid contact.',
  'leave-or-remove.seePartner.next': 'Talk to the social worker about what arrangement would be safe.',

  // Topic 11: my child was taken by the other parent
  'child-taken.start.noResponsibility':
    'Children’s services do not have parental responsibility for your child. They can advise the other parent, but cannot decide contact.',
  'child-taken.start.privateLaw':
    'Where your child lives, and who they see, is a private law matter between the parents.',
  'child-taken.start.ask': 'What would help?',
  'child-taken.choice.get-child-back': 'The other parent won’t return my child',
  'child-taken.choice.mediation': 'Do I have to go to mediation?',
  'child-taken.solicitor.now': 'If the other parent will not return your child, speak to a family solicitor straight away.',
  'child-taken.solicitor.order':
    'You can ask the court for a child arrangements order. It says who your child lives with and who they see.',
  'child-taken.solicitor.find': 'The Law Society’s “Find a solicitor” search lists solicitors near you.',
  'child-taken.solicitor.next':
    'Child Law Advice can also help: search for Child Law Advice online. Or call the Family Rights Group advice line.',
  'child-taken.mediation.usually': 'Mediation is usually needed before you go to court.',
  'child-taken.mediation.exceptions':
    'It is not needed where there is evidence of domestic abuse or child abuse, or where the case is urgent.',
  'child-taken.mediation.next': 'Search for Child Law Advice online. They can explain mediation and your options.',

  // Topic 12: my ex keeps making malicious reports
  'malicious-reports.answer.tactic':
    'Some abusers use services to keep controlling you, for example by making false reports.',
  'malicious-reports.answer.pattern':
    'Tell the social worker about the pattern. A domestic abuse worker can help explain it.',
  'malicious-reports.answer.risk':
    'If stopping contact could make the abuser more dangerous, say so. Ask for help to stay safe.',
  'malicious-reports.answer.records': 'Keep a record of every report and visit: the date, what was said, and what was found.',
  'malicious-reports.answer.next': 'Call the National Domestic Abuse Helpline to find specialist support.',

  // Topic 13: support for me
  'support.start.ask': 'What kind of support are you looking for?',
  'support.choice.advocate': 'Someone to support me and speak up for me',
  'support.choice.read-write': 'I can’t read or write well',
  'support.choice.family-minding': 'Can a family member mind my children?',
  'support.choice.older-children': 'Support for my older children',
  'support.choice.lgbt': 'Support for LGBT+ people',
  'support.choice.who-is-frg': 'Who is Family Rights Group?',
  'support.choice.foster-adopt': 'I want to foster or adopt',
  'support.advocate.what': 'An advocate supports you and can speak up for you with children’s services.',
  'support.advocate.local': 'Children’s services should tell you about local advocacy services.',
  'support.advocate.daService': 'A domestic abuse service can give you a specialist worker.',
  'support.advocate.next':
    'Ask the social worker for a referral, or call the National Domestic Abuse Helpline to find a service.',
  'support.readWrite.tell':
    'If reading or writing is hard, tell the social worker. Ask them to read letters and reports with you.',
  'support.readWrite.advocate': 'You can bring an advocate or a friend to meetings to help you.',
  'support.readWrite.next': 'The Family Rights Group advice line can explain things to you by phone.',
  'support.kinship.what':
    'A family member may be able to look after your children for a while. This is called kinship care.',
  'support.kinship.tell': 'Talk to the social worker about it, so it is part of the plan to keep the children safe.',
  'support.kinship.next': 'Family Rights Group advises families about kinship care. Call their advice line.',
  'support.olderChildren.harm':
    'Domestic abuse hurts children of every age. Older children are sometimes missed.',
  'support.olderChildren.ask': 'Ask the social worker what support there is for your older children too.',
  'support.olderChildren.next': 'Young people can talk to Childline for free. Search for Childline online.',
  'support.lgbt.galop': 'Galop runs a helpline for LGBT+ people experiencing domestic abuse.',
  'support.lgbt.next': 'The National Domestic Abuse Helpline is also there for you, 24 hours a day.',
  'support.familyRightsGroup.what':
    'Family Rights Group is a charity. It advises parents and families whose children are involved with children’s social care.',
  'support.familyRightsGroup.next': 'Call their advice line for free advice.',
  'support.fosterAdopt.scope':
    'This guide is about social care and domestic abuse. Your council can tell you about fostering and adoption.',
  'support.fosterAdopt.next': 'Search online for your council’s fostering and adoption team.',
};
