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
  'choice.glossary':
    'What does this word mean?',

  // Main menu
  'menu.main.welcome':
    'This guide explains what happens when children’s social care is involved and there is domestic abuse.',
  'menu.main.ask': 'What would you like help with?',
  'menu.choice.worried': 'I’m scared of what will happen',
  'menu.choice.involved': 'Children’s social care is involved',
  'menu.choice.problems': 'Something is going wrong',
  'menu.choice.rights':
    'My rights and the law',
  'menu.choice.support': 'Support for me',
  'menu.choice.about': 'About this guide',
  'menu.worried.ask': 'What is worrying you?',
  'menu.choice.scared-to-report': 'I’m scared to contact the police or a social worker',
  'menu.choice.removal': 'Could my children be taken from me?',
  'menu.choice.one-off': 'It was a one-off, it isn’t domestic abuse',
  'menu.choice.leave-or-remove': 'I’m told to leave my partner or the children will be removed',
  'menu.choice.leaving-safely':
    'Staying or leaving safely',
  'menu.choice.what-counts-as-abuse':
    'What counts as abuse?',
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
  'menu.rights.ask':
    'What would you like to know?',
  'menu.choice.do-i-have-to-agree':
    'Do I have to agree to what social care ask?',
  'menu.choice.who-sees-what':
    'Who sees what I say?',
  'menu.choice.legal-help':
    'Getting legal help',
  'menu.about.what':
    'This guide gives general information. It is not legal advice and it does not know your case.',
  'menu.about.england':
    'It describes how things work in England. Wales has its own procedures.',
  'menu.about.wales':
    'In Wales, the Live Fear Free helpline gives free advice about domestic abuse. Search for Live Fear Free online.',
  'menu.about.exit':
    'Quick exit takes you to another website at once. It does not clear your browser history.',
  'menu.choice.topics': 'See the topics',
  'menu.choice.safer-online':
    'How to stay safer online',
  'menu.saferOnline.private':
    'A private or incognito window does not keep pages in your history. Close it when you finish.',
  'menu.saferOnline.accounts':
    'If you share a device or an account, such as email or a browser sign-in, others may see what you looked at.',
  'menu.saferOnline.location':
    'Check whether your phone shares your location with anyone, for example in a maps or family app.',
  'menu.saferOnline.readAloud':
    'Read aloud speaks the guide out loud. Use headphones so nobody nearby hears it.',

  // Topic 1: danger now
  'danger.now.call999': 'If you or your children are in danger now, call 999.',
  'danger.now.silent':
    'If you cannot speak, call 999 from a mobile, then press 55 when asked.',
  'danger.now.helpline':
    'If you are not in danger right now but you are scared, call the National Domestic Abuse Helpline. It is free and open 24 hours.',
  'danger.choice.cant-speak': 'I can’t speak on the phone',
  'danger.choice.deaf': 'I’m Deaf and use British Sign Language',
  'danger.choice.not-right-now': 'I’m not in danger right now, but I’m scared',

  'danger.silent.mobile':
    'On a mobile, call 999. If you cannot speak, cough, whisper or tap the phone. When asked, press 55 to be put through to the police.',
  'danger.silent.noSound':
    'If you make no sound and do not press 55, the call ends. So try to whisper, cough or make a noise.',
  'danger.silent.location': 'Pressing 55 does not tell the police where you are.',
  'danger.silent.landline':
    'From a landline, a silent call is put through to the police if the operator hears something, like a cough or noise. A landline call gives the police your address.',
  'danger.silent.landlineOpen':
    'If you put the landline phone down, the line may stay open for 45 seconds.',
  'danger.silent.trace':
    'Never let this stop you calling 999. A call shows in your phone’s call history and may show on the bill.',
  'danger.silent.next': 'When it is safe to talk, the 24-hour helpline can help you plan what to do.',

  'danger.bsl.what': '999 BSL lets you contact the police and other emergency services through a British Sign Language interpreter, at any time.',
  'danger.bsl.next': 'If you cannot use 999 BSL, emergencySMS lets you text 999. You must register for it first: search for emergencySMS online.',

  'danger.scared.helpline':
    'The National Domestic Abuse Helpline is free and open 24 hours. They will listen and help you think about what to do.',
  'danger.scared.safeCall':
    'If someone checks your phone, you could call from a friend’s phone, or one they do not use.',
  'danger.scared.callLog':
    'Tapping a call button here makes an ordinary call: it shows in your phone’s call log.',
  'danger.scared.ask': 'Would you like to think about staying safe?',
  'danger.choice.safety-plan': 'Help me think about staying safe',
  'danger.choice.leaving-safely':
    'I’m thinking about leaving',

  'danger.safetyPlan.risks':
    'Whether you stay in the relationship or leave, there are risks to think about. A safety plan helps you get ready.',
  'danger.safetyPlan.steps':
    'Keep your phone charged. Keep important documents together. Agree a code word with someone you trust, so they know to call the police.',
  'danger.safetyPlan.children':
    'Teach your children how to call 999 and what to say.',
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
    'You can get independent advice at any time, before or after you report. In an emergency, call 999 first.',
  'scared-to-report.heldAgainst.rightsOfWomen':
    'Rights of Women gives legal advice to women. Search for Rights of Women online.',
  'scared-to-report.heldAgainst.next': 'Call the Family Rights Group advice line for free advice.',
  'scared-to-report.catch22.stuck':
    'You may feel stuck. Not reporting can be seen as risky. Reporting can be seen as proof the risk goes on.',
  'scared-to-report.catch22.matters': 'This is a real dilemma. Your safety and your children’s safety matter most.',
  'scared-to-report.catch22.advocate':
    'A specialist adviser can speak up for you to children’s services, to help make sure you are not blamed for doing the right thing.',
  'scared-to-report.catch22.next': 'Talk it through with the National Domestic Abuse Helpline. It is free and open 24 hours.',

  // Topic 3: "the children will be taken" / could my children be removed
  'removal.start.common': 'Abusers often threaten that the children will be taken if you report the abuse.',
  'removal.start.control':
    'This threat is a way to control you. Try not to let it stop you getting help.',
  'removal.start.ask': 'What would you like to know?',
  'removal.choice.could-they': 'Could my children be removed?',
  'removal.choice.hopeless':
    'Is my case hopeless?',
  'removal.choice.manage-threat': 'How do I deal with the threats?',
  'removal.choice.letter': 'I’ve been told to leave or they will remove the children',
  'removal.couldThey.plan':
    'A child protection plan does not mean your children will be taken from you. It sets out how to keep them safe.',
  'removal.couldThey.court':
    'Only a court can order that children are taken into care. The council must apply to the court for a care order first.',
  'removal.couldThey.agree':
    'Children can also be moved if a parent agrees (section 20), or by a “safety plan” that places them elsewhere. You do not have to agree: get legal advice first.',
  'removal.couldThey.police':
    'In an emergency, the police can take a child somewhere safe for up to 72 hours.',
  'removal.couldThey.next':
    'If you are worried, call the Family Rights Group advice line. They can explain your rights.',
  'removal.manageThreat.danger': 'If you are in danger, call 999.',
  'removal.manageThreat.helpline':
    'A domestic abuse helpline can help you work out how to manage your situation safely.',
  'removal.manageThreat.next': 'Call the National Domestic Abuse Helpline. It is free and open 24 hours.',
  'removal.hopeless.purpose':
    'A conference is there to make a plan that keeps your child safe. It is not a decision to take your child.',
  'removal.hopeless.positive':
    'Good things count too, such as your child being happy and settled. Make sure the social worker writes them down.',
  'removal.hopeless.understand':
    'Make sure you understand exactly what social care are worried about. Ask them to explain it in plain words.',
  'removal.hopeless.next':
    'Call the Family Rights Group advice line to talk through your case.',

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
    'It may be an assessment of what support your family needs. This is called a child in need assessment (section 17). A child in need is a child who needs extra help.',
  'social-worker-contact.whatIsIt.section47':
    'If they think a child may be suffering, or likely to suffer, significant harm, they must make section 47 enquiries. Significant harm means serious harm to health or development.',
  'social-worker-contact.whatIsIt.conference': 'Section 47 enquiries may lead to a child protection conference.',
  'social-worker-contact.whatIsIt.next': 'Ask the social worker: is this an assessment or section 47 enquiries? What happens next?',
  'social-worker-contact.expect.see':
    'The social worker will want to talk to you. They may also see your child alone, at home or at school.',
  'social-worker-contact.expect.concerns':
    'Ask them to tell you clearly what they are worried about. You need to understand the concerns.',
  'social-worker-contact.expect.advocacy': 'Children’s services should tell you about local advocacy services.',
  'social-worker-contact.expect.next':
    'Keep a diary: the date of each call or visit, who it was, and what was agreed. Keep it where the abuser cannot find it.',
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
    'Some people agree a safety word with their social worker. Agree together what it means, for example “I can’t talk now”.',
  'social-worker-contact.safeContact.next': 'Ask the social worker to note what you agree, so others who call you know it too.',
  'social-worker-contact.merlin.what':
    'Merlin is a police system. Police make a Merlin report when they are worried about a child, for example after a domestic abuse call-out.',
  'social-worker-contact.merlin.shared':
    'Police may share these reports with children’s social care, so a social worker may contact you after one.',
  'social-worker-contact.merlin.next': 'Ask the social worker what the report says, so you understand their concerns.',

  // The child protection process, step by step
  'process.concern.happens':
    'Someone is worried about a child and tells children’s social care. It may be the police, a school, a doctor or you.',
  'process.concern.england': 'These steps describe England. Wales has its own procedures.',
  'process.concern.do':
    'Start a diary now. Note every call, visit and meeting, with the date. Keep it where the abuser cannot find it.',
  'process.concern.ask': 'Ask: what exactly are you worried about?',
  'process.strategy.happens':
    'They hold one if a child may be at risk of significant harm, meaning serious harm to health or development.',
  'process.strategy.who':
    'A strategy discussion is a meeting or call between social care, police and health.',
  'process.strategy.decides':
    'They share what they know and decide whether to start section 47 enquiries: checks on the child’s safety. Parents are not usually part of it.',
  'process.strategy.do':
    'You should be told what was decided, unless telling you could put a child at risk.',
  'process.strategy.ask':
    'Ask: was there a strategy discussion, and what was decided?',
  'process.enquiries.assessment':
    'A social worker looks at what is happening. A child in need assessment (section 17) is about support for your family, and you agree to it.',
  'process.enquiries.section47':
    'If they think a child may be suffering, or likely to suffer, significant harm, they make section 47 enquiries.',
  'process.enquiries.do':
    'Take part if you can, and keep notes of what is said and agreed, somewhere safe.',
  'process.enquiries.ask': 'Ask: is this an assessment or section 47 enquiries? What happens next?',
  'process.initialConference.happens':
    'If the worry remains, there should be an initial child protection conference. It should be within 15 working days of the strategy discussion (the last one, if there were more).',
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
    'The first review conference should be within 3 months of the first conference. After that, reviews should be no more than 6 months apart.',
  'process.reviews.do':
    'Ask the people who support you to come and speak at the review, not only send a report.',
  'process.reviews.ask':
    'A plan lasts until a review ends it. If it goes on, ask for the next review sooner: in 3 or 4 months, not 6.',
  'process.planEnds.happens':
    'At a review, the professionals usually vote. You do not vote, but your views must be heard. The plan can end, go on, or step down.',
  'process.planEnds.childInNeed':
    'A child in need plan is support the family agrees to. It needs your agreement.',
  'process.planEnds.do': 'Show what has changed. Ask the services that support you to send their reports in good time.',
  'process.planEnds.ask': 'Ask: could this step down to a child in need plan?',
  'process.preProceedings.letter':
    'If the council still thinks your child is at risk of significant harm, it may send a letter before proceedings. It invites you to a meeting.',
  'process.preProceedings.court':
    'If it goes to court, this is called care proceedings: a court decides whether your child should be in care. They aim to finish within 26 weeks.',
  'process.preProceedings.do':
    'Take the letter to a family solicitor straight away.',
  'process.preProceedings.free':
    'Legal advice for it is free, whatever your income, for a parent with parental responsibility: the legal right to make decisions for a child.',
  'process.preProceedings.ask': 'Ask: what exactly must change, and by when?',
  'process.end.diary': 'Keep your diary with you at every meeting. You know your family better than anyone.',
  'process.end.next': 'To talk your situation through, call the Family Rights Group advice line.',

  // Topic 5: the child protection conference, step by step
  'conference.whatItIs.happens':
    'A child protection conference is a formal meeting between your family and children’s services. Professionals who know your child may come, like a teacher or doctor.',
  'conference.whatItIs.why':
    'It looks at whether your child is at risk of significant harm that is still going on. If so, a child protection plan is usually made.',
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
    'If you fear the abuser, you can ask for separate meetings so you are not in the room together. Local procedures usually allow this.',
  'conference.safety.do':
    'Tell the social worker or the chair early. Ask for your address to be left out of reports the abuser may see.',
  'conference.safety.ask': 'Ask: can we have separate meetings?',
  'conference.chair.happens': 'A chair runs the meeting. The chair should meet you before it starts.',
  'conference.chair.do': 'The chair should make sure you understand why the meeting is held and what will happen.',
  'conference.chair.ask': 'Ask the chair anything you do not understand, before or during the meeting.',
  'conference.sharing.happens':
    'Professionals share what they know about your family. You can give your views too.',
  'conference.sharing.do':
    'Be there if you can, so your voice is heard. You know your family better than anyone else.',
  'conference.sharing.ask': 'Ask the chair: when can I give my views? Write your points down before the meeting.',
  'conference.decision.vote':
    'At the end, the professionals usually vote. You do not vote, but your views must be heard.',
  'conference.decision.test':
    'The test is whether your child is suffering, or likely to suffer, significant harm, and the risk is still going on. If so, a plan is usually made.',
  'conference.decision.do': 'The social worker’s report is a recommendation. The decision is made at the conference.',
  'conference.decision.ask': 'Ask the chair to explain the decision if it is not clear.',
  'conference.plan.happens':
    'If there is a plan, a lead social worker is named. A core group of family and professionals writes the full plan.',
  'conference.plan.coreGroup': 'The core group should first meet within 10 working days of the conference.',
  'conference.plan.do': 'Go to the core group meetings. Bring your diary with dates that do not work for you.',
  'conference.plan.ask': 'Ask: what must happen for the plan to end?',
  'conference.review.happens':
    'The first review conference should be within 3 months of the first conference. After that, reviews should be no more than 6 months apart.',
  'conference.review.shorter':
    'A plan lasts until a review ends it. If it goes on, you can ask for the next review sooner: in 3 or 4 months, not 6.',
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
    'If you cannot understand the plan, or cannot do what it asks, tell the social worker as soon as you can. They may be able to change it.',
  'plan.cantFollow.meetings':
    'If work or health makes meetings hard, say so early. Give the dates that do not work for you.',
  'plan.cantFollow.visits': 'The social worker must see your child regularly. Try to be flexible about visits.',
  'plan.cantFollow.next':
    'Keep a diary of meetings, and of what you agreed. Keep it where the abuser cannot find it.',
  'plan.stepDown.review':
    'Only a review conference can decide if the plan continues. You do not vote there, but your views must be heard.',
  'plan.stepDown.test':
    'The professionals usually vote. The test: is your child suffering, or likely to suffer, significant harm (serious harm), and is the risk ongoing?',
  'plan.stepDown.childInNeed':
    'The plan can end, or step down to a child in need plan: support the family agrees to. That needs your agreement.',
  'plan.stepDown.shorter':
    'A plan lasts until a review ends it. If it goes on, you can ask for the next review sooner: in 3 or 4 months, not 6.',
  'plan.stepDown.next':
    'Ask the services that support you to send their reports in good time, and to come and speak at the review.',
  'plan.familyGroupConference.what':
    'A family group conference brings family and friends together to make a plan to support you.',
  'plan.familyGroupConference.consent':
    'It can only happen if a parent agrees. It may still be written into a plan.',
  'plan.familyGroupConference.abuser':
    'You can ask that the abuser is not invited to the family group conference.',
  'plan.familyGroupConference.next':
    'If you agree to one, ask when it will happen. If it is late, remind them.',
  'plan.partnerBack.plan':
    'If there is a plan, the social worker will want to know before a partner moves back. The plan may say what must happen first.',
  'plan.partnerBack.slipping':
    'If the date for their return keeps moving, ask for what must happen first to be written into the plan, with dates.',
  'plan.partnerBack.talk': 'Talk it through with a domestic abuse worker first. They can help you think about safety.',
  'plan.partnerBack.next': 'Call the National Domestic Abuse Helpline to talk it through. It is free and open 24 hours.',

  // Topic 7: professionals not doing their part, or delays
  'delays.start.frustrating':
    'It is very frustrating when delays happen that are not your fault. There are things you can do.',
  'delays.start.ask': 'What would help?',
  'delays.choice.what-to-do': 'What can I do about delays?',
  'delays.choice.complain': 'How do I complain?',
  'delays.whatToDo.notes': 'Keep notes of appointments and referrals, and what is still to happen. Keep them where the abuser cannot find them.',
  'delays.whatToDo.when': 'Always ask when you can expect something by. Remind people of what they said they would do.',
  'delays.whatToDo.selfRefer': 'If a referral does not happen, ask if you can refer yourself.',
  'delays.whatToDo.next': 'If delays go on, talk to the social worker’s manager. If that does not help, you can complain.',
  'complaints.manager': 'First, you can talk to the social worker’s manager.',
  'complaints.stages':
    'A complaint to children’s services has 3 stages. Stage 1 should be answered within 10 working days, or 20 at most.',
  'complaints.stage2':
    'Stage 2 is an investigation, within 25 working days, or 65 at most. Stage 3 is a review panel.',
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
  'social-worker-problems.choice.others-agree':
    'Other professionals side with the social worker',
  'social-worker-problems.choice.my-past': 'They keep bringing up my past',
  'social-worker-problems.choice.partner-past':
    'They keep raising my partner’s past',
  'social-worker-problems.choice.complain': 'I want to complain',
  'social-worker-problems.notBelieved.danger': 'If you or your child are in immediate danger, call 999.',
  'social-worker-problems.notBelieved.upsetting':
    'It is very upsetting when professionals do not agree your child is at risk.',
  'social-worker-problems.notBelieved.record':
    'Keep a record of each time there is abuse, with the date. Keep it where the abuser cannot find it.',
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
    'Some parents feel blamed, disbelieved or judged by their social worker. You are not alone.',
  'social-worker-problems.dontGetAlong.talk': 'Try to tell the social worker how you feel. They may not realise.',
  'social-worker-problems.dontGetAlong.next':
    'If you have a domestic abuse worker, ask them to talk to the social worker for you.',
  'social-worker-problems.myPast.hard': 'It is hard to have a painful past brought up, especially when you have moved on.',
  'social-worker-problems.myPast.movedOn': 'Professionals should see when you have learned from the past and moved on.',
  'social-worker-problems.myPast.next':
    'Try to talk about your history honestly. Say what still matters, and what no longer does.',
  'social-worker-problems.othersAgree.role':
    'Other professionals, like a health visitor, play an important part in child protection. Their view carries weight.',
  'social-worker-problems.othersAgree.ask':
    'You can ask them directly why they think the plan should go on.',
  'social-worker-problems.othersAgree.support':
    'Ask the services that support you to come to the meeting and give their view, not only send a report.',
  'social-worker-problems.othersAgree.next':
    'Check the social worker’s report includes the good things about your family. Ask for mistakes to be corrected.',
  'social-worker-problems.partnerPast.concern':
    'Social care may be worried because of a crime a partner committed in the past, even long ago.',
  'social-worker-problems.partnerPast.context':
    'You and your partner can explain what happened, and what has changed since. Ask that this is written down.',
  'social-worker-problems.partnerPast.report':
    'The concerns should be set out in the social worker’s report for the conference. You can answer them there.',
  'social-worker-problems.partnerPast.next':
    'Call the Family Rights Group advice line to talk through how to respond.',

  // Topic 9: "it was a one-off"
  'one-off.answer.hard': 'It is hard to be called a “victim” when you don’t see yourself as one.',
  'one-off.answer.atFirst':
    'Many people who lived with domestic abuse did not see it that way at first.',
  'one-off.answer.referral':
    'If professionals think there has been abuse, it can help to agree to a referral to a domestic abuse service. You can talk freely there.',
  'one-off.answer.children':
    'Professionals will want to know the children are safe from abuse. Stopping the abuse is the abuser’s responsibility, not yours.',
  'one-off.answer.next':
    'Ask for a referral, or call the National Domestic Abuse Helpline to talk it through.',

  // Topic 10: "leave your partner or we remove the children"
  'leave-or-remove.start.sometimes':
    'Sometimes, after an assessment, a social worker says your partner should leave and have no contact with the children.',
  'leave-or-remove.start.ask': 'What would help?',
  'leave-or-remove.choice.dont-agree': 'I don’t agree with this',
  'leave-or-remove.choice.consequences': 'What happens if I don’t do it?',
  'leave-or-remove.choice.see-partner': 'Can I still see my partner?',
  'leave-or-remove.choice.not-safe':
    'Leaving isn’t safe for me',
  'leave-or-remove.dontAgree.talk': 'If you don’t agree, talk it through with a domestic abuse support worker.',
  'leave-or-remove.dontAgree.referral':
    'If you have not been referred to one, ask for a referral, or contact a service yourself.',
  'leave-or-remove.dontAgree.mind':
    'Talking it through can help you weigh up the risks. It can also help you explain your view to the social worker.',
  'leave-or-remove.dontAgree.next': 'Call the National Domestic Abuse Helpline to find a service near you.',
  'leave-or-remove.consequences.ask':
    'Ask the social worker to tell you clearly what would happen if you do not agree.',
  'leave-or-remove.consequences.letter':
    'If the council plans to go to court, it usually sends a letter before proceedings first, unless it is urgent. It invites you to a meeting.',
  'leave-or-remove.consequences.court':
    'If it goes to court, this is called care proceedings. They aim to finish within 26 weeks.',
  'leave-or-remove.consequences.next':
    'If you get a letter before proceedings, take it to a family solicitor straight away. Advice is free if you have parental responsibility: the legal right to decide for your child.',
  'leave-or-remove.seePartner.arrange':
    'The social worker’s worry is the children’s safety. You may be able to agree to see your partner away from the children.',
  'leave-or-remove.seePartner.legal':
    'You cannot do this if bail conditions or an injunction forbid contact. An injunction is a court order.',
  'leave-or-remove.seePartner.next': 'Talk to the social worker about what arrangement would be safe.',

  // Topic 11: my child was taken by the other parent
  'child-taken.start.danger':
    'If you think your child is in danger now, call 999.',
  'child-taken.start.noResponsibility':
    'Children’s services do not have parental responsibility for your child: the legal right to make decisions for them. They can advise the other parent, but cannot decide contact.',
  'child-taken.start.advice':
    'Going against social care’s advice may lead them to go to court. Get legal advice first.',
  'child-taken.start.privateLaw':
    'Where your child lives, and who they see, is a private law matter: for the parents to agree, or a court to decide.',
  'child-taken.start.ask': 'What would help?',
  'child-taken.choice.pushed-contact':
    'Social care want my child to see the abusive parent',
  'child-taken.choice.get-child-back': 'The other parent won’t return my child',
  'child-taken.choice.mediation': 'Do I have to go to mediation?',
  'child-taken.solicitor.now': 'If the other parent will not return your child, speak to a family solicitor straight away.',
  'child-taken.solicitor.order':
    'You can ask the court for a child arrangements order. It says who your child lives with and who they see.',
  'child-taken.solicitor.find': 'The Law Society’s “Find a solicitor” search lists solicitors near you.',
  'child-taken.solicitor.next':
    'Child Law Advice can also help: search for Child Law Advice online. Or call the Family Rights Group advice line.',
  'child-taken.mediation.usually':
    'Before going to court, you usually have to go to a meeting about mediation, called a MIAM.',
  'child-taken.mediation.exceptions':
    'You do not have to go where there is evidence of domestic abuse or child abuse, or where the case is urgent. Nobody should have to mediate with their abuser.',
  'child-taken.mediation.next': 'Search for Child Law Advice online. They can explain mediation and your options.',
  'child-taken.pushedContact.happens':
    'Some social workers push for a child to keep seeing an abusive parent, because that parent seems calm or low risk.',
  'child-taken.pushedContact.tell':
    'Tell the social worker what you think is best for your child, and the risks you see, including threats and control.',
  'child-taken.pushedContact.risk':
    'If stopping contact could make the abuser more dangerous, say so. Make a safety plan first.',
  'child-taken.pushedContact.court':
    'If contact is not safe, a family court can decide it, and can order no contact. Get legal advice first.',
  'child-taken.pushedContact.next':
    'Talk it through with the National Domestic Abuse Helpline. It is free and open 24 hours.',

  // Topic 12: my ex keeps making malicious reports
  'malicious-reports.answer.tactic':
    'Some abusers use services to keep controlling you, for example by making false reports.',
  'malicious-reports.answer.pattern':
    'Tell the social worker about the pattern. A domestic abuse worker can help explain it.',
  'malicious-reports.answer.risk':
    'If stopping contact could make the abuser more dangerous, say so. Ask for help to stay safe.',
  'malicious-reports.answer.records':
    'Keep a record of every report and visit: the date, what was said, and what was found. Keep it where the abuser cannot find it.',
  'malicious-reports.answer.next': 'Call the National Domestic Abuse Helpline to find specialist support.',

  // Topic 13: support for me
  'support.start.ask': 'What kind of support are you looking for?',
  'support.choice.advocate': 'Someone to support me and speak up for me',
  'support.choice.marac':
    'What are Marac and an Idva?',
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
  'support.marac.what':
    'Marac stands for Multi-Agency Risk Assessment Conference.',
  'support.marac.meeting':
    'At a Marac, police, social care, health and others meet to plan safety for people at high risk of serious harm from abuse. You are not usually at the meeting.',
  'support.marac.idva':
    'An Idva is an independent domestic violence adviser. They support people at high risk, and can speak up for you at the Marac.',
  'support.marac.next':
    'To ask about an Idva near you, call the National Domestic Abuse Helpline.',
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

  // Do I have to agree?
  'do-i-have-to-agree.start.some':
    'Some things social care ask are your choice. Saying no to others can lead them to ask a court to decide.',
  'do-i-have-to-agree.start.ask':
    'What are you being asked to agree to?',
  'do-i-have-to-agree.choice.help':
    'Help or support for my family',
  'do-i-have-to-agree.choice.enquiries':
    'Visits and questions about my child’s safety',
  'do-i-have-to-agree.choice.accommodation':
    'My child staying somewhere else for a while',
  'do-i-have-to-agree.choice.safety-agreement':
    'Signing a safety agreement',
  'do-i-have-to-agree.choice.stay-away':
    'I was told to stay away from home',
  'do-i-have-to-agree.choice.custody':
    'Letting the other parent have my child',
  'do-i-have-to-agree.childInNeed.voluntary':
    'Help for a “child in need” (section 17) is support for your family. It is voluntary: you can say yes or no.',
  'do-i-have-to-agree.childInNeed.consent':
    'A child in need plan needs your agreement. You can say what help would really make a difference.',
  'do-i-have-to-agree.childInNeed.next':
    'Ask what help is on offer, and ask for it in writing.',
  'do-i-have-to-agree.enquiries.what':
    'Section 47 enquiries happen when social care think a child may be suffering, or likely to suffer, significant harm: serious harm to health or development.',
  'do-i-have-to-agree.enquiries.refuse':
    'You can say no to visits or questions. But if social care still think your child is at risk, they can ask a court for an order.',
  'do-i-have-to-agree.enquiries.next':
    'Get advice before you refuse. Call the Family Rights Group advice line.',
  'do-i-have-to-agree.accommodation.what':
    'Social care may ask you to agree to your child living somewhere else for a while. This is called section 20 accommodation.',
  'do-i-have-to-agree.accommodation.consent':
    'It needs the agreement of a parent with parental responsibility: the legal right to make decisions for a child. You do not have to agree.',
  'do-i-have-to-agree.accommodation.withdraw':
    'You can withdraw your agreement and ask for your child back at any time. Ask for this to be written down.',
  'do-i-have-to-agree.accommodation.next':
    'Get legal advice before you sign anything. Call the Family Rights Group advice line, or search for Child Law Advice online.',
  'do-i-have-to-agree.safetyAgreement.what':
    'A safety agreement, or safety plan, is a written list of what you agree to do to keep your child safe.',
  'do-i-have-to-agree.safetyAgreement.notOrder':
    'It is not a court order. You can ask for changes before you sign, and for time to get advice.',
  'do-i-have-to-agree.safetyAgreement.elsewhere':
    'Some safety plans place children with family away from home. You do not have to agree to that: get legal advice first.',
  'do-i-have-to-agree.safetyAgreement.next':
    'Before you sign, call the Family Rights Group advice line for free advice.',
  'do-i-have-to-agree.stayAway.happens':
    'Some parents are asked to stay in a hotel or elsewhere, and not to go home, while social care look into worries.',
  'do-i-have-to-agree.stayAway.law':
    'Social care cannot make you stay away from home on their own. Only a court, for example through an injunction (a court order), or bail conditions can.',
  'do-i-have-to-agree.stayAway.advice':
    'If you go home against their advice, they may see your child as more at risk and take other steps.',
  'do-i-have-to-agree.stayAway.next':
    'Get legal advice straight away. Ask the social worker to write down what they are asking, and why.',
  'do-i-have-to-agree.custody.happens':
    'A social worker may say there will be a conference unless you let the other parent have your child.',
  'do-i-have-to-agree.custody.noResponsibility':
    'Children’s services do not have parental responsibility for your child, so they cannot decide where your child lives. Only a court can.',
  'do-i-have-to-agree.custody.conference':
    'You can choose to have the conference instead. Make sure you understand the concerns, and give your side.',
  'do-i-have-to-agree.custody.next':
    'Speak to a family solicitor before you agree to any change in where your child lives.',

  // Who sees what I say?
  'who-sees-what.start.ask':
    'What would you like to know?',
  'who-sees-what.choice.sharing':
    'Who social care share what I say with',
  'who-sees-what.choice.school':
    'What my child’s school is told',
  'who-sees-what.choice.address':
    'Keeping my address safe',
  'who-sees-what.choice.records':
    'Seeing what is written about me',
  'who-sees-what.choice.notes':
    'Keeping my notes safe at home',
  'who-sees-what.sharing.who':
    'To keep children safe, social care may share what you tell them with the police, your child’s school, or health staff.',
  'who-sees-what.sharing.tell':
    'They should usually tell you what they share and why, unless that could put someone at risk.',
  'who-sees-what.sharing.needed':
    'They should share only what is needed, and only with people who need it.',
  'who-sees-what.sharing.next':
    'Ask the social worker who they will share it with. Tell them anything that must not reach the abuser.',
  'who-sees-what.school.encompass':
    'After police are called to a domestic abuse incident where a child lives, they usually tell the child’s school. This is called Operation Encompass.',
  'who-sees-what.school.why':
    'It lets a trusted adult at school support your child the next day. It is not a report against you.',
  'who-sees-what.school.next':
    'You can ask the school who its safeguarding lead is, and what support your child can get.',
  'who-sees-what.address.ask':
    'If you have moved away from the abuser, you can ask for your new address to be kept from them.',
  'who-sees-what.address.papers':
    'Ask for your address, and your children’s school, to be left out of reports and minutes the abuser may see.',
  'who-sees-what.address.next':
    'Tell the social worker and the conference chair early, in writing if you can. Ask how they will keep it out.',
  'who-sees-what.records.right':
    'You have a right to see what the council has written about you. Asking is called a subject access request.',
  'who-sees-what.records.month':
    'The council should usually reply within one month. Some parts may be held back, for example to keep someone safe.',
  'who-sees-what.records.correct':
    'If something is wrong, you can ask for it to be corrected, or for your view to be added.',
  'who-sees-what.records.next':
    'Search online for your council’s name and “subject access request” to find out how to ask.',
  'who-sees-what.notes.where':
    'Keep your notes and diary where the abuser cannot find them. You could leave them with someone you trust.',
  'who-sees-what.notes.phone':
    'Notes on a shared phone, tablet or email account can be seen by others. Use an account only you can open.',
  'who-sees-what.notes.next':
    'The National Domestic Abuse Helpline can help you think about keeping records safely.',

  // Staying or leaving safely
  'leaving-safely.start.call999':
    'If you or your children are in danger now, call 999.',
  'leaving-safely.start.risky':
    'Leaving an abusive relationship can be very risky. The danger can rise around the time you separate.',
  'leaving-safely.start.either':
    'Whether you stay or leave, there are risks to think about. Planning ahead can help.',
  'leaving-safely.start.ask':
    'What would help?',
  'leaving-safely.choice.plan':
    'Steps to make a safety plan',
  'leaving-safely.choice.help':
    'Where to go: refuge and housing',
  'leaving-safely.choice.scared':
    'I’m scared to end the relationship',
  'leaving-safely.choice.changed':
    'They say they have changed. Can they come back?',
  'leaving-safely.choice.told-to-leave':
    'Social care want me to leave, but it isn’t safe',
  'leaving-safely.plan.phone':
    'Keep your phone charged and with credit. Learn important numbers, or save them under other names.',
  'leaving-safely.plan.documents':
    'Keep documents together, or copies with someone you trust: passports, birth certificates, bank cards and medicines.',
  'leaving-safely.plan.codeWord':
    'Agree a code word with someone you trust. It tells them to call the police for you.',
  'leaving-safely.plan.children':
    'Teach your children how to call 999, what to say, and a safe place to go.',
  'leaving-safely.plan.next':
    'The helpline can make a full safety plan with you. Call when it is safe to talk.',
  'leaving-safely.help.refuge':
    'A refuge is a safe house for people escaping domestic abuse, and their children. The helpline can look for a space with you, at any time.',
  'leaving-safely.help.housing':
    'If you are homeless because of domestic abuse, the council must help you. Ask its housing team for help as homeless.',
  'leaving-safely.help.next':
    'Tell the social worker what help you need to leave safely, and ask them to help you get it.',
  'leaving-safely.scared.common':
    'Being scared of ending the relationship is common. There are risks whether you stay or leave.',
  'leaving-safely.scared.steps':
    'You do not have to decide alone, or all at once. A domestic abuse worker can plan each step with you.',
  'leaving-safely.scared.tell':
    'If you decide to end it, tell someone you trust when and where. You do not have to tell the abuser first if that is not safe.',
  'leaving-safely.scared.next':
    'Call the National Domestic Abuse Helpline to talk it through. It is free and open 24 hours.',
  'leaving-safely.changed.promises':
    'Promises are not enough on their own. Change is shown over time, for example by finishing a course for people who abuse.',
  'leaving-safely.changed.plan':
    'If there is a child protection plan, talk to the social worker before they move back. The plan may say what must happen first.',
  'leaving-safely.changed.worker':
    'A domestic abuse worker can help you think about whether it would be safe.',
  'leaving-safely.changed.next':
    'Call the National Domestic Abuse Helpline to talk it through. It is free and open 24 hours.',
  'leaving-safely.toldToLeave.asked':
    'Some survivors are asked to leave and go somewhere safe. But leaving can be the most dangerous time.',
  'leaving-safely.toldToLeave.tell':
    'Tell the social worker what you fear could happen if you leave. Their plan should make you safer, not put you at more risk.',
  'leaving-safely.toldToLeave.help':
    'Ask what help they will give you to leave safely, such as a refuge, housing or a domestic abuse worker.',
  'leaving-safely.toldToLeave.next':
    'Make a safety plan with the helpline before you act. It is free and open 24 hours.',

  // What counts as abuse, and who must change
  'what-counts-as-abuse.start.law':
    'By law, domestic abuse is not only violence. It includes controlling, threatening, emotional and money abuse.',
  'what-counts-as-abuse.start.responsible':
    'Abuse is the abuser’s behaviour. The abuser is responsible for it, and for changing it.',
  'what-counts-as-abuse.start.ask':
    'What would you like to know?',
  'what-counts-as-abuse.choice.control':
    'Control, not violence: is that abuse?',
  'what-counts-as-abuse.choice.toxic':
    'Is it abuse, or a “toxic” relationship?',
  'what-counts-as-abuse.choice.psychological':
    'They don’t see the emotional abuse',
  'what-counts-as-abuse.choice.children':
    'How abuse affects my children',
  'what-counts-as-abuse.choice.who-changes':
    'Why am I the one being watched?',
  'what-counts-as-abuse.control.what':
    'Coercive control is a pattern of behaviour that makes you scared, cut off or dependent. For example: checking your phone, or controlling who you see.',
  'what-counts-as-abuse.control.money':
    'Economic abuse is controlling your money, or things you need like food, a phone or transport.',
  'what-counts-as-abuse.control.crime':
    'Coercive control is a crime in England and Wales.',
  'what-counts-as-abuse.control.next':
    'Talk it through with the National Domestic Abuse Helpline. It is free and open 24 hours.',
  'what-counts-as-abuse.toxic.told':
    'Some people are told, or feel, that a relationship is “toxic” rather than abusive. The difference matters to social care.',
  'what-counts-as-abuse.toxic.pattern':
    'Professionals look for a pattern of controlling behaviour, not only single arguments. This is called coercive control.',
  'what-counts-as-abuse.toxic.reports':
    'If you disagree with how your relationship is described, ask what behaviour worries them. Ask the services that know you to send their reports.',
  'what-counts-as-abuse.toxic.next':
    'A domestic abuse worker can talk it through with you. Call the National Domestic Abuse Helpline to find one.',
  'what-counts-as-abuse.psychological.harm':
    'Abuse can harm children and adults even when nobody is hit. Fear, threats and control do lasting harm.',
  'what-counts-as-abuse.psychological.ask':
    'Some social workers focus on physical risk. You can ask them to think about emotional and psychological harm too.',
  'what-counts-as-abuse.psychological.worker':
    'A domestic abuse worker can explain this to the social worker for you.',
  'what-counts-as-abuse.psychological.next':
    'Keep a record of what happens, with dates, where the abuser cannot find it.',
  'what-counts-as-abuse.children.law':
    'By law, a child who sees, hears or lives with domestic abuse is a victim of it in their own right.',
  'what-counts-as-abuse.children.subjected':
    'Children do not only witness abuse. They live through it, whatever their age.',
  'what-counts-as-abuse.children.next':
    'Ask the social worker what support there is for each of your children, including older ones.',
  'what-counts-as-abuse.whoMustChange.watched':
    'Sometimes the parent who is abused is watched closely while the abuser is hardly seen. Good practice holds the abuser to account.',
  'what-counts-as-abuse.whoMustChange.plan':
    'A child protection plan should say who must do what. That includes what the abuser must change, and how it will be checked.',
  'what-counts-as-abuse.whoMustChange.account':
    'You can ask what the abuser has been asked to do, and who is checking it.',
  'what-counts-as-abuse.whoMustChange.next':
    'Ask at the next core group meeting: what must the abuser change, and who is checking?',

  // Legal help
  'legal-help.start.free':
    'A family solicitor can tell you where you stand. Some legal help is free, whatever your income.',
  'legal-help.start.ask':
    'What do you need help with?',
  'legal-help.choice.where-i-stand':
    'Where do I stand with a child protection plan?',
  'legal-help.choice.care':
    'Social care may take us to court',
  'legal-help.choice.family':
    'Going to court with the other parent',
  'legal-help.choice.mediation':
    'Do I have to try mediation?',
  'legal-help.choice.stop-taking':
    'Stopping the other parent taking my child',
  'legal-help.whereIStand.review':
    'Only a review child protection conference can decide whether a plan goes on.',
  'legal-help.whereIStand.notOrder':
    'A child protection plan is not a court order. Only a court can make a care order.',
  'legal-help.whereIStand.recommendation':
    'The social worker’s report is a recommendation. The conference makes the decision.',
  'legal-help.whereIStand.childInNeed':
    'A child in need plan is support your family agrees to, so it needs your agreement. You can ask for the plan to step down to one.',
  'legal-help.whereIStand.next':
    'Call the Family Rights Group advice line to talk through where you stand.',
  'legal-help.careProceedings.what':
    'Care proceedings are a court case where the council asks for a care order. The court decides whether a child should be in care.',
  'legal-help.careProceedings.free':
    'In care proceedings, a parent with parental responsibility (the legal right to make decisions for a child) gets free legal aid, whatever their income.',
  'legal-help.careProceedings.letter':
    'If you get a letter before proceedings, free legal advice is there for you too.',
  'legal-help.careProceedings.next':
    'Find a family solicitor who does legal aid work: search for “Find a legal aid adviser” on GOV.UK.',
  'legal-help.privateLaw.what':
    'Private law is when parents go to court about their child, such as where the child lives. The council is not part of it.',
  'legal-help.privateLaw.legalAid':
    'You may get legal aid for this if you have evidence of domestic abuse, such as a police report or a letter from a doctor. Your income is checked too.',
  'legal-help.privateLaw.next':
    'Find a family solicitor who does legal aid work: search for “Find a legal aid adviser” on GOV.UK.',
  'legal-help.mediation.miam':
    'Before going to court about a child, you usually have to go to a meeting about mediation, called a MIAM.',
  'legal-help.mediation.exemption':
    'You do not have to go if there is evidence of domestic abuse. Nobody should have to mediate with their abuser.',
  'legal-help.mediation.next':
    'Tell your solicitor, and say on the court form, that there has been abuse, so the exemption is used.',
  'legal-help.prohibitedSteps.danger':
    'If you think your child is in danger now, call 999.',
  'legal-help.prohibitedSteps.what':
    'A prohibited steps order stops a parent doing something without the court’s agreement, such as taking a child away.',
  'legal-help.prohibitedSteps.urgent':
    'If it is urgent, a solicitor can ask the court to deal with it quickly.',
  'legal-help.prohibitedSteps.next':
    'Speak to a family solicitor straight away: search for “Find a legal aid adviser” on GOV.UK.',

  // What does this word mean?
  'glossary.start.ask':
    'Which kind of word would you like explained?',
  'glossary.choice.process-words':
    'Words about the child protection process',
  'glossary.choice.law-words':
    'Words about courts and the law',
  'glossary.choice.abuse-words':
    'Words about abuse and support',
  'glossary.choice.more':
    'Another word',
  'glossary.process-words.ask':
    'Which word?',
  'glossary.law-words.ask':
    'Which word?',
  'glossary.abuse-words.ask':
    'Which word?',
  'glossary.choice.significant-harm':
    'Significant harm',
  'glossary.choice.child-in-need':
    'Child in need',
  'glossary.choice.strategy-discussion':
    'Strategy discussion',
  'glossary.choice.section-47':
    'Section 47 enquiries',
  'glossary.choice.core-group':
    'Core group',
  'glossary.choice.family-group-conference':
    'Family group conference',
  'glossary.choice.parental-responsibility':
    'Parental responsibility',
  'glossary.choice.private-law':
    'Private law',
  'glossary.choice.care-proceedings':
    'Care proceedings',
  'glossary.choice.letter-before-proceedings':
    'Letter before proceedings',
  'glossary.choice.section-20':
    'Section 20',
  'glossary.choice.injunction':
    'Injunction',
  'glossary.choice.miam':
    'MIAM',
  'glossary.choice.prohibited-steps-order':
    'Prohibited steps order',
  'glossary.choice.coercive-control':
    'Coercive control',
  'glossary.choice.marac':
    'Marac',
  'glossary.choice.idva':
    'Idva',
  'glossary.choice.advocate':
    'Advocate',
  'glossary.choice.merlin':
    'Merlin report',
  'glossary.choice.kinship-care':
    'Kinship care',
  'glossary.significant-harm':
    'Significant harm means serious harm to a child’s health or development, now or likely in the future. It is the test for child protection.',
  'glossary.child-in-need':
    'A child in need is a child who needs extra help to be safe, healthy or develop well. Help for a child in need (section 17) is voluntary.',
  'glossary.strategy-discussion':
    'A strategy discussion is a meeting or call between social care, police and health. They decide what to do when a child may be at risk of significant harm.',
  'glossary.section-47':
    'Section 47 enquiries are the checks social care must make when they think a child may be suffering, or likely to suffer, significant harm.',
  'glossary.core-group':
    'The core group is the family and the professionals who meet regularly to carry out a child protection plan.',
  'glossary.family-group-conference':
    'A family group conference is a meeting where family and friends make a plan to support the children. It needs a parent’s agreement.',
  'glossary.parental-responsibility':
    'Parental responsibility is the legal right and duty to make decisions for a child, such as where they live and go to school.',
  'glossary.private-law':
    'Private law means court cases between family members about a child, such as where the child lives. The council is not part of it.',
  'glossary.care-proceedings':
    'Care proceedings are a court case where the council asks for a care order. With one, the council shares parental responsibility and can decide where a child lives.',
  'glossary.letter-before-proceedings':
    'A letter before proceedings says the council is thinking about going to court. It invites you to a meeting, and free legal advice is there for it.',
  'glossary.section-20':
    'Section 20 is when a child lives away from home with a parent’s agreement, looked after by the council. The parent can withdraw that agreement.',
  'glossary.injunction':
    'An injunction is a court order telling someone not to do something, such as contact you or come near your home. A non-molestation order is one kind.',
  'glossary.miam':
    'A MIAM is a Mediation Information and Assessment Meeting. It is usually needed before going to court about a child, but not where there is domestic abuse.',
  'glossary.prohibited-steps-order':
    'A prohibited steps order is a court order that stops a parent doing something, such as taking a child away, without the court’s agreement.',
  'glossary.coercive-control':
    'Coercive control is a pattern of controlling, threatening or humiliating behaviour that makes someone scared or dependent. It is a crime.',
  'glossary.marac':
    'A Marac is a Multi-Agency Risk Assessment Conference. Police, social care, health and others meet to plan safety for people at high risk from abuse.',
  'glossary.idva':
    'An Idva is an independent domestic violence adviser. They support people at high risk of harm, and can speak up for them with other services.',
  'glossary.advocate':
    'An advocate is someone on your side. They help you say what you want, and can speak up for you at meetings.',
  'glossary.merlin':
    'A Merlin report is made by police when they are worried about a child, for example after a domestic abuse call-out. Merlin is a police system.',
  'glossary.kinship-care':
    'Kinship care is when a relative or family friend looks after a child who cannot live with their parents.',
  'glossary.next':
    'If anyone uses a word you do not understand, ask them to explain it in plain words.',
};
