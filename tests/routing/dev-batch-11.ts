// A development set for typed-text routing (issue 12): batch 11, written blind on 29 Nov 2026 by a
// helper who had not seen the router's rules, its training or test messages, its danger patterns
// or any earlier development set; only the answer state ids and titles, the flows' words and the
// seeds. It is for tuning the danger detector (how readily typed text opens the triage), never
// learnt from: do not copy it into training data.
//
// 520 messages: 220 danger now (injuries, being kept in, followed or found, veiled
// threats, weapons, the parent's own suicidal thoughts, threats to the children, children hurt,
// someone who cannot talk, danger told in the past tense or as a question, rambling messages
// with the danger in the middle; short and misspelt as often as not); 220 hard ordinary
// messages (groups marked "// hard": past abuse told as history, convictions, bail and
// injunctions, children's accidents reported to services, figures of speech, fears about
// meetings, the parent's past mental health as a record question, general questions about
// abuse), each labelled with the state that answers the question asked; 60 plain ordinary
// messages; 20 the guide does not cover (some with alarming words).
export const devBatchEleven: Readonly<Record<string, readonly string[]>> = {
  danger: [
    "he's just punched me in the face and my nose won't stop bleeding",
    'i think my arm is broken he threw me down the stairs',
    'cant breathe properly he had his hands round my neck 5 mins ago',
    'he choked me till i passed out just now what do i do',
    'im 7 months pregnant and he kicked me in the stomach tonight',
    'bleeding from my head after he smashed a plate on me',
    'he strangled me in the kitchen and my throat really hurts now',
    'my ribs hurt so bad after he stamped on me, can barely move',
    'hes locked me in the bedroom and took the key',
    "he's taken my phone and car keys and won't let me out the house",
    'im using my sons tablet he took my phone, door is locked',
    'he wont let me leave the flat, hes standing in front of the door',
    "i'm shut in the bathroom and he's banging on the door",
    "he's outside my house right now",
    'hes sat in his car across the road watching my window',
    'someone is following me home from the bus stop i think its him',
    "he found the refuge. he's outside the front door",
    "he's found out my new address and he's knocking",
    'my ex is at the school gates waiting for me and the kids',
    'he turned up at my work and is waiting in the car park',
    'he texted "tonight\'s the night" what does that mean',
    'he just said see you soon and i moved 200 miles away',
    'u will be sorry he said and then he went quiet, hes in the next room',
    'he keeps asking how much my life insurance is worth',
    "he said goodbye to the kids properly tonight like he wont see them again and he's got that look",
    "he's got a knife and he's in the kitchen",
    "he has a gun in the house and he's threatening me with it",
    "he's holding a hammer and shouting at me",
    'i dont want to be here anymore, ive got the tablets in front of me',
    "i'm going to end it tonight, the kids are better off without me",
    'just swallowed a whole strip of my sleeping tablets',
    "i keep thinking of jumping off the bridge, i'm near it now",
    'im going to take the kids and go where no one finds us, i just cant anymore, i have the rope',
    "he says he's taking the kids tonight and i'll never see them again",
    "he's put the baby in the car and driven off drunk",
    "he's threatening to hurt my daughter if i call anyone",
    'he hit my son across the face just now',
    'my little boy has a bleeding lip after his dad shoved him',
    "the baby won't stop crying and he's shaking her",
    "can't talk he's here",
    'cnt tlk',
    "he's next to me, just send help",
    'help me',
    'help me please',
    'pls help hes going mad',
    "he's just hit me",
    "he came back an hour ago and he's drunk and smashing things",
    "he came in at 2am and dragged me out of bed by my hair, he's still here",
    "he hit me earlier and now he's saying he'll finish the job",
    "is it normal that he's sat outside my house again right now?",
    "is it abuse if he's got his hands on my throat right now",
    "should i be worried he's sharpening a knife and staring at me",
    "is it bad that he's pushed me into the wall and wont stop",
    "what do i do he's kicking the door in",
    'hes trying to get in through the window',
    "he's broken the back door and he's inside",
    "so i've got a social worker and a conference next week and to be honest it's been hard, and tonight he's come round and hit me and he's in the living room now and i dont know what to tell them about the conference",
    "sorry this is long, i was going to ask about the plan, but he's just grabbed the baby and won't give her back and says he'll throw her, what do i do",
    "i was reading about section 47 and he came in and saw and now he's got his hands round my neck and i got away into the loo",
    "dunno if this is the right place but he's got me in the car and won't let me out and im texting from under my coat",
    "my mum said to message you, we were fine earlier but he's started drinking and just now he put a knife to my face",
    "i'm scared he's going to kill me tonight",
    "he said he's going to kill me when the kids are asleep",
    "he said this is the last time i'll ever see my sister",
    "he told me i won't make it to my birthday next week",
    "he's poured petrol round the house",
    "he's turned the gas on and won't let us out",
    "he's threatened to set fire to the flat with us in it",
    'my partner just tried to drown me in the bath',
    "he pinned me down and i can't feel my arm",
    'blood everywhere he cut my hand with a knife',
    "i think i'm losing the baby he punched my belly",
    'my waters might have broken after he pushed me over',
    "i'm pregnant and bleeding after he hit me",
    "he bit me and it won't stop bleeding",
    "i can't see out of one eye he hit me so hard",
    'my head is spinning after he banged it on the floor',
    'my face is swollen and i think my jaw is broken',
    "he's ripped the phone line out and taken my mobile",
    "he's nailed the windows shut and hidden the keys",
    "he takes my shoes and coat so i cant go out, he's done it again today and locked the door",
    "im stuck in the house he's got the only key and isn't back till late, he said if im not here hell know",
    "he's blocked the door and said no one leaves till he says",
    "he keeps me in the spare room and i'm in there now",
    "there's a car that's followed me three times today, it's his mate",
    "he's been ringing the refuge's buzzer all night",
    "he's in the playground at the kids' school right now",
    'he just walked past the refuge window',
    "he's standing at the end of my road",
    "my ex is outside my mum's house where we're staying",
    "he's got someone watching the house",
    'he knows where i am, he sent me a photo of my front door',
    'he sent a picture of the kids\' school with "nice place"',
    "he just text me a pic of my car outside the shop i'm in",
    'ive got a tracker on my car i think, hes just turned up where i am',
    "he said you'll get what's coming tonight",
    '"enjoy your last weekend" he messaged',
    "he keeps muttering he's got nothing left to lose, he's pacing the hall",
    "he said if i leave he'll do something nobody will forget",
    "he keeps saying it'll all be over soon and to say my goodbyes",
    'he wrote a will today and gave me a funny smile',
    "he's saying he'll kill himself and take me with him",
    "he said he'll kill himself and the kids if i go",
    'his gun license is back and he keeps cleaning the shotgun looking at me',
    "he's got a crossbow out and pointing it at the door",
    "he's holding a broken bottle",
    'he threw a knife at me and missed',
    "he's waving a screwdriver at my face",
    "there's a machete under his bed and he's gone to get it",
    "i've cut myself badly and can't stop the bleeding",
    "i've got the pills counted out",
    'i want to die tonight',
    "i'm going to kill myself when the kids are at their dad's",
    "i'm standing on the balcony",
    "i've written my goodbye letters to the kids",
    'no point anymore. plan is done. tonight',
    "i'd rather be dead than lose them, i've got everything ready",
    "he says he's going to take the baby to his mum's abroad tomorrow and he's got her passport",
    "he's packing the kids' bags right now to take them away",
    "he's grabbed my son and run out of the house",
    "he's got my daughter in his car and won't tell me where",
    "my ex hasn't brought the kids back and says he'll hurt them if i call police",
    "he said he'll snap the baby's neck",
    "my daughter's got bruises on her neck from him tonight",
    "he's shut my lad in the garden shed and padlocked it",
    'he burnt my son with a lighter just now',
    "he's hitting the kids with a belt upstairs",
    "my toddler's got a cut head and he won't let me take her to a&e",
    'my kid is hiding under the bed because his dad is smashing the house up',
    "i'm typing in the cupboard, he's looking for me",
    "he's in the next room, i can't talk or he'll hear",
    "i can't speak he's listening",
    'hes here. cant call',
    "quick he's coming back",
    "whispering - he's got the kids in the front room and he's mad",
    "he's outside the bathroom door and i'm texting on mute",
    'hes just puched me',
    'im bleedin bad',
    'cant breath',
    'hes got a nife in his hand',
    'hes outsid my hous',
    'hes folowin me',
    'he wont let me leav',
    'he took my fone n keys',
    'i want 2 die',
    'gonna end it 2nite',
    'hes here now wat do i do',
    'hes hurtin the baby',
    'hes kickin off n hittin me',
    'im scared 4 my life rite now hes raging',
    "he kicked me in the back, i'm on the floor and can't get up",
    "he's stood over me shouting and i can't get past",
    "my neighbour can hear him hitting me, i'm hiding in the loo",
    "i'm in a&e waiting room and he's turned up",
    "he's just been released and he's at my door",
    "he got out of prison today and he's been ringing nonstop saying he's coming",
    "he broke his bail and he's in the garden",
    "he's breached the non-molestation order and he's at the door",
    "police left an hour ago and he's back banging on the window",
    "the police took him away but he's been let out and he's on his way",
    "he just messaged 'almost there'",
    "he says he's ten minutes away and i'm not to go anywhere",
    "he's on his way back and says i'd better be ready",
    "he said when i get back you're dead meat",
    "i locked myself in the car, he's trying to smash the window",
    "i ran to the neighbour's and he's hammering on their door",
    "i'm in the street in my nightie, he threw me out and has the kids inside",
    "he dragged me by my hair across the room earlier and he's still going",
    "he's been hitting me since this morning",
    "he's just thrown boiling water at me",
    'he pushed me out of the moving car',
    "i'm on the motorway and he's driving like a maniac saying he'll crash us",
    "he's got the kids in the car and said he'll drive into a wall",
    "he's dangling the baby over the balcony rail",
    "he's put a pillow over my face",
    "he's trying to strangle me",
    'i can hardly swallow after he squeezed my throat',
    'he knocked me out, i just woke up on the floor',
    "i think i'm concussed he hit me with a bottle",
    "he sat on my chest and i couldn't breathe, he's doing it again",
    "he pushed me and i'm having contractions",
    "i'm 20 weeks and he's booted my bump",
    "he threw the toddler onto the sofa and she hit her head and she's floppy",
    "my baby isn't waking up properly after he shook him",
    'my son has a bleeding nose, his stepdad did it',
    "he's making the kids watch while he hits me",
    "it's happening now",
    "it's happening again, he's in a rage",
    "he's coming",
    "he's found us at the new place",
    "he's at the refuge",
    "i'm scared to go home he's waiting there with a bat",
    "i can't go home he's sat in the dark in my kitchen",
    "i just got in and he's hiding in the flat",
    "he got in with a spare key and he's upstairs",
    'i hear him at the back door',
    "he's trying to break in",
    'he keeps circling the block in his van',
    "he's followed me into the supermarket",
    "is this a danger thing? he says he's coming over to sort me out tonight",
    "do i need to worry he said i'll never leave this house alive",
    "what should i do if he's standing in the garden with a knife",
    "i just need to know if it's serious that he's tied me to a chair, i got one hand free",
    "would you call it abuse if he's keeping me from eating and won't let me out of the room",
    "is he allowed to take the kids right now at 11pm when he's been drinking",
    "can i call 999 if he's hitting me now",
    "how do i get help when he's in the room and i can't talk",
    'my dad has my mum by the throat',
    "my mum's boyfriend is beating her up downstairs",
    "i'm 14 and my stepdad is hitting my mum right now",
    "my sister's ex is kicking her door in and she's on the phone to me screaming",
    "my friend has just messaged saying he's got a knife to her",
    "lol he's at the door again lol i'm terrified",
    "omg he's here",
    "ffs he's outside again",
    'sos',
    'need police now',
    'im gonna die',
    "he'll kill me",
    "he's gonna kill us",
  ],
  'child-taken.mediation': [
    'do we need to try mediation before going to court for the kids',
    // hard
    "do i need mediation before court if he's got a conviction for hurting me",
  ],
  'child-taken.pushedContact': [
    // hard
    'the social worker wants contact with their dad even though he beat me in front of them back then',
    'why is social care pushing contact when he broke my nose in 2022',
  ],
  'child-taken.solicitor': [
    // hard
    'how do i get my son back through court, his dad kept him after the summer',
  ],
  'child-taken.start': [
    // hard
    "my ex took the kids after contact last weekend and hasn't given them back, he's not violent to them",
    "the other parent kept my child after the holiday and won't return her",
  ],
  'conference.bringSomeone': [
    'am i allowed to bring a friend to the conference',
    // hard
    'can i bring my idva because he threatened me at the last meeting',
    "i'm scared to go alone to the conference, can my sister come",
  ],
  'conference.chair': [
    'who is the chair at the conference and are they independent',
    // hard
    'who runs the conference, i want to tell them he used to threaten me',
  ],
  'conference.decision': [
    // hard
    'how do they decide at the conference if the kids are at risk from his violence in the past',
    'will they put the kids on a plan because he choked me before the kids were born',
  ],
  'conference.plan': [
    'what does the core group actually do between meetings',
  ],
  'conference.report': [
    'when should i get the social workers report before conference',
    // hard
    'he strangled me in 2020, will that be in the report',
    'will the report mention that he broke my arm years ago',
    'the social workers report says i was strangled last yr, can i see it before the meeting',
    'when do i get to read what they wrote about him putting me in hospital back in 2019',
    'will the report say i was drunk the night he attacked me in 2021',
  ],
  'conference.review': [
    'when is the next review conference',
    // hard
    'the review conference was a massacre, can i challenge what they decided',
    'this is killing me, when is the review and can i appeal the decision',
  ],
  'conference.safety': [
    // hard
    'what if he kicks off at the conference',
    'he used to hit me, does he have to be in the same room at the conference',
    "i'm terrified of sitting next to him at the meeting, he nearly killed me once",
    'can we be in separate rooms at the conference because of what he did to me before',
    "he's on bail for assaulting me, will he be at the child protection conference",
    'he has an injunction against him, can he still come to the conference',
    'what happens if he turns up at the conference and starts shouting',
    "worried he'll follow me out after the conference like he did after court last year",
    "i nearly died at his hands once, i can't sit across a table from him on tuesday",
  ],
  'conference.sharing': [
    // hard
    'can i tell the conference about the time he held a knife to me in 2017',
    'i want to tell them he raped me when we were married, can i say it at the conference',
  ],
  'conference.whatItIs': [
    'what actually happens at a child protection conference',
    // hard
    'the meeting was a bloodbath, what even is a child protection conference meant to be',
    "what's a child protection conference, they said it's because he beat me when we were together",
  ],
  'danger.bsl': [
    // hard
    "i'm deaf, how would i get emergency help if he ever attacks me again",
  ],
  'danger.safetyPlan': [
    'how do you make a safety plan',
    // hard
    'how do i make a safety plan in case he finds out where we live',
    'what should be in a safety plan if he gets out of prison next year',
    'i need a safety plan for when his bail ends',
  ],
  'danger.scared': [
    // hard
    "i'm scared but not in danger right now, he said he'd come back one day",
    "he's in prison but i'm still scared all the time",
    "i'm not in danger now but i jump at every knock on the door since he hit me",
    "i'm safe at my mum's but i keep panicking he'll find me",
  ],
  'danger.silentSolution': [
    // hard
    "how do i call 999 if i can't speak, just in case it happens again",
    "what's the thing where you press 55 on a 999 call",
  ],
  'delays.complain': [
    'how do i complain to the council about childrens services',
    // hard
    "how do i complain to children's services, they lost the file about his violence",
  ],
  'delays.start': [
    'nobody is doing what they said they would',
    // hard
    "the professionals aren't doing their bit, the police never followed up the assault",
  ],
  'delays.whatToDo': [
    'they said theyd refer me to a parenting course and it never happened',
    // hard
    'they promised a referral to a domestic abuse service after the assault and nothing happened',
    'still waiting for the freedom programme months after they said, this is killing me',
  ],
  'do-i-have-to-agree.accommodation': [
    'do i have to sign the section 20 form',
    // hard
    'they want the kids in foster care for a bit after the burn, do i have to agree to section 20',
  ],
  'do-i-have-to-agree.childInNeed': [
    'is child in need optional or do i have to',
    // hard
    "do i have to accept child in need help when it's all about his past behaviour",
  ],
  'do-i-have-to-agree.custody': [
    // hard
    "they say there'll be a conference unless my ex has the kids, but he was the violent one",
  ],
  'do-i-have-to-agree.enquiries': [
    'am i allowed to say no to a section 47 visit',
    // hard
    "can i refuse the section 47 questions about my daughter's broken collarbone from the trampoline",
  ],
  'do-i-have-to-agree.safetyAgreement': [
    // hard
    "do i have to sign a safety agreement saying i won't let him near the kids after the assault",
    "they want me to sign something saying i'll call police if he turns up, do i have to",
  ],
  'do-i-have-to-agree.start': [
    'do i have to do what the social worker says',
    // hard
    'do i have to agree to everything social care say because of what he did to me',
  ],
  'do-i-have-to-agree.stayAway': [
    // hard
    'they told me to stay away from home because of the risk from him, do i have to',
  ],
  'glossary.termAdvocate': [
    'what does an advocate do exactly',
  ],
  'glossary.termCareProceedings': [
    // hard
    'care proceedings, what are they, my solicitor mentioned it after the hospital visit',
  ],
  'glossary.termChildInNeed': [
    'child in need, what does that phrase mean',
  ],
  'glossary.termCoerciveControl': [
    // hard
    'what is coercive control, he used to check my phone and stop me seeing my mum',
  ],
  'glossary.termCoreGroup': [
    'whats a core group meeting',
  ],
  'glossary.termIdva': [
    // hard
    "what's an idva, the police mentioned one after the assault",
  ],
  'glossary.termInjunction': [
    // hard
    "what's an injunction, can i get one because he attacked me before",
    "what does injunction mean, my ex's bail runs out next month",
  ],
  'glossary.termKinshipCare': [
    'what do they mean by kinship care for my two',
  ],
  'glossary.termMarac': [
    // hard
    "what's marac, they said my case went there after he strangled me",
  ],
  'glossary.termMiam': [
    "what's a miam",
  ],
  'glossary.termParentalResponsibility': [
    // hard
    'does he still have parental responsibility after being convicted of assault',
    "what does parental responsibility mean if he's in prison for hitting me",
  ],
  'glossary.termPrivateLaw': [
    'what is private law',
  ],
  'glossary.termProhibitedStepsOrder': [
    // hard
    "what's a prohibited steps order, he keeps saying he'll take my daughter",
  ],
  'glossary.termSection20': [
    'what does section twenty mean',
  ],
  'glossary.termSection47': [
    // hard
    'what does section 47 mean, it was after my son got burnt',
  ],
  'glossary.termSignificantHarm': [
    // hard
    "what does significant harm mean, does my son's burn from the kettle count",
    'is a broken arm from a fall significant harm',
  ],
  'leave-or-remove.consequences': [
    // hard
    "what happens if i don't agree to kick him out, it was only once years ago",
  ],
  'leave-or-remove.dontAgree': [
    'i dont think he should have to move out',
    // hard
    "i don't agree he has to go, he hasn't touched me since last year",
  ],
  'leave-or-remove.seePartner': [
    // hard
    "can i still see my partner away from the kids while he's on bail",
    'can i meet up with him in town while the kids are with my mum, his conviction was old',
  ],
  'leave-or-remove.start': [
    // hard
    'they told me leave him or lose the kids because of what he did in the past',
    'social worker says choose him or the kids, after his assault charge',
  ],
  'leaving-safely.changed': [
    // hard
    "he did a perpetrator course and says he's changed since he strangled me, can i let him back",
    "he's off the drink and says he'll never hit me again, should i let him come home",
  ],
  'leaving-safely.help': [
    // hard
    "where can i go, i need a refuge because of what he's done over the years",
    "how do i find a refuge, he used to hit me and i'm at my mum's now",
  ],
  'leaving-safely.plan': [
    // hard
    'how do i plan to leave safely, he took my keys every time i tried before',
    "how should i plan leaving when he's at work, he followed me last time i tried months ago",
  ],
  'leaving-safely.scared': [
    // hard
    "i'm scared of ending things with him, he said he'd kill himself if i ever left",
    "i'm frightened to finish it with him because of what he did when i tried in 2019",
  ],
  'leaving-safely.start': [
    // hard
    'is it safe to leave, last time i tried he nearly strangled me',
    "is leaving going to make him more dangerous, he's threatened it before",
  ],
  'leaving-safely.toldToLeave': [
    // hard
    'social care say leave him but when i left before he found me and beat me',
    "they want me to leave but he's threatened to hunt me down if i do",
  ],
  'legal-help.careProceedings': [
    'is legal aid free if the council takes me to court',
    // hard
    "can i get legal aid if social services take me to court over the kids' injuries from the accident",
  ],
  'legal-help.mediation': [
    'do i have to do mediation',
    // hard
    'do i have to go to mediation with the man who strangled me',
    'do i have to sit in mediation with my ex who was violent when we were together',
  ],
  'legal-help.privateLaw': [
    'can i get legal aid for a child arrangements order',
    // hard
    'can i get legal aid for court with my ex, he was convicted of assaulting me',
    "legal aid for child arrangements when there's a history of domestic violence",
  ],
  'legal-help.prohibitedSteps': [
    'how do i stop my ex taking my son out of the country',
    // hard
    "how do i stop my ex taking the kids abroad, he's threatened it before",
    "he always says one day he'll take the children to pakistan, how do i stop that legally",
  ],
  'legal-help.start': [
    'how do i find a solicitor for free',
    // hard
    'how do i get free legal advice, i got an injunction against him last year',
    'is there free legal help for someone whose ex is on bail for hurting her',
    'how do i get a lawyer for free, i got out of a violent relationship last year',
  ],
  'legal-help.whereIStand': [
    'what are my rights on a child protection plan',
    // hard
    "where do i stand legally on a child protection plan when he's the one with the conviction",
  ],
  'malicious-reports.answer': [
    // hard
    "my ex keeps ringing social services saying i hit the kids, it's all lies",
    "he keeps making false reports that i'm suicidal to get the kids",
    "my ex told the school i'm beating my son, it's a lie, he's done it 4 times",
    "my ex reported me for leaving the kids alone, it's made up, what can i do",
    'my ex keeps calling the police saying i threatened him',
  ],
  'one-off.answer': [
    // hard
    'he says the time he choked me was a one-off',
    "they're treating it as a one-off that he hit me at christmas",
    "he pushed me down the stairs once in 2021 and says it'll never happen again, social worker agrees it was one-off",
  ],
  'plan.cantFollow': [
    'the plan wants me at three appointments a week and i work full time',
    // hard
    "what if i can't follow the plan, it says no contact but he keeps turning up at my mum's when i'm not there",
    "the plan says i must go to freedom programme but i'm drowning with work, what if i can't",
  ],
  'plan.contents': [
    'what is supposed to be written in the kids plan',
    // hard
    'what should the plan say about his history of violence',
  ],
  'plan.familyGroupConference': [
    'how does a family group conference work',
    // hard
    "what's a family group conference, my family all hate him after what he did",
  ],
  'plan.partnerBack': [
    // hard
    'can my partner move back in once his bail conditions end',
    "when can he come home, the assault was 18 months ago and he's done the course",
  ],
  'plan.start': [
    'whats a child protection plan',
    // hard
    "what is a child protection plan, they said it's because of the past violence",
  ],
  'plan.stepDown': [
    'how do we get the kids off the plan eventually',
    // hard
    "how does the plan end, it's been a year since he last hit me",
  ],
  'process.concern': [
    "what are the steps after a referral to children's services",
    // hard
    'my son broke his arm at football and the hospital called social services, what happens now',
    'my toddler burnt her hand on the oven and the GP made a referral, what happens next',
    'the school reported a bruise from when my daughter fell off her bike, what happens now',
    "the police came after a row last month and now social services are involved, what's next",
    'my baby rolled off the bed and a&e referred us, step by step what will happen',
    'after he was arrested for hitting me last year social care got a referral, what will they do',
    "my daughter fell off the climbing frame and broke her arm and now social care are asking questions, what's the process",
    'the nursery saw burns on my son from a hot drink spill and called social services, what happens',
  ],
  'process.initialConference': [
    // hard
    'what comes after they finish looking into the time he hurt me',
  ],
  'process.preProceedings': [
    "does a child protection plan mean we're going to court",
    // hard
    'will this go to court because he beat me up back in 2018',
    'i could murder him for this, will it end up in court now',
  ],
  'process.strategy': [
    'what is a strategy discussion and will i be invited',
    // hard
    "what's a strategy discussion, they had one after my son fell down the stairs",
    'they had a strategy meeting after the police report about him strangling me in january',
  ],
  'removal.couldThey': [
    'can social services just take my kids',
    // hard
    'could they take my kids because he choked me when we were together',
    'he was done for battery in 2019, could social services remove my children',
    'my baby broke her leg falling off the sofa, could they take her off me',
    'could i lose my kids because of my overdose two years ago',
    'i was sectioned after my son was born, can they take him now',
    'could they take my baby because i had postnatal psychosis last time',
    "could the kids be removed because he was arrested last month even though he's gone now",
  ],
  'removal.hopeless': [
    // hard
    'is my case hopeless, he beat me for ten years and now they blame me',
    "i feel like i'm dying inside, is there any point fighting for my kids",
  ],
  'removal.manageThreat': [
    // hard
    "how do i cope when he keeps saying he'll get the kids taken off me",
    "he's always threatening to report me so i lose the kids, how do i deal with that",
  ],
  'removal.start': [
    // hard
    'he always said if i told anyone about the beatings the kids would be taken',
    'he used to threaten that social services would take the kids if i reported the strangling',
  ],
  'scared-to-report.catch22': [
    // hard
    "if i report him they take the kids and if i don't they say i hid it, he hit me before the kids were born",
    "damned if i report the old assaults, damned if i don't",
  ],
  'scared-to-report.heldAgainst': [
    // hard
    'if i tell them he used to hit me will they hold it against me',
    'will telling social services he punched me while i was pregnant with my first count against me',
    'if i report that he threatened to kill me years ago will they say i failed to protect',
    "will they think i'm a bad mum if i say i stayed with him after he choked me",
  ],
  'scared-to-report.start': [
    // hard
    "i'm scared to tell police he strangled me back in the summer",
    "he beat me for years but i never told anyone, i'm scared to tell the social worker",
    "should i tell the police about the time he held me down in 2021, i'm too scared",
  ],
  'social-worker-contact.expect': [
    'what happens when a social worker comes to the house',
    // hard
    "what happens at the home visit, i'm scared they'll ask about him choking me before",
    "a social worker is coming tomorrow about the burn on my son's arm from the iron, what will they do",
  ],
  'social-worker-contact.merlin': [
    // hard
    "what's a merlin report, the police came when he smashed the house up a few months back",
    'the police did a report on the kids after he was arrested last summer, what is that',
  ],
  'social-worker-contact.safeContact': [
    // hard
    'how can the social worker contact me safely, he used to read my texts',
    'he checks my post since forever, how should social worker get in touch',
  ],
  'social-worker-contact.start': [
    'got a letter from social services, why have they contacted me',
    // hard
    'why has a social worker contacted me, he was convicted of assaulting me last year',
    'social worker called today, is it because of the police call out in march',
    'why would social services ring me, my daughter had a fall at nursery and broke her wrist',
    'a social worker rang because my son said at school his dad hit me before we split',
    'why are social services involved when the violence was years ago',
    "a social worker wants to see me because my son said i smacked him, i didn't",
  ],
  'social-worker-contact.whatIsIt': [
    "how do i know if it's an assessment or a section 47",
    // hard
    'is it an assessment or a section 47 because my son got a black eye playing rugby',
    "they said section 47 after my ex's conviction for GBH, what does that mean for me",
  ],
  'social-worker-contact.workWith': [
    'tips for getting on with the social worker',
    // hard
    "how do i work with the social worker when i'm still shaking about what he did last year",
  ],
  'social-worker-problems.complain': [
    'how do i make a complaint about my social worker',
    // hard
    "i want to complain about my social worker, she told him where we'd moved to last year",
  ],
  'social-worker-problems.dontGetAlong': [
    'my social worker is rude and we dont get on',
    // hard
    'me and the social worker clash every time, the last visit was a war zone',
  ],
  'social-worker-problems.maleWorker': [
    'am i allowed a new social worker if this one isnt working',
    // hard
    'can i have a female social worker, a man attacked me in the past',
    "i can't be alone with a male worker after what my ex did, can i change",
  ],
  'social-worker-problems.myPast': [
    // hard
    'the social worker keeps bringing up my overdose from 2015',
    'they keep mentioning my depression after my first baby, is that fair',
    'i self harmed as a teenager and the social worker keeps raising it',
    'my old suicide attempt is in the records and the social worker brings it up every time',
    'the social worker keeps going on about when i was drinking years ago',
  ],
  'social-worker-problems.notBelieved': [
    // hard
    "the social worker doesn't believe the kids are at risk from him even though he strangled me last year",
    "i told them he hit our son when we were together and they don't believe me",
  ],
  'social-worker-problems.notUnderstood': [
    "my social worker doesn't understand coercive control at all",
    // hard
    "the social worker thinks because he only choked me once it wasn't serious",
    "my social worker doesn't get that he still controls me even though the hitting stopped",
  ],
  'social-worker-problems.othersAgree': [
    'the health visitor just agrees with whatever the social worker says',
    // hard
    "the health visitor sides with the social worker about my son's broken arm from the trampoline",
  ],
  'social-worker-problems.partnerPast': [
    // hard
    "they keep bringing up my partner's conviction for assault from 2012",
    "my new partner has an old conviction for a knife offence, they won't let it go",
    'my boyfriend did time for ABH ten years ago, will social services hold it against us forever',
  ],
  'support.advocate': [
    'where do i find an advocate near me',
    // hard
    "how do i get a support worker, he put me in hospital last year and i still can't cope",
    'i need an advocate for meetings, he was violent and i freeze up',
  ],
  'support.familyRightsGroup': [
    'who are family rights group',
    // hard
    "what is family rights group, can they help after my ex's conviction",
  ],
  'support.fosterAdopt': [
    'how do i become a foster carer one day',
    // hard
    'i want to foster one day, does it matter i was in an abusive relationship',
  ],
  'support.kinship': [
    'can my nan have the kids living with her',
    // hard
    'can my mum look after the kids while the assault case goes through court',
  ],
  'support.lgbt': [
    'are there services for gay dads',
    // hard
    'my girlfriend used to hit me, is there help for lgbt people',
  ],
  'support.marac': [
    "what's an idva and how do i get one",
    // hard
    'what are marac and an idva, police said my case is high risk after the strangulation',
  ],
  'support.olderChildren': [
    'is there help for teenagers who lived with domestic abuse',
    // hard
    'my 15 year old saw his dad beat me for years, what help is there for him',
    'my teenage daughter is angry and violent since what she saw, is there support for her',
  ],
  'support.readWrite': [
    'i struggle reading letters, is there someone who can help me',
    // hard
    "i can't read the letters well, they're about his conviction, what help is there",
  ],
  'what-counts-as-abuse.children': [
    // hard
    'how does it affect the kids that they saw him strangle me when they were little',
    'my son still has nightmares about the night his dad broke my jaw, is that the abuse affecting him',
    'how does hearing the violence affect a baby, he beat me while she was in the cot',
  ],
  'what-counts-as-abuse.control': [
    'is it abuse if he controls all the money',
    // hard
    'he took my bank card and gave me pocket money for years, is that abuse',
    'is it abuse that he used to lock me out of the house when he was angry',
    'he tracked my phone the whole time we were together, does that count',
  ],
  'what-counts-as-abuse.psychological': [
    // hard
    "they don't see the emotional stuff, he threatened to kill himself whenever i tried to leave back then",
    'social services only care about bruises, not how he used to terrify me with mind games',
  ],
  'what-counts-as-abuse.start': [
    // hard
    'is strangling counted as abuse',
    'does pushing count as domestic abuse if he only did it twice last year',
    'is it domestic abuse if he threw things at me but never hit me',
    'is it abuse if he forced me to have sex when we were married',
    'does spitting at me count as abuse',
    'was it abuse when he held me against the wall by my throat a few years ago',
    'is it abuse if he threatens to kill me but never actually does anything',
  ],
  'what-counts-as-abuse.toxic': [
    // hard
    'was it abuse or just a toxic relationship, we both screamed and he smashed things',
    'is it abuse or just fighting when we both used to hit each other',
  ],
  'what-counts-as-abuse.whoMustChange': [
    // hard
    "why am i the one being watched when he's the one with the assault conviction",
    "he put me in hospital and i'm the one doing the parenting course, why",
  ],
  'who-sees-what.address': [
    // hard
    'how do i keep my new address from him, he found me at the last place',
    'he tracked me down last time through the school, how do i keep my address hidden',
    "will social services tell him where i live, he's got a history of stalking me",
    'how do i stop my ex getting my address from the court papers, he beat me before',
  ],
  'who-sees-what.notes': [
    'where can i keep my notes so he doesnt see them',
    // hard
    'how do i keep my notes safe from him, he used to go through my bag',
    "where do i hide my diary of the abuse so he can't find it, he's read it before",
  ],
  'who-sees-what.records': [
    'how do i get a copy of my social services file from the council',
    // hard
    'can i see what they wrote about my breakdown in 2018',
    'can i get my records, i want to see what they said about the night he strangled me',
    'how do i see the notes about my suicide attempt years ago',
  ],
  'who-sees-what.school': [
    'will the school know we have a social worker',
    // hard
    'what will the school be told about the assault last year',
    "will my son's teachers know his dad was convicted of hurting me",
  ],
  'who-sees-what.sharing': [
    'who will social services pass my info on to',
    // hard
    'will social care tell the police what i say about the old assaults',
    'if i tell the social worker about my past self-harm who will they share it with',
    'will they pass on to him that i told them he strangled me',
  ],
  none: [
    'my phone screen is smashed how do i fix it',
    'what time does the tip close on sunday',
    'my washing machine is leaking everywhere help',
    'how do i kill weeds on my patio',
    'best way to get blood stains out of a carpet',
    'my car battery is dead what do i do',
    'recipe for a killer chocolate cake',
    'how do i stop my dog attacking the cat',
    "what's the weather tomorrow in leeds",
    "the boiler exploded with noise and now there's no hot water",
    'how do i change my bank pin',
    'can you recommend a good horror film',
    'how to fix a broken door handle',
    "my son wants a knife set for cooking school, what's a good one",
    'how do i get rid of mice in the loft',
    'whats the best fire extinguisher for a kitchen',
    'how do i renew my passport online',
    'how long do you boil an egg',
    'my laptop keeps crashing',
    'what time is the football on tonight',
  ],
};
