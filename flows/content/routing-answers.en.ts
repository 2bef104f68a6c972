// Every answer the guide can go straight to when a person types, in English: the state that
// answers (`flow.state`), a question-like title (shown when the guide is unsure and offers two
// or three), key terms people use for it, and example questions from the seeds (docs/seeds/).
// The router's model learns from these and from routing-training.en.ts; its full-text index
// searches them. Walkthrough steps that repeat another answer word for word are reached
// through that answer (the core group through conference.plan, reviews through
// conference.review, stepping down through plan.stepDown, section 47 through
// social-worker-contact.whatIsIt), so the model is not asked to tell twins apart.
import type { RoutingAnswer } from './routing-types.js';

/**
 * Leaf states that are deliberately not answers: the triage (reached through the danger
 * detector), menus that only ask "What would help?", walkthrough endings, and walkthrough steps
 * whose words repeat an answer above. A test checks every other leaf state is an answer, so a
 * new state cannot be missed.
 */
export const notAnswersEn: readonly string[] = [
  'danger.now',
  'social-worker-problems.start',
  'support.start',
  'who-sees-what.start',
  'glossary.start',
  'glossary.processWords',
  'glossary.lawWords',
  'glossary.abuseWords',
  'conference.end',
  'process.end',
  'process.enquiries',
  'process.planAndCoreGroup',
  'process.reviews',
  'process.planEnds',
];

export const answersEn: readonly RoutingAnswer[] = [
  // Staying safe (the triage itself is reached through the danger detector).
  {
    state: 'danger.silentSolution',
    title: 'How do I call 999 if I cannot speak?',
    terms: ['silent solution', 'silent call', 'press 55', '55', 'cannot speak on the phone', 'cough or tap', 'landline', 'call history'],
    examples: ['If you cannot speak, call 999 and then press 55 when asked', 'Does pressing 55 tell the police where I am?'],
  },
  {
    state: 'danger.bsl',
    title: 'How do I get emergency help if I am deaf?',
    terms: ['bsl', 'british sign language', 'sign language', 'deaf', 'hard of hearing', 'text 999', 'emergencysms', 'emergency sms', '999 bsl'],
    examples: ['Can I contact 999 through a British Sign Language interpreter?', 'How do I text 999?'],
  },
  {
    state: 'danger.scared',
    title: 'I am scared, but not in danger right now',
    terms: ['scared', 'frightened', 'afraid', 'living in fear', 'helpline', '24 hour helpline', 'national domestic abuse helpline', 'talk to someone', 'not an emergency'],
    examples: ['I am not in danger right now but I am scared', 'I am scared of him and need someone to talk to'],
  },
  {
    state: 'danger.safetyPlan',
    title: 'How do I make a safety plan?',
    terms: ['safety plan', 'plan to leave', 'leave safely', 'flee', 'escape', 'refuge', 'stay safe', 'staying safe', 'bag ready', 'get out'],
    examples: ['How do I make a safety plan?', 'Are you scared of ending the relationship?', 'Whether I stay or leave, how do I keep safe?'],
  },

  // Scared to report (000 Q1).
  {
    state: 'scared-to-report.start',
    title: 'I am scared to tell the police or a social worker',
    terms: ['report', 'reporting', 'call the police', 'ring the police', 'tell the police', 'scared to report', 'afraid to report', 'frightened to tell', 'tell someone', 'get him arrested'],
    examples: ['Should I report the abuse to the police?', 'I am scared to contact the police or the social worker'],
  },
  {
    state: 'scared-to-report.heldAgainst',
    title: 'Will reporting the abuse be held against me?',
    terms: ['held against me', 'count against me', 'blame me', 'get the blame', 'on my record', 'will social services find out', 'will the police tell social services', 'keep it quiet', 'be in trouble', 'bad mum', 'legal advice before reporting', 'rights of women'],
    examples: ['If I report the domestic violence will it be held against me?', 'I am afraid that telling the social worker about the abuse will be used against me'],
  },
  {
    state: 'scared-to-report.catch22',
    title: 'Damned if I report, damned if I do not: what can I do?',
    terms: ['catch 22', 'failing to protect', 'failure to protect', 'no win', 'cannot win', 'evidence of risk', 'continuing risk', 'either way', 'stuck'],
    examples: ['If I do not report I will be seen as failing to protect, but if I do it is evidence of continuing risk', 'Will I be blamed for doing the right thing?'],
  },

  // Removal (000 Q2, 001).
  {
    state: 'removal.start',
    title: 'He says the children will be taken if I report him',
    terms: ['threatens', 'threat', 'he says', 'partner says', 'lose the kids', 'never see the kids again', 'taken off me', 'no court will let me keep them', 'foster care', 'adoption'],
    examples: ['My partner has told me the children will be taken from me if I report the violence', 'My partner has told me the children will be taken if I report the abuse. Is this true?'],
  },
  {
    state: 'removal.couldThey',
    title: 'Could social services take my children?',
    terms: ['taken away', 'removed', 'removal', 'take my children', 'taken into care', 'put in care', 'court order', 'without a court', '72 hours', 'police protection', 'newborn'],
    examples: ['Could my children be removed from me?', 'Will social services take my children away?', 'Can children be removed without a court?', 'Does a child protection plan mean my children will be taken from me?'],
  },
  {
    state: 'removal.manageThreat',
    title: 'How do I cope with his threats about the children?',
    terms: ['manage the threat', 'cope with threats', 'deal with his threats', 'controlling me', 'using the kids', 'holds it over me', 'keeps me quiet'],
    examples: ['This threat is a way to control me, how do I manage it safely?', 'Who can help me manage his threats?'],
  },

  // A social worker has contacted me (001, 004).
  {
    state: 'social-worker-contact.start',
    title: 'Why has a social worker contacted me?',
    terms: ['social worker contacted', 'social worker called', 'social worker phoned', 'social worker rang', 'got in touch', 'out of the blue', 'duty team', 'from the council', 'referral', 'knocked on my door', 'left a card'],
    examples: ['A social worker has contacted me about domestic abuse - what can I do?', 'Children’s services have been in touch about my children'],
  },
  {
    state: 'social-worker-contact.whatIsIt',
    title: 'Is it an assessment or section 47 enquiries?',
    terms: ['assessment', 'section 17', 'section 47', 'child in need assessment', 'enquiries', 'enquiry', 'investigation', 'significant harm'],
    examples: ['What are child protection enquiries?', 'Children’s services want to assess my family, what happens in an assessment?', 'What is the difference between section 17 and section 47?'],
  },
  {
    state: 'social-worker-contact.expect',
    title: 'What happens when a social worker visits?',
    terms: ['home visit', 'visit', 'see my child alone', 'see my child at school', 'talk to my children without me', 'let them in', 'what will they ask', 'keep a diary', 'what to expect'],
    examples: ['A social worker asked if she could see my son in school and then visit our home', 'What should I expect when the social worker visits?'],
  },
  {
    state: 'social-worker-contact.workWith',
    title: 'How do I work with the social worker?',
    terms: ['work with', 'cooperate', 'co-operate', 'be honest', 'cannot do what is asked', 'domestic abuse worker', 'referral to a domestic abuse service', 'explain the abuse'],
    examples: ['How to work with a social worker', 'What if I do not understand what the social worker wants?'],
  },
  {
    state: 'social-worker-contact.safeContact',
    title: 'How can the social worker contact me safely?',
    terms: ['safety word', 'safe word', 'code word', 'safe way to contact', 'checks my phone', 'reads my texts', 'opens my post', 'safe time to call', 'cannot talk now'],
    examples: ['Is it important to have a safety word with your social worker?', 'The abuser may see my phone or letters'],
  },
  {
    state: 'social-worker-contact.merlin',
    title: 'What is a police (Merlin) report?',
    terms: ['merlin', 'merlin report', 'police report', 'police referral', 'police were called', 'police share', 'police told social services'],
    examples: ['What is a Merlin report?', 'Why did the police tell children’s services?'],
  },

  // The child protection conference (001, 002, 003, 004).
  {
    state: 'conference.whatItIs',
    title: 'What is a child protection conference?',
    terms: ['conference', 'case conference', 'child protection conference', 'initial conference', 'icpc', 'cp conference', 'big meeting', 'meeting with professionals', 'invited to a meeting'],
    examples: ['What is a child protection conference?', 'She said she was going to initiate a child protection conference', 'Can my child come to the conference with an advocate?'],
  },
  {
    state: 'conference.report',
    title: 'When do I see the social worker’s report?',
    terms: ['report', 'copy of the report', 'report before the conference', 'mistakes in the report', 'correct the report', 'accurate', 'good things'],
    examples: ['The social worker should give the family a copy of the report before the conference', 'What should the social worker do before the child protection conference?'],
  },
  {
    state: 'conference.bringSomeone',
    title: 'Who can I bring to the conference?',
    terms: ['bring someone', 'bring a friend', 'advocate', 'solicitor at the conference', 'support worker', 'domestic abuse worker come', 'idva', 'come with me'],
    examples: ['Can I bring an advocate, friend or solicitor to the conference?'],
  },
  {
    state: 'conference.safety',
    title: 'Do I have to be in the same room as him at the conference?',
    terms: ['separate meeting', 'separate meetings', 'split meeting', 'split conference', 'same room', 'he will be at the conference', 'abusive partner at the conference', 'address kept safe'],
    examples: ['My abusive partner will attend the conference, can we have separate meetings?'],
  },
  {
    state: 'conference.chair',
    title: 'Who runs the conference?',
    terms: ['chair', 'conference chair', 'independent chair', 'in charge of the meeting', 'runs the meeting'],
    examples: ['What does the chair of a child protection conference do?'],
  },
  {
    state: 'conference.sharing',
    title: 'Can I give my views at the conference?',
    terms: ['my views', 'my side', 'speak at the conference', 'voice heard', 'have my say', 'during the conference', 'write my points down'],
    examples: ['Will I get to speak at the conference?', 'What happens during the conference?'],
  },
  {
    state: 'conference.decision',
    title: 'How does the conference decide?',
    terms: ['vote', 'decide', 'decision', 'test', 'recommendation', 'outcome', 'at the end of the conference'],
    examples: ['Who attends the conference and do the professionals vote?', 'How is the decision made?'],
  },
  {
    state: 'conference.plan',
    title: 'What does the core group do?',
    terms: ['core group', 'core group meeting', 'lead social worker', 'who writes the plan', '10 working days', 'after the conference'],
    examples: ['What is the core group and why does it meet?', 'What happens after the conference if there is a plan?'],
  },
  {
    state: 'conference.review',
    title: 'When is the review conference, and can I challenge a decision?',
    terms: ['review conference', 'review', 'every 6 months', 'within 3 months', 'disagree with the decision', 'challenge the decision', 'appeal', 'conference complaint'],
    examples: ['We have another child protection conference in 2 weeks', 'If I disagree with a conference decision, how do I complain?'],
  },

  // The process, step by step.
  {
    state: 'process.concern',
    title: 'What happens next, step by step?',
    terms: ['process', 'child protection process', 'stages', 'steps', 'step by step', 'walk me through', 'start to finish', 'what happens next', 'timescales', 'time limit', 'where are we'],
    examples: ['What happens next in the child protection process?', 'What are the stages from the first concern to the plan ending?', 'Explain the child protection process step by step', 'What is child protection?'],
  },
  {
    state: 'process.initialConference',
    title: 'What comes after the enquiries?',
    terms: ['strategy discussion', 'strategy meeting', 'after the assessment', 'after the enquiries', '15 working days', 'when is the conference'],
    examples: ['What happens after the strategy discussion?', 'How long after the enquiries is the conference?'],
  },
  {
    state: 'process.preProceedings',
    title: 'Will this go to court?',
    terms: ['court', 'care proceedings', 'pre-proceedings', 'pre proceedings', 'public law outline', 'plo', 'letter before proceedings', '26 weeks', 'legal aid', 'free legal advice', 'family solicitor'],
    examples: ['Is this going to end up in court?', 'How long do care proceedings take?'],
  },

  // The child protection plan (001, 002).
  {
    state: 'plan.start',
    title: 'What is a child protection plan?',
    terms: ['child protection plan', 'cp plan', 'on a plan', 'put on a plan', 'child protection register', 'on the register'],
    examples: ['What is a child protection plan?', 'Does a child protection plan mean my children will be taken?'],
  },
  {
    state: 'plan.contents',
    title: 'What should the plan say?',
    terms: ['what the plan says', 'set out', 'who does what', 'copy of the plan', 'plan not kept to', 'break the plan', 'what support'],
    examples: ['What does a child protection plan have to set out?', 'What will happen if the plan is not kept to?'],
  },
  {
    state: 'plan.cantFollow',
    title: 'What if I cannot follow the plan?',
    terms: ['cannot follow', 'cannot understand the plan', 'cannot do', 'work', 'health', 'meetings clash', 'change the plan', 'too much', 'freedom programme'],
    examples: ['I cannot understand the plan or cannot follow it', 'Can the plan be changed?'],
  },
  {
    state: 'plan.stepDown',
    title: 'How does a plan end or step down to child in need?',
    terms: ['step down', 'child in need plan', 'child in need', 'end the plan', 'come off the plan', 'get off the plan', 'how long on a plan', 'shorter plan', '3 or 4 months', 'another 6 months', 'plan closed'],
    examples: ['How do we get the plan reduced to child in need?', 'The procedure for continuing a child protection plan or reducing to a child in need', 'Can the plan be for 3 or 4 months instead of 6 months?'],
  },
  {
    state: 'plan.familyGroupConference',
    title: 'What is a family group conference?',
    terms: ['family group conference', 'fgc', 'family meeting', 'family and friends plan', 'compulsory'],
    examples: ['Is a family group conference compulsory? It is listed on our plan'],
  },
  {
    state: 'plan.partnerBack',
    title: 'Can my partner move back in?',
    terms: ['move back in', 'moves back', 'come home', 'return to the family home', 'let him back', 'back together', 'living together again'],
    examples: ['If my husband promises not to be abusive, can I let him back into the home?', 'After the FGC my partner is going to be allowed to return to the family home'],
  },

  // Delays (000 Q10).
  {
    state: 'delays.start',
    title: 'The professionals are not doing their part',
    terms: ['not doing their part', 'taking too long', 'slow', 'delays', 'delay', 'put off', 'dragging their heels', 'my side of the plan'],
    examples: ["I am keeping to my part of the child protection plan but the professionals don't do their part or take too long", 'This stops my child from getting the help they need'],
  },
  {
    state: 'delays.whatToDo',
    title: 'A referral or service they promised has not happened',
    terms: ['referral never happened', 'promised', 'still waiting', 'waiting list', 'not started', 'never came', 'cancelled', 'cancelling', 'no reply', 'rang me back', 'chase', 'refer myself'],
    examples: ['A referral was promised but then never happened', 'They are dragging their heels with the family group conference', 'Nobody gets back to me and things keep being put off'],
  },
  {
    state: 'delays.complain',
    title: 'How do I complain about children’s services?',
    terms: ['complaint', 'complain', 'complaints procedure', 'ombudsman', 'stage 1', 'stage 2', 'review panel', 'manager'],
    examples: ['How do I make a complaint about children’s services?'],
  },

  // Problems with the social worker (000 Q3–Q6, Q9).
  {
    state: 'social-worker-problems.notBelieved',
    title: 'The social worker does not believe my child is at risk',
    terms: ['does not believe me', 'not believed', 'not at risk', 'no risk', 'not taking it seriously', 'child is in danger', 'believes my ex'],
    examples: ["The social worker doesn't believe my child is in danger, but I feel s/he is, what can I do?"],
  },
  {
    state: 'social-worker-problems.notUnderstood',
    title: 'The social worker does not understand domestic abuse',
    terms: ['does not understand', 'no experience', 'more experienced', 'training in domestic abuse', 'coercive control', 'does not get it'],
    examples: ['What happens if I feel the social worker does not understand what I am going through?'],
  },
  {
    state: 'social-worker-problems.maleWorker',
    title: 'Can I ask for a different social worker?',
    terms: ['male social worker', 'female social worker', 'woman social worker', 'change social worker', 'different social worker', 'new social worker', 'swap'],
    examples: ["My child's social worker is male and I feel very uncomfortable with this", 'Can I ask for a change of social worker?'],
  },
  {
    state: 'social-worker-problems.dontGetAlong',
    title: 'The social worker and I do not get along',
    terms: ['do not get along', 'do not get on', 'not honest', 'blamed', 'judged', 'bad mother', 'rude', 'twisting my words', 'sides with my ex', 'talks down to me', 'does not listen', 'changed her mind', 'things I never said'],
    examples: ["I don't feel that the social worker is being honest with me and we don't get along", 'I feel blamed and judged as a bad mother by the social worker', 'The social worker has suddenly changed her mind without having all the reports'],
  },
  {
    state: 'social-worker-problems.myPast',
    title: 'The social worker keeps bringing up my past',
    terms: ['my past', 'bringing up my past', 'history', 'years ago', 'childhood', 'old relationships', 'moved on'],
    examples: ['The social worker keeps bringing up issues from my past and I do not think this is relevant'],
  },
  {
    state: 'social-worker-problems.complain',
    title: 'How do I complain about my social worker?',
    terms: ['complain about my social worker', 'complaint about the social worker', 'social worker manager', 'report my social worker', 'over her head'],
    examples: ['I want to make a complaint about my social worker'],
  },

  // "It was a one-off" (000 Q7, 002).
  {
    state: 'one-off.answer',
    title: '“It was a one-off”',
    terms: ['one off', 'one-off', 'only once', 'happened once', 'not domestic violence', 'not abuse', 'not a victim', 'argument', 'row', 'toxic', 'bad night', 'out of character', 'overreacting', 'big deal'],
    examples: ["I don't see what happened between me and my partner as a domestic violence situation, it was a one off", 'It is hard being told you are a victim when you do not see yourself as one', 'We were in a toxic relationship rather than an abusive one'],
  },

  // "Leave him or lose the children" (000 Q8, 003).
  {
    state: 'leave-or-remove.start',
    title: 'I am told to leave my partner or lose the children',
    terms: ['leave my partner', 'end the relationship', 'split up', 'him or the children', 'choose between', 'move out', 'has to leave', 'no contact with the children'],
    examples: ["I don't want to end my relationship with my partner but the social worker says I have to or they will remove my children from my care", 'The social worker says my partner should leave the home and have no further contact with my child'],
  },
  {
    state: 'leave-or-remove.dontAgree',
    title: 'I do not agree that he must leave',
    terms: ['do not agree', 'disagree', 'want to stay with him', 'do not want him to go', 'not a danger to the children'],
    examples: ['I do not agree with the social worker that my partner should leave'],
  },
  {
    state: 'leave-or-remove.consequences',
    title: 'What happens if I do not agree to what they ask?',
    terms: ['consequences', 'do not co-operate', 'refuse', 'letter before proceedings', 'start proceedings', 'go to court', 'what will happen if'],
    examples: ['What happens if I do not co-operate? Will they start care proceedings?', 'I have been given a letter before proceedings'],
  },
  {
    state: 'leave-or-remove.seePartner',
    title: 'Can I still see my partner away from the children?',
    terms: ['see my partner', 'keep in contact', 'away from the children', 'without the kids', 'bail conditions', 'injunction'],
    examples: ['Can I keep in contact with my partner so long as the children are not involved?'],
  },

  // A child taken by the other parent (004).
  {
    state: 'child-taken.start',
    title: 'The other parent has taken my child',
    terms: ['took my child', 'took my son', 'took my daughter', 'will not bring back', 'will not return', 'kept him', 'kept her', 'other parent', 'father has my son', 'not coming home', 'social services told him to keep'],
    examples: ['My son’s father took my child away and is not prepared to leave him with me', 'Social services told my ex to keep our son and not allow contact with me', 'Social services advised him to keep my child, can they do that?'],
  },
  {
    state: 'child-taken.solicitor',
    title: 'How do I get my child back through the court?',
    terms: ['child arrangements order', 'family solicitor', 'solicitor', 'family court', 'custody', 'residence', 'where my child lives', 'get my child back', 'child law advice'],
    examples: ['Who decides where my son should live and what contact he has?', 'How do I apply to court for a child arrangements order?'],
  },
  {
    state: 'child-taken.mediation',
    title: 'Do I need mediation before court?',
    terms: ['mediation', 'miam', 'mediate', 'before court'],
    examples: ['Is mediation required before going to court?'],
  },

  // False reports (003).
  {
    state: 'malicious-reports.answer',
    title: 'My ex keeps making false reports about me',
    terms: ['malicious', 'malicious reports', 'false reports', 'false allegations', 'lies about me', 'keeps reporting me', 'anonymous referral', 'making things up', 'using services to abuse', 'to get at me', 'accusing'],
    examples: ['My ex-partner kept making malicious reports and calls to my social worker', 'Every time he calls, social services keep turning up', 'Perpetrators can use services to abuse their victims'],
  },

  // Support (000, 001, 003).
  {
    state: 'support.advocate',
    title: 'How do I get an advocate or support worker?',
    terms: ['advocate', 'advocacy', 'support worker', 'domestic abuse worker', 'idva', 'someone with me', 'come to meetings with me', 'counselling', 'womens group', 'support for me', 'not coping', 'someone to talk to'],
    examples: ['How can I get an advocate to support me?', 'Where can I get support for myself?', 'Can someone come to meetings with me?'],
  },
  {
    state: 'support.readWrite',
    title: 'I find reading and writing hard: what help is there?',
    terms: ['read or write', 'reading', 'writing', 'dyslexia', 'dyslexic', 'learning difficulty', 'letters', 'forms', 'paperwork'],
    examples: ["I can't read or write, what support can I get?"],
  },
  {
    state: 'support.kinship',
    title: 'Can a family member look after my children?',
    terms: ['kinship care', 'family member', 'grandparent', 'grandma', 'nan', 'my mum', 'my sister', 'look after the children', 'mind the children', 'have the kids'],
    examples: ['Can a family member mind my children?', 'Would you like a family member to support you by minding the children?'],
  },
  {
    state: 'support.olderChildren',
    title: 'What help is there for my older children?',
    terms: ['older children', 'teenager', 'teenage', 'young people', 'childline', 'nightmares', 'struggling at school', 'saw everything', 'help for my child'],
    examples: ['My teenager saw everything and has not been offered any help'],
  },
  {
    state: 'support.lgbt',
    title: 'Is there help for LGBT+ people?',
    terms: ['lgbt', 'lgbtq', 'gay', 'lesbian', 'bisexual', 'trans', 'same sex', 'galop'],
    examples: ['Is there a domestic abuse helpline for LGBT+ people?'],
  },
  {
    state: 'support.familyRightsGroup',
    title: 'What is Family Rights Group, and how can they help?',
    terms: ['family rights group', 'frg', 'advice line', 'free advice', 'charity for parents'],
    examples: ['Who can give me free advice about children’s services?'],
  },
  {
    state: 'support.fosterAdopt',
    title: 'I want to foster or adopt',
    terms: ['foster', 'fostering', 'foster carer', 'adopt', 'adoption', 'adopting'],
    examples: ['How do I become a foster carer?'],
  },
  // Added with the content states of issue 11.
  {
    state: 'process.strategy',
    title: 'What is a strategy discussion?',
    terms: ['strategy discussion', 'strategy meeting', 'police and health', 'decide on section 47', 'parents not part of it'],
    examples: ['What happens at a strategy discussion?', 'Social care, police and health had a meeting about my child without me'],
  },
  {
    state: 'removal.hopeless',
    title: 'Is my case hopeless?',
    terms: ['hopeless', 'no chance', 'lost already', 'no point', 'give up', 'good things count', 'settled and happy'],
    examples: ['Is there any point fighting, have I already lost my children?', 'The conference is coming and I feel it is hopeless'],
  },
  {
    state: 'social-worker-problems.othersAgree',
    title: 'The health visitor and others side with the social worker',
    terms: ['health visitor', 'other professionals agree', 'everyone sides with the social worker', 'school agrees with the social worker', 'ganged up'],
    examples: ['The health visitor agreed with the social worker and undermined my views', 'All the professionals side with the social worker against me'],
  },
  {
    state: 'social-worker-problems.partnerPast',
    title: 'They keep raising my partner’s old conviction',
    terms: ['conviction', 'criminal record', 'partner’s past', 'crime years ago', 'served his time', 'manslaughter', 'old offence'],
    examples: ['My partner committed a crime years ago and now they say she is a risk', 'They keep bringing up my partner’s criminal record'],
  },
  {
    state: 'child-taken.pushedContact',
    title: 'The social worker pushes contact with the abusive parent',
    terms: ['contact with his dad', 'pushing contact', 'make my child see him', 'forced contact', 'unsupervised contact', 'visits with the abuser'],
    examples: ['The social worker wants my son to keep seeing his abusive father', 'Why are they making my kids have contact with him?'],
  },
  {
    state: 'support.marac',
    title: 'What are Marac and an Idva?',
    terms: ['marac', 'idva', 'risk assessment conference', 'high risk', 'independent domestic violence adviser'],
    examples: ['What is a Marac and will I be there?', 'What does an Idva do?'],
  },
  {
    state: 'do-i-have-to-agree.start',
    title: 'Do I have to agree to what social care ask?',
    terms: ['do I have to agree', 'have to do what they say', 'can I say no', 'refuse', 'my choice', 'voluntary'],
    examples: ['Do I have to do everything social services tell me?', 'Can I say no to children’s services?'],
  },
  {
    state: 'do-i-have-to-agree.childInNeed',
    title: 'Do I have to accept help as a child in need?',
    terms: ['child in need', 'section 17', 'voluntary help', 'accept support', 'say no to help'],
    examples: ['Do I have to accept a child in need plan?', 'Is child in need support voluntary?'],
  },
  {
    state: 'do-i-have-to-agree.enquiries',
    title: 'Can I refuse section 47 visits and questions?',
    terms: ['refuse the visit', 'say no to the social worker', 'refuse section 47', 'not let them in', 'refuse questions', 'do not have to answer'],
    examples: ['Can I refuse to let the social worker in during section 47 enquiries?', 'What happens if I say no to the investigation?'],
  },
  {
    state: 'do-i-have-to-agree.accommodation',
    title: 'Do I have to agree to my child staying somewhere else (section 20)?',
    terms: ['section 20', 'accommodated', 'voluntary care', 'child live somewhere else', 'foster for a while', 'withdraw consent', 'sign for care'],
    examples: ['They want me to sign a section 20 so my son goes into foster care', 'Can I take back my agreement for my child to be in care?'],
  },
  {
    state: 'do-i-have-to-agree.safetyAgreement',
    title: 'Do I have to sign a safety agreement?',
    terms: ['safety agreement', 'sign', 'written agreement', 'working agreement', 'written plan to sign'],
    examples: ['The social worker wants me to sign a safety agreement, do I have to?', 'Is a working agreement legally binding?'],
  },
  {
    state: 'do-i-have-to-agree.stayAway',
    title: 'I was told to stay away from home: do I have to?',
    terms: ['hotel', 'not go home', 'stay away from home', 'told to leave my home', 'placed somewhere', 'not allowed home'],
    examples: ['They put me in a hotel and told me not to go home', 'Can social services stop me going back to my own house?'],
  },
  {
    state: 'do-i-have-to-agree.custody',
    title: 'They say there will be a conference unless my ex has the children',
    terms: ['give my ex custody', 'let the father have the child', 'or there will be a conference', 'social services say dad keeps him', 'where my child lives'],
    examples: ['The social worker said they will hold a conference unless I let my ex have our son', 'Can social services make me hand my child to his dad?'],
  },
  {
    state: 'who-sees-what.sharing',
    title: 'Who do social care share what I tell them with?',
    terms: ['share', 'sharing information', 'confidential', 'who will they tell', 'tell the police', 'tell the school', 'tell my GP', 'private'],
    examples: ['Is what I tell the social worker confidential?', 'Will social services pass on what I say to the police?'],
  },
  {
    state: 'who-sees-what.school',
    title: 'What is my child’s school told?',
    terms: ['school', 'operation encompass', 'teacher', 'school told', 'the school knows', 'police told the school'],
    examples: ['Will the school be told about the police coming out?', 'What is Operation Encompass?'],
  },
  {
    state: 'who-sees-what.address',
    title: 'How do I keep my new address from him?',
    terms: ['new address', 'keep my address secret', 'address in reports', 'minutes', 'he will see the report', 'where I live'],
    examples: ['How do I stop my ex seeing my new address in the conference report?', 'Will he find out where we live from the minutes?'],
  },
  {
    state: 'who-sees-what.records',
    title: 'Can I see what is written about me?',
    terms: ['subject access request', 'my file', 'records', 'see my records', 'what they wrote about me', 'case notes', 'correct my records'],
    examples: ['How do I get a copy of my social services file?', 'Can I see the notes the social worker wrote about me?'],
  },
  {
    state: 'who-sees-what.notes',
    title: 'How do I keep my notes safe from him?',
    terms: ['hide my diary', 'keep notes safe', 'shared phone', 'he reads my notes', 'hide my notes', 'safe place for my diary'],
    examples: ['He goes through my phone, how do I keep notes safe?'],
  },
  {
    state: 'leaving-safely.start',
    title: 'Is it safe to leave?',
    terms: ['leave him', 'leaving', 'is it safe to leave', 'stay or leave', 'separation', 'dangerous time'],
    examples: ['Is it safe to leave him?', 'Should I stay or go?'],
  },
  {
    state: 'leaving-safely.plan',
    title: 'How do I plan to leave safely?',
    terms: ['safety plan', 'plan to leave', 'documents', 'passports', 'birth certificates', 'code word', 'go bag', 'pack a bag', 'phone charged'],
    examples: ['How do I make a safety plan to leave?', 'What should I take with me when I leave?'],
  },
  {
    state: 'leaving-safely.help',
    title: 'Where can I go? Refuge and housing help',
    terms: ['refuge', 'safe house', 'housing', 'homeless', 'somewhere to go', 'council housing team', 'emergency accommodation'],
    examples: ['How do I get a place in a refuge?', 'I have nowhere to go if I leave him'],
  },
  {
    state: 'leaving-safely.scared',
    title: 'I am scared of ending the relationship',
    terms: ['scared to leave', 'scared of ending it', 'afraid to leave', 'frightened to split up', 'end the relationship'],
    examples: ['I am scared of what he will do if I end it', 'I want to leave but I am frightened'],
  },
  {
    state: 'leaving-safely.changed',
    title: 'He promises he has changed: can I let him back?',
    terms: ['he has changed', 'promises to change', 'let him back', 'give him another chance', 'perpetrator course', 'sorry this time'],
    examples: ['He says he has changed, should I let him come back?', 'He finished a course, can he move back in?'],
  },
  {
    state: 'leaving-safely.toldToLeave',
    title: 'Social care want me to leave, but leaving is not safe',
    terms: ['told to leave', 'not safe to leave', 'leaving is dangerous', 'they want me to flee', 'make me leave'],
    examples: ['Social services want me to leave him but it will put me in more danger', 'What if leaving is more dangerous than staying?'],
  },
  {
    state: 'what-counts-as-abuse.start',
    title: 'What counts as domestic abuse?',
    terms: ['what counts as abuse', 'what is domestic abuse', 'definition', 'is this abuse', 'not only violence', 'law'],
    examples: ['What is domestic abuse?', 'Does it count as abuse if he never hit me?'],
  },
  {
    state: 'what-counts-as-abuse.control',
    title: 'Is control or money abuse still abuse?',
    terms: ['coercive control', 'controlling', 'control', 'money', 'economic abuse', 'financial abuse', 'checks my phone', 'who I see', 'isolates me'],
    examples: ['He controls all the money, is that abuse?', 'Is coercive control abuse if there is no violence?'],
  },
  {
    state: 'what-counts-as-abuse.toxic',
    title: 'Is it abuse or just a toxic relationship?',
    terms: ['toxic', 'toxic relationship', 'just arguments', 'pattern', 'mutual', 'both as bad as each other'],
    examples: ['Is it abuse or just a toxic relationship?', 'We both argue, so is it really abuse?'],
  },
  {
    state: 'what-counts-as-abuse.psychological',
    title: 'They do not see the emotional abuse',
    terms: ['emotional abuse', 'psychological abuse', 'mental abuse', 'no bruises', 'only physical', 'gaslighting', 'mind games'],
    examples: ['The social worker only cares about physical violence, not the emotional abuse', 'There are no marks so nobody believes it is abuse'],
  },
  {
    state: 'what-counts-as-abuse.children',
    title: 'How does the abuse affect my children?',
    terms: ['affect my children', 'children heard', 'children saw', 'victims in their own right', 'witness', 'effect on the kids'],
    examples: ['How does domestic abuse affect children?', 'The kids were asleep, does it still affect them?'],
  },
  {
    state: 'what-counts-as-abuse.whoMustChange',
    title: 'Why am I watched while he is invisible?',
    terms: ['abuser invisible', 'why am I blamed', 'he should change', 'hold him to account', 'all on me', 'he gets away with it'],
    examples: ['Why is everything on me when he is the abuser?', 'Social services watch me but never speak to him'],
  },
  {
    state: 'legal-help.start',
    title: 'How do I get legal help? Is any of it free?',
    terms: ['legal help', 'legal advice', 'lawyer', 'solicitor', 'free legal help', 'legal aid'],
    examples: ['How do I get a solicitor?', 'Is there free legal advice?'],
  },
  {
    state: 'legal-help.whereIStand',
    title: 'Where do I stand legally with a child protection plan?',
    terms: ['where I stand', 'legally', 'is a plan a court order', 'care order', 'legal position', 'rights'],
    examples: ['Is a child protection plan legally binding?', 'Where do I stand legally?'],
  },
  {
    state: 'legal-help.careProceedings',
    title: 'Legal aid if social care take us to court',
    terms: ['care proceedings', 'care order', 'legal aid', 'free solicitor', 'court case', 'council taking me to court'],
    examples: ['Do I get legal aid if the council takes me to court?', 'What are care proceedings?'],
  },
  {
    state: 'legal-help.privateLaw',
    title: 'Legal aid for court with the other parent',
    terms: ['private law', 'legal aid', 'evidence of abuse', 'court with my ex', 'court with his dad', 'child arrangements'],
    examples: ['Can I get legal aid to go to court against my ex?', 'What evidence do I need for legal aid?'],
  },
  {
    state: 'legal-help.mediation',
    title: 'Do I have to go to mediation with my abuser?',
    terms: ['mediation', 'miam', 'mediate with my abuser', 'exemption', 'mediation with him'],
    examples: ['Do I have to go to mediation with my abuser?', 'What is a MIAM?'],
  },
  {
    state: 'legal-help.prohibitedSteps',
    title: 'How do I stop the other parent taking my child?',
    terms: ['prohibited steps order', 'stop him taking', 'take my child abroad', 'stop him removing', 'urgent court order'],
    examples: ['How do I stop my ex taking my son out of the country?', 'What is a prohibited steps order?'],
  },

  // The glossary: what a word means.
  {
    state: 'glossary.termSignificantHarm',
    title: "What does “significant harm” mean?",
    terms: ["significant harm", "meaning of significant harm", "harm"],
    examples: ["What does significant harm mean?"],
  },
  {
    state: 'glossary.termChildInNeed',
    title: "What does “child in need” mean?",
    terms: ["child in need meaning", "what is a child in need", "child in need"],
    examples: ["What does child in need meaning mean?"],
  },
  {
    state: 'glossary.termStrategyDiscussion',
    title: "What does “strategy discussion” mean?",
    terms: ["strategy discussion meaning", "strategy discussion", "strategy meeting"],
    examples: ["What does strategy discussion meaning mean?"],
  },
  {
    state: 'glossary.termSection47',
    title: "What does “section 47” mean?",
    terms: ["section 47 meaning", "section 47", "s47"],
    examples: ["What does section 47 meaning mean?"],
  },
  {
    state: 'glossary.termCoreGroup',
    title: "What does “core group” mean?",
    terms: ["core group meaning", "core group", "core group members"],
    examples: ["What does core group meaning mean?"],
  },
  {
    state: 'glossary.termFamilyGroupConference',
    title: "What does “family group conference” mean?",
    terms: ["family group conference meaning", "family group conference", "fgc"],
    examples: ["What does family group conference meaning mean?"],
  },
  {
    state: 'glossary.termParentalResponsibility',
    title: "What does “parental responsibility” mean?",
    terms: ["parental responsibility", "pr", "who has parental responsibility"],
    examples: ["What does parental responsibility mean?"],
  },
  {
    state: 'glossary.termPrivateLaw',
    title: "What does “private law” mean?",
    terms: ["private law", "private law meaning", "family court between parents"],
    examples: ["What does private law mean?"],
  },
  {
    state: 'glossary.termCareProceedings',
    title: "What does “care proceedings” mean?",
    terms: ["care proceedings meaning", "care order", "care proceedings"],
    examples: ["What does care proceedings meaning mean?"],
  },
  {
    state: 'glossary.termLetterBeforeProceedings',
    title: "What does “letter before proceedings” mean?",
    terms: ["letter before proceedings", "pre proceedings letter", "plo letter"],
    examples: ["What does letter before proceedings mean?"],
  },
  {
    state: 'glossary.termSection20',
    title: "What does “section 20” mean?",
    terms: ["section 20 meaning", "section 20", "s20"],
    examples: ["What does section 20 meaning mean?"],
  },
  {
    state: 'glossary.termInjunction',
    title: "What does “injunction” mean?",
    terms: ["injunction", "non molestation order", "court order to keep him away"],
    examples: ["What does injunction mean?"],
  },
  {
    state: 'glossary.termMiam',
    title: "What does “MIAM” mean?",
    terms: ["miam", "mediation information and assessment meeting", "miam meaning"],
    examples: ["What does miam mean?"],
  },
  {
    state: 'glossary.termProhibitedStepsOrder',
    title: "What does “prohibited steps order” mean?",
    terms: ["prohibited steps order", "pso", "prohibited steps"],
    examples: ["What does prohibited steps order mean?"],
  },
  {
    state: 'glossary.termCoerciveControl',
    title: "What does “coercive control” mean?",
    terms: ["coercive control", "coercive control meaning", "controlling behaviour"],
    examples: ["What does coercive control mean?"],
  },
  {
    state: 'glossary.termMarac',
    title: "What does “Marac” mean?",
    terms: ["marac", "marac meaning", "multi agency risk assessment conference"],
    examples: ["What does marac mean?"],
  },
  {
    state: 'glossary.termIdva',
    title: "What does “Idva” mean?",
    terms: ["idva", "idva meaning", "independent domestic violence adviser"],
    examples: ["What does idva mean?"],
  },
  {
    state: 'glossary.termAdvocate',
    title: "What does “advocate” mean?",
    terms: ["advocate meaning", "what is an advocate", "advocacy"],
    examples: ["What does advocate meaning mean?"],
  },
  {
    state: 'glossary.termMerlin',
    title: "What does “Merlin” mean?",
    terms: ["merlin", "merlin meaning", "merlin report"],
    examples: ["What does merlin mean?"],
  },
  {
    state: 'glossary.termKinshipCare',
    title: "What does “kinship care” mean?",
    terms: ["kinship care", "kinship care meaning", "kinship carer"],
    examples: ["What does kinship care mean?"],
  },
];
