// Danger is heard first, in many phrasings and spellings. Missing it is the one failure that
// matters most, so the signs are tested in the shapes people type them, not only as written.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultThresholds, Router, sharedRouter } from '../../server/routing/router.js';
import { DangerDetector, withinOneEdit } from '../../server/routing/danger.js';
import { routingCatalogue } from '../../server/routing/catalogue.js';
import { prepare } from '../../server/routing/normalise.js';
import { stemEnglish } from '../../server/routing/stem.js';
import { routingEn } from '../../flows/content/routing.en.js';

const router = sharedRouter();
const isDanger = (text: string, locale: 'en' | 'cy' = 'en') => router.route(text, locale).kind === 'danger';
const expectAll = (danger: boolean, texts: readonly string[]) => {
  for (const text of texts) expect(isDanger(text), text).toBe(danger);
};

// One phrasing per kind of sign the issue names (threats, weapons, presence, injuries,
// cannot talk, children hurt now); the evaluation set holds many more.
const signs = [
  'he said he will kill me',
  'he threatened to stab me',
  'he has a knife',
  'my ex has got a gun',
  'he is outside',
  'hes at the door',
  'my ex is on his way',
  'he is coming round',
  'he is banging on the door',
  'he broke in',
  'i cant talk',
  'he will hear me',
  'he hit me',
  'he strangled me',
  'i am bleeding',
  'he is hurting the kids',
  'he hit my son',
  'he wont let me leave',
  'i am scared for my life',
  'help me please',
];

// Danger said without a word of violence, per kind issue 12 names. Written for this test
// only: none of these is in the training data, so the model has not learnt them by heart.
const indirect: Record<string, readonly string[]> = {
  injuries: [
    'my nose wont stop bleeding',
    'i think hes broken my finger',
    'my cheek is all swollen up',
    'i went dizzy and dropped after he had me round the neck',
    'there are red marks on my throat',
    'i can hardly breathe my chest is so tight from where he knelt on me',
  ],
  'kept in': [
    'he has hidden the front door key',
    'hes standing in front of the door and wont move',
    'he took my mobile off me and wont give it back',
    'i am not allowed to leave the house',
    'hes locked us in the back bedroom',
  ],
  'followed or found': [
    'hes been following my car since the roundabout',
    'he turned up at the refuge door',
    'my ex has found out my new address',
    'hes parked opposite the school gates',
    'i found a tracker under my car',
    'he keeps watching the house from his car',
  ],
  'threats without kill': [
    'he said i will regret this',
    'he says hes got nothing to lose',
    'he texted me saying see u soon',
    'he said this time will be the last time',
    'he said we will all go together in the car',
    'he says hell end it for all of us',
  ],
  weapons: ['hes holding a kitchen knife', 'he has a machete under the bed', 'hes got a bat in his hand'],
  'the parent': ['i just took every tablet in the cupboard', 'i cant go on anymore', 'i want to end my life'],
  children: [
    'he says hell take the kids and i will never find them',
    'he hit my daughter across the face',
    'hes threatening to hurt the baby',
    'my girl has a bust lip where he belted her',
  ],
};

describe('danger said indirectly', () => {
  for (const [kind, texts] of Object.entries(indirect)) {
    it(`hears ${kind}`, () => expectAll(true, texts));
  }

  it('hears them without apostrophes, in text-speak, and with a slip', () => {
    for (const text of ['hes got my car keys n wont let me go', 'he said u wont see xmas', 'ur dead', 'hes outsyde the house']) {
      expect(isDanger(text), text).toBe(true);
    }
  });
});

describe('questions about the process that use danger words', () => {
  it('go to their answers, not the triage', () => {
    expectAll(false, [
      'if i dial 999 does it go on my record with social services',
      'can i set up a code word with my family',
      'how can a deaf person call the police',
      'will calling 999 put my kids on a plan',
      'is there an emergency number for text',
      'he never hit me but he controls the money',
      'should i tell them about a row we had last month',
    ]);
  });

  it('still hears danger in a question, and when urgency is said outright', () => {
    expectAll(true, [
      'what do i do hes outside with a knife',
      'can you help hes locked me in',
      'if i ring 999 now will they come hes kicking the door',
      'can someone ring 999 for me',
      'i cant talk',
      '999',
      'hes coming back tonight',
      'he never hit me before but tonight he strangled me',
    ]);
  });
});

describe('words that look like a sign but say something else', () => {
  it('go to their answers: the court case, papers hidden from him, visits by the agencies, her own mental health', () => {
    expectAll(false, [
      'the council is taking me to court over the children',
      'i have hidden my notes at a friends so he wont find them',
      'they send someone round every week to check the kids',
      'he keeps telling everyone im mental and cant cope',
    ]);
  });

  it('still hear the signs themselves', () => {
    expectAll(true, [
      'hes taking the kids with him',
      'he said youll never find them',
      'please send someone',
      'hes going mental downstairs',
    ]);
  });
});

describe('violence placed in the past or asked about in general', () => {
  it('goes to its answer, not the triage', () => {
    expectAll(false, [
      'my ex used to slap me about, can social services stop him seeing the kids',
      'he battered me when we were together and now the sw wants a meeting',
      'does grabbing count as domestic violence',
      'he was violent to me before we split, do i need a solicitor',
      'the social worker keeps raising the black eye i had in 2021',
      'he only hit me the once and said sorry',
      'he shoved me years ago, will that be held against me at the conference',
    ]);
  });

  it('still opens the triage when something says now, or for weapons, strangling and threats to kill', () => {
    expectAll(true, [
      'he used to hit me and tonight he started again',
      'he used to beat me and he is still doing it',
      'he hit me last night',
      'he was violent before we split and now hes outside',
      'he used to threaten me with a knife',
      'years ago he strangled me',
      'he said he would kill me when we were together',
    ]);
  });
});

describe('recent past that is still danger now', () => {
  // A past-or-general framing must not swallow these: recent days, fear of going home, him
  // still here or coming back, or out of prison, all say now. Written for this test only.
  it('opens the triage', () => {
    expectAll(true, [
      'he kicked me yesterday and hes asleep upstairs',
      'he used to hit me and yesterday he punched me in the face',
      'he used to slap me and on saturday he did it in front of the kids',
      'my ex was violent years ago and im scared to go home',
      'when we were together he knocked me out and hes just got out of prison',
      'he beat me on thursday and i dont want to go home',
      'he hurt me a couple of days ago and he will be back later',
      'my ex was violent and hes coming back for the kids at 5',
      'he slapped me the other day and im terrified of him',
      'he battered me at the weekend and i have to go back to the flat',
    ]);
  });

  it('keeps the quiet for the past and the general said without any of them', () => {
    expectAll(false, [
      'he used to hit me when the kids were little, will that affect my case',
      'my ex beat me years ago, does the new social worker need to know',
      'i took him back after he hit me, will they blame me for that',
      'the old assault from 2019 keeps coming up in meetings',
      'why am i on a course when he was the one who hurt me',
    ]);
  });
});

describe('signs added from batches of new messages (28 Nov 2026)', () => {
  // Each kind once, said in words that are not in the training data.
  it('hears what he said with no word of the process, and threats that name nothing', () => {
    expectAll(true, [
      'he said enjoy it while it lasts',
      'my ex texted me youve had it coming for a long time',
      'he said you know what ill do',
      'he said tick tock mate',
      'he told my sister ill be doing time for her soon',
    ]);
  });

  it('hears being watched, found and kept in, said another way', () => {
    expectAll(true, [
      'he knew exactly where we went on saturday',
      'someone was trying the back door handle at 3am',
      'my ex was at the school waiting for my son',
      'hes stood between me and the front door',
      'weve been stuck in the bathroom for an hour',
      'he put spyware on my laptop',
      'i keep seeing him near my work again',
      'hes wedged a chair against the bedroom door',
    ]);
  });

  it('hears the parent, the children and the body in new words', () => {
    expectAll(true, [
      'ive been saving up my tablets',
      'im standing on the ledge',
      'my vision has gone blurry since he hit me',
      'theres a lump on her head where he dropped her',
      'he was dangling my son over the banister',
      'he threatened to snatch my daughter out of nursery',
    ]);
  });

  it('leaves what he said about the process, visits by the agencies and harmless words to their answers', () => {
    expectAll(false, [
      'he says social services will take the baby if i leave',
      'my ex says the court will give him custody',
      'he says hes sorry and wants another chance',
      'the social worker turned up at my door unannounced',
      'a police officer came to my house about the report',
      'how do i kill weeds between paving slabs',
    ]);
  });
});

describe('danger signs', () => {
  for (const sign of signs) {
    it(`hears "${sign}"`, () => {
      expect(isDanger(sign)).toBe(true);
    });
  }

  it('hears common misspellings, slang and repeated letters', () => {
    for (const text of [
      'hes gonna kil me',
      'hes threatend to stab me',
      'he has a knif',
      'he got a nife',
      'hes outsideee',
      'he’s HERE',
      'HE CHOKD ME',
      'he choked me',
      'i carnt talk',
      'i cnt speak hes here',
      'my bf is kickin the door in',
      'pls help',
      'HELP!!!',
      'hellllp',
    ]) {
      expect(isDanger(text), text).toBe(true);
    }
  });

  it('hears a sign anywhere in a longer message, however it is cased or punctuated', () => {
    const filler = fc.constantFrom('', 'sorry', 'i dont know what to do', 'its 2am and', 'please', 'my sw said', 'x');
    const casing = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
    const punctuation = fc.constantFrom('', '.', '!!!', '?', ' …', ',');
    fc.assert(
      fc.property(fc.constantFrom(...signs), filler, filler, casing, punctuation, (sign, before, after, cased, mark) => {
        const text = cased(`${before} ${sign}${mark} ${after}`);
        return isDanger(text);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('hears danger words in any form and long ones misspelt by a letter', () => {
    for (const text of ['he punched the wall by my head', 'my boyfriend pinned me down', 'he threw a cup', 'he strangeld me', 'im bleading', 'he atacked me']) {
      expect(isDanger(text), text).toBe(true);
    }
  });

  it('does not stretch short words into danger ("picked" is not "kicked")', () => {
    expect(isDanger('he picked her up from school')).toBe(false);
    expect(isDanger('we had lunch at the centre')).toBe(false);
  });

  it('withinOneEdit counts one change, addition, removal or swap of neighbours', () => {
    expect(withinOneEdit('strangled', 'strangeld')).toBe(true);
    expect(withinOneEdit('strangled', 'strnagedl')).toBe(false);
    expect(withinOneEdit('bleding', 'bleading')).toBe(true);
    expect(withinOneEdit('atacked', 'attacked')).toBe(true);
    expect(withinOneEdit('atacked', 'atacked')).toBe(true);
    expect(withinOneEdit('weapon', 'wepon')).toBe(true);
    expect(withinOneEdit('kicked', 'picker')).toBe(false);
  });

  it('does not treat every message as danger', () => {
    for (const text of ['what is a child protection plan', 'can i bring a friend to the conference', 'how do i complain', '']) {
      expect(isDanger(text), text).toBe(false);
    }
  });

  it('hears Welsh danger words in the Welsh locale, and English ones there too', () => {
    expect(isDanger('mae o tu allan', 'cy')).toBe(true);
    expect(isDanger('mae ganddo gyllell', 'cy')).toBe(true);
    expect(isDanger('he is outside', 'cy')).toBe(true);
    expect(isDanger('beth yw cynllun amddiffyn plant', 'cy')).toBe(false);
  });

  it('is deterministic: the same text always gives the same answer (a router trained afresh: router.test.ts)', () => {
    for (const text of [...signs, 'what is a plan', 'social worker']) {
      expect(router.route(text, 'en')).toEqual(router.route(text, 'en'));
    }
  });
});

// 29 Nov 2026: what a past, a figure of speech or a child's accident quiets, and what it never
// quiets. Tuned on the day's development batches, never on a held-out set.
describe('history, figures of speech and accidents', () => {
  it('leaves the gravest acts told of as history and asked about to their answers', () => {
    expectAll(false, [
      'he strangled me years ago, is that classed as abuse',
      'if i tell the social worker he choked me last year will they tell the police',
      'my ex used to threaten to kill me, does that count as coercive control',
      'he had a knife once when we were together, should i tell the conference',
    ]);
  });

  it('still hears them told as history with no question, or with anything that says now', () => {
    expectAll(true, [
      'he strangled me',
      'he used to strangle me',
      'he strangled me last year and now he is back, what do i do',
      'he strangled me years ago and tonight he said he will do it again, should i tell the police',
      'he choked me last night, should i tell the social worker',
      'he used to hit me and he is outside now, what should i do',
    ]);
  });

  it('cuts figures of speech out, and hears the rest', () => {
    expectAll(false, [
      'this waiting is killing me, when is the conference',
      'my nerves are shot before the meeting',
      'i had a panic attack at the core group',
      'i could murder a brew after that meeting',
      'scared to death of the review',
      'how do i stop him using the kids as a weapon in court',
    ]);
    expectAll(true, ['he is killing me', 'my nerves are shot he has a knife', 'i had a panic attack because he hit me']);
  });

  it('cuts a child\'s accident out with its injury, and hears what is left', () => {
    expectAll(false, [
      'my son broke his wrist at football and the hospital rang social services',
      'the baby rolled off the bed and now there is a referral',
    ]);
    // A burn on the cooker or a fall in the park is never cut: he may have done it.
    expectAll(true, [
      'he broke my wrist',
      'he pushed her and she fell off the bed',
      'my son broke his wrist because his dad twisted it',
      'he burnt her hand on the cooker',
      'he broke my arm in the park',
    ]);
  });

  it('hears the act named inside a question as what happened, and danger in new words as danger (batch 7)', () => {
    expectAll(false, [
      'do i have to do mediation with the man who hit me',
      'they want him to have the kids even though he hit me, can i say no',
      'last time i called 999 social care got involved, should i call again',
      'im worried he will kick off at the meeting, can we be kept apart',
      'my son broke his arm falling off the trampoline and now social services are involved',
      'he says the anger management worked and he wants another chance',
    ]);
    expectAll(true, [
      'cant put weight on my foot he stamped on it',
      'he keeps texting watch what happens when i get there',
      'i know where you are and im not done with you',
      'im going to walk into the sea',
      'he has just driven off with my daughter',
      'help hes got me lockd in',
      'hes chasing me round the house',
      'he is kicking off at the handover right now and the kids are screaming',
      'the man who hit me is outside',
    ]);
  });

  it('hears a rule about him as a rule, and his presence as presence', () => {
    expect(isDanger('the safety plan says he can not be at the house, do i have to sign it')).toBe(false);
    expect(isDanger('he is at the house')).toBe(true);
  });
});

describe('the second reading', () => {
  // The same router with the second reading switched off (every message it re-reads passes).
  const firstReadingOnly = new Router({ thresholds: { ...defaultThresholds, secondReading: 0 } });
  const detector = new DangerDetector(routingCatalogue('en'), stemEnglish);

  it('takes questions about past violence, put in words the framing lists do not know, to their answers', () => {
    // Written for this test, none in the training data: each opens the triage on the first reading alone.
    const texts = [
      'my ex smashed my phone years back, do i have to tell the social worker',
      'if i tell them he punched me before will they take the kids',
      'can they use it against me that he beat me up before',
    ];
    for (const text of texts) {
      expect(firstReadingOnly.route(text, 'en').kind, text).toBe('danger');
      expect(isDanger(text), text).toBe(false);
    }
  });

  it('never quiets a message put plainly, one that says now, or one that tells of something under way', () => {
    const texts = [
      'he hit me last night and i want to know if they will take my kids',
      'he is hitting me now what do i say to 999',
      'if i ring 999 will they come, he is kicking the door',
      'he used to hit me and tonight he is back',
      'my sw said he broke in i dont know what to do',
      'hes chokin me',
    ];
    expectAll(true, texts);
  });

  it('reads a plain message again only when something sets it apart from now and nothing says it is now', () => {
    expectAll(false, [
      'i could strangle the social worker honestly, she twists everything',
      'he punched me one time after he lost his job and now its a whole child protection thing',
      'my little boy broke his wrist on the trampoline and now a social worker has rung',
    ]);
    expectAll(true, [
      'my sw said he hit me',
      'i dont know what to do he strangled me my sw said',
      'he has just come home drunk and is throwing plates at me, the sw is coming tomorrow',
      'he punched me one time before and hes in the next room now',
      'he showed me the gun again and said think about what you tell them',
    ]);
    expect(detector.plainButDistant(prepare('i could strangle the social worker', routingEn.slang))).toBe(true);
    expect(detector.plainButDistant(prepare('he could be outside in the house', routingEn.slang))).toBe(false);
    expect(detector.plainButDistant(prepare('my sw said i am bleeding', routingEn.slang))).toBe(false);
  });

  it('hears digits typed for letters, his return in two words, a fence climbed, a child fighting him off (batch 13)', () => {
    expectAll(true, [
      'h3 is 0utsid3',
      'omg hes back',
      'hes getting over the back wall',
      'the injunction is a joke to him, he is coming regardless',
      'my eldest is pushing him away from me to protect me',
      'she says the children are not coming home after the weekend',
      'im hiding upstairs, he has got the baby',
    ]);
    expectAll(false, ['my daughter hurt her knee from a fall at nursery, what is a section 47', 'does section 47 mean they think i hurt him']);
  });

  it('hears danger buried in a question about the process, and bare pleas (batch 14)', () => {
    expectAll(true, [
      'will they take the kids if i ring the police, hes just split my lip',
      'what happens at conference if he is there, he has locked me in the bathroom',
      'is it abuse if he takes my phone? he is in the kitchen with a knife',
      'do i have to tell the sw, he said hed kill me if i do and hes downstairs',
      'pls',
      'call somebody please',
      'help hes bak',
      'someone help he has got the baby',
      'hes banging on the back door',
      'he is going after my daughter',
      'he drove off and left us at the services with no money',
      'he has hidden the kids passports',
    ]);
    expectAll(false, [
      'he has hit me before, will that be in the report',
      'he said hed kill me years ago, does that count as a threat',
      'what is a child protection plan',
    ]);
  });

  it('hears being deadlocked in, watched from the street or the spyhole, kept in with her papers (eleventh set, read after its run)', () => {
    expectAll(true, [
      'what do i do if hes deadlocked the front door',
      'my ex has been driving up and down past our flat since tea',
      'there is banging and its him through the letterbox',
      'i think my nose has gone, he went mad when i said no',
      'he is got my passport and said im not leaving the house, probably nothing',
      'he says if they come again there will be no one left to take',
    ]);
  });

  it('hears being kept from leaving, being finished off, never making it there (batch 15)', () => {
    expectAll(true, ['he has my car keys and says we are not going anywhere', 'if he gets bail he will finish me off', 'he says ill never make it to the hearing', 'help me my ex is outside']);
  });

  it('reads only messages that hold a sign as typed, before anything quiets it', () => {
    expect(detector.alarmed(prepare('he used to hit me, will that go against me', routingEn.slang))).toBe(true);
    expect(detector.alarmed(prepare('this wait is killing me', routingEn.slang))).toBe(true);
    expect(detector.alarmed(prepare('what is a core group', routingEn.slang))).toBe(false);
    expect(detector.underWay(prepare("he's kicking the door", routingEn.slang))).toBe(true);
    expect(detector.underWay(prepare('he kicked the door years ago', routingEn.slang))).toBe(false);
    expect(detector.saysNow(prepare('and now he is back', routingEn.slang))).toBe(true);
  });
});
