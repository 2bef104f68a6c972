// More labelled messages (issue 12's missed targets): ordinary questions that mention past or
// general abuse ("he used to hit me, will they take my kids", "what is coercive control"), which
// must reach their answer without the danger triage, and danger said indirectly (a cracked
// cheekbone, his van going past, goodbye letters, "text me, don't ring"). Written fresh in the
// seeds' voices for this purpose, run once against the router before it was changed for them,
// then learnt from; none is copied from a test or a held-out set. Merged with the other
// training files label by label (routing.en.ts).
export const pastTrainingEn: Readonly<Record<string, readonly string[]>> = {
  danger: [
    'my head is pounding and theres blood in my hair',
    'i think hes cracked my cheekbone',
    'my throat is so sore i can barely swallow after last night',
    'he had his knee on my back and i couldnt breathe',
    'the baby has a mark on his face where he slapped him',
    'my daughter has bruising on her arm from him grabbing her',
    'he pushed me down the stairs an hour ago',
    'im sat in the bathroom with the door locked he is raging',
    'he has taken the car keys and my purse so i cant go anywhere',
    'he wont let me out of his sight not even to the toilet',
    'front door is deadlocked and he has the only key',
    'he says im not going anywhere tonight',
    'he turned up at my mums where im staying',
    'how does he know where we are we only moved on friday',
    'his car has been outside the school every afternoon this week',
    'my phone keeps pinging his location near me',
    'someone keeps leaving flowers on my doorstep at the new flat',
    'he messaged me a picture of my new front door',
    'he said tonight i will find out what happens',
    'he texted you wont get away with this',
    'he said hes got nothing left to live for and neither have we',
    'he says if he cant have the kids no one will',
    'he keeps talking about us all being together forever in heaven',
    'hes sharpening something in the kitchen and looking at me',
    'theres a hammer by the bed and he said its for me',
    'he got his dads shotgun out of the loft',
    'i just want to go to sleep and not wake up',
    'ive written letters to my kids in case',
    'everyone would be better off if i just disappeared',
    'i have a bottle of pills in my hand',
    'he said hed take the kids and drive off the bridge',
    'he wont bring the baby back and says ill never see her again',
    'i cant say much he might come in',
    'he is in the shower i have 5 mins',
    'pretend im asking about something else he reads over my shoulder',
    'text me back dont ring',
    'hes pacing up and down downstairs muttering',
    'he threw the kettle at me',
    'he dragged me by my hair across the floor',
    'my son says daddy squeezed his neck',
    'he just punched a hole in the door next to my head',
    'hes been drinking all day and is getting worse',
    'he says ill be sorry when he gets home',
    'he told me to watch my back',
    'i just saw his van go past twice',
    'he got into the refuge car park',
    'he said he will hurt the dog then me',
    'need someone to come now',
  ],
  'conference.bringSomeone': [
    'can i bring my support worker to the meeting, my ex will be there and he used to hit me',
  ],
  'conference.report': [
    'does the conference get told about the domestic violence from before',
  ],
  'conference.safety': [
    'my ex was violent, do i have to go to the conference with him',
    'how can i make sure the conference room is safe when my violent ex comes',
  ],
  'danger.safetyPlan': [
    'how do i make a safety plan for when the kids go to contact',
    'the man at the council said something about a safety plan, whats that',
  ],
  'danger.scared': [
    'i get scared when i hear a car door even though hes moved away',
    'im ok right now but i get frightened he will come back one day',
  ],
  'delays.start': [
    'nobody turned up to the core group and it got cancelled again',
    'everyone keeps passing the buck and nothing happens',
  ],
  'delays.whatToDo': [
    'my case worker hasnt rung me back for a fortnight',
    'the family support they promised never started',
  ],
  'do-i-have-to-agree.stayAway': [
    'they said i must stay at my mums and not go home',
  ],
  'glossary.termCoerciveControl': [
    'what is coercive control',
  ],
  'glossary.termInjunction': [
    'i got an injunction last year, what does that actually mean',
  ],
  'glossary.termSignificantHarm': [
    'my sw says my children are at risk of emotional harm, what does that mean',
  ],
  'leave-or-remove.dontAgree': [
    'i love him and dont want him to move out',
  ],
  'leave-or-remove.seePartner': [
    'they keep asking if im still in touch with him, is that allowed',
  ],
  'leave-or-remove.start': [
    'they want him out of the house because of what happened at christmas',
    'they said he has to go or they will take it further',
  ],
  'leaving-safely.scared': [
    'i want to leave but hes hurt me before when i tried',
    'im terrified of finishing with him because of how he will react',
    'how do i tell him its over without making things worse',
  ],
  'leaving-safely.start': [
    'is it safe to leave someone who was violent before',
  ],
  'leaving-safely.toldToLeave': [
    'they told me to get out and go to a refuge but i think hell find me there',
    'social care say i have to move out with the kids but i have nowhere safe to go',
  ],
  'legal-help.mediation': [
    'do i have to do mediation with someone who used to hurt me',
    'he was horrible when we were married, do i have to sit in mediation with him',
  ],
  'legal-help.privateLaw': [
    'my ex was abusive when we were together can he get access to the children',
    'he was arrested for assaulting me last year, will the court know',
    'i need a solicitor, my ex was violent and wants 50 50 custody',
    'my ex hurt me for years and now wants the kids every weekend, what are my rights',
  ],
  'legal-help.prohibitedSteps': [
    'he threatened me before i left, can i stop him taking the kids abroad',
    'how do i stop my ex taking our daughter to his family overseas',
  ],
  'legal-help.start': [
    'can i get legal aid if i was a victim of domestic violence',
    'i was beaten by my ex in the past, can i get help with solicitor costs',
  ],
  'malicious-reports.answer': [
    'my ex told the school i hit my daughter which is a lie',
  ],
  'one-off.answer': [
    'it only happened once, he slapped me but he said sorry',
  ],
  'plan.partnerBack': [
    'in the past there was violence but hes changed, can he move back',
    'he hasnt been violent since he did the course, can he come home',
    'can he move back in once the plan finishes',
    'will they let my husband come back home if he does the perpetrator course',
  ],
  'plan.stepDown': [
    'i was scared of him for years, now im free but social services wont close the case',
    'how long does a child protection plan last',
  ],
  'process.concern': [
    'i left him after he beat me and now social services are involved, what happens next',
    'what is the next step after the social worker has done her visits',
    'can someone explain the stages of child protection to me',
  ],
  'removal.couldThey': [
    'he used to hit me, will they take my kids',
  ],
  'removal.hopeless': [
    'does it ever get better, i feel like ill never get my kids home',
  ],
  'removal.manageThreat': [
    'he says he will take the kids off me in court',
    'he keeps threatening to report me to social services',
    'hes threatening to tell the social i cant cope so theyll take the kids',
  ],
  'scared-to-report.heldAgainst': [
    'he used to beat me years ago but we split up, will that go against me',
    'they say i failed to protect the kids from his violence',
    'will calling the police on him last time count against me now',
    'he beat me up when i was pregnant, im scared theyll say im a bad mum',
    'can i tell them about the violence without getting myself in trouble',
    'if i admit he used to knock me about will they say im neglecting the kids',
  ],
  'scared-to-report.start': [
    'what if i dont want him charged for what he did',
    'im not ready to press charges, i just want the abuse to end',
  ],
  'social-worker-contact.expect': [
    'do they send someone round to check on us',
  ],
  'social-worker-contact.merlin': [
    'what does the police report say after they came out for the fight',
    'the police put in a report after the row in august, who gets to see it',
  ],
  'social-worker-contact.start': [
    'my old partner strangled me once, is that why they want a conference',
    'police came out to a dv incident months ago and now a social worker wants to visit',
    'the health visitor saw old bruises and told social services',
    'why do i need a conference when he doesnt even live here now',
  ],
  'social-worker-problems.myPast': [
    'the social worker keeps going on about when he hit me in 2019',
    'he broke my nose years ago and they still bring it up',
    'i got out two years ago but the social worker still treats me like im with him',
    'they read out all the old police call outs at the meeting',
  ],
  'social-worker-problems.notUnderstood': [
    'the social worker doesnt believe he was violent to me',
  ],
  'social-worker-problems.partnerPast': [
    'my partner has a conviction for hitting his ex, they keep mentioning it',
    'my childrens dad had a caution for battering his last girlfriend and they use it against me',
  ],
  'support.advocate': [
    'what help is there for women who have been abused',
    'can i ring the helpline to talk about what happened years ago',
    'is there anyone who understands abuse that i can talk to',
    'where can i find someone to talk to about what he put me through',
  ],
  'support.marac': [
    'what is a marac meeting, my idva mentioned it',
    'whats an idva and what does marac do',
  ],
  'support.olderChildren': [
    'my daughter still has nightmares about the night he attacked me, who can help her',
    'my 14 year old is refusing school since everything happened at home',
  ],
  'support.readWrite': [
    'i have a learning disability and the forms make no sense to me',
  ],
  'what-counts-as-abuse.children': [
    'how does seeing violence at home affect kids',
    'the kids saw him hit me a while ago, are they damaged',
    'i got hurt a lot in that relationship, how do i stop it affecting my kids',
    'the children watched him go for me last year and my youngest still wets the bed',
  ],
  'what-counts-as-abuse.control': [
    'my ex used to control all the money, is that abuse',
    'is it abuse if he checks my phone all the time',
    'he never laid a hand on me but he controlled every penny',
    'is being made to ask for money abuse',
  ],
  'what-counts-as-abuse.psychological': [
    'he was never physical but the mind games were awful, does that count',
  ],
  'what-counts-as-abuse.start': [
    'is pushing someone classed as domestic abuse',
    'does him shouting at me count as abuse if he never hits me',
    'what counts as violence, he only grabs my arm sometimes',
    'my ex used to threaten to kill himself to stop me leaving, is that abuse',
  ],
  'what-counts-as-abuse.whoMustChange': [
    'why is it me on the plan when hes the one who was violent',
    'the social worker says its my fault for not protecting them from his temper',
  ],
  'who-sees-what.address': [
    'how do i keep my new address secret from my violent ex',
  ],
  'who-sees-what.sharing': [
    'do i have to tell the social worker everything he did to me',
    'who will read what i tell the social worker about the abuse',
  ],
  'none': [
    'what is the weather tomorrow',
    'can you book me a doctors appointment',
  ],
};
