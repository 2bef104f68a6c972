// A fifth batch, written after the signs for the fourth (routing-training-danger-2.en.ts) were
// added, to check them on wording they were not written for: run once against the router as
// it then was (figures in docs/routing.md), then learnt from. Written fresh on 28 Nov 2026 in
// the seeds' voices; none is copied from a test or a held-out set.
export const dangerThreeTrainingEn: Readonly<Record<string, readonly string[]>> = {
  danger: [
    'hes just put his fist through the wall next to my head',
    'my wrist is purple and i cant bend it',
    'i was sick after he kneed me in the stomach and im 20 weeks',
    'he booted me in the head while i was on the floor',
    'theres a cut above my eye that wont stop',
    'he held my head under the bath water',
    'cant swallow properly my neck is agony',
    'i think im concussed everything is blurry',
    'he bit my face',
    'he took the door handle off the inside',
    'im locked in the spare room hes got the key',
    'he wont give me my purse or phone and the doors are locked',
    'hes parked across the drive so i cant get the car out',
    'he keeps the baby in with him so i cant run',
    'i cant get to the door hes between me and it',
    'he is at the refuge gate',
    'his mate saw me at the park and rang him',
    'my ex was in the playground at pick up today',
    'hes been messaging my new work saying he knows where i am',
    'he knew exactly where i was last night and i never told anyone',
    'i think hes put something on my car',
    'he rang from a withheld number and said nice curtains',
    'someone has been trying the handle of my back door',
    'he said not long now',
    'he says hes going to get me when i least expect it',
    'he told me to watch myself',
    'he said this is your final chance',
    'he said ill end up like his last girlfriend',
    'he keeps saying you and me are going to have a little chat later',
    'he said if i talk to the social again ill regret it',
    'he sent me a photo of a knife',
    'he keeps a taser in the van',
    'hes in the kitchen with the meat cleaver',
    'he threatened to put bleach in my eyes',
    'he splashed lighter fluid on the sofa',
    'he has a crossbow in the shed and keeps mentioning it',
    'im going to end it tonight',
    'i have the rope ready',
    'he says hes going to kill himself and make me watch',
    'he drove us at 100 mph saying he would crash us all',
    'theres no point anymore the kids deserve better',
    'he said hes taking my son and im never getting him back',
    'he said hell make sure the kids end up in care or worse',
    'hes not let me feed the baby all day',
    'my daughter has finger marks on her arm after his weekend',
    'he threw the baby bottle at my sons head',
    'hes holding my son by the arm and wont let go',
    'dont call me he goes through my phone',
    'keep it short he is next door',
    'i can only text for a sec he thinks im asleep',
    'hes stood over me while i type this to my mum',
    'he choked me on sunday and he gets back from work at 5',
    'he hit me last night and ive still got to be in the house with him',
    'he bruised my arms yesterday and now hes saying the kids are coming with him',
    'earlier he said hed stab me if i tell anyone',
    'he beat me on friday i dont want to go back there',
    'last month he broke my ribs and hes been texting all day that hes on the way',
    'he used to punch me and last night it started again',
    'when we were together he strangled me and now hes moved in down the road',
    'he was convicted for hurting me but hes out now and outside my flat',
    'he beat me up 3 days ago and keeps ringing from different numbers',
    'everything went quiet then he said youve done it now',
    'he was sharpening his knife and smiling at me',
  ],
  'what-counts-as-abuse.start': [
    'he grabbed my wrist once during a row years back is that abuse',
    'my ex was rough with me when we were together does it still count',
  ],
  'what-counts-as-abuse.children': [
    'can my daughter be affected by the rows she heard before we split',
  ],
  'what-counts-as-abuse.control': [
    'is it control if he used to decide what i wore',
  ],
  'social-worker-problems.myPast': [
    'years ago i threw a cup at him will the social worker find out',
    'i had a police caution for a fight with my ex will that count against me',
    'they keep mentioning my past drinking, how do i deal with it',
  ],
  'social-worker-problems.partnerPast': [
    'my boyfriend was violent to his ex years ago, will they stop him seeing my kids',
  ],
  'scared-to-report.heldAgainst': [
    'will they think im a bad mum because i let him back after he hit me',
    'i am worried they will blame me for what my ex did',
    'does telling them about old violence make it worse for me',
  ],
  'scared-to-report.start': [
    'can i report something he did two years ago',
  ],
  'removal.couldThey': [
    'can they take my son because his dad used to be violent',
  ],
  'one-off.answer': [
    'the police came out once when we argued and now theres a social worker, why',
  ],
  'process.concern': [
    'why did the police tell social services about a row from the summer',
  ],
  'plan.partnerBack': [
    'the plan says he cant come back yet, when can he',
  ],
  'plan.start': [
    'what is a child protection plan and how long does it last',
  ],
  'conference.safety': [
    'i dont want to sit next to my ex at the conference because of what he did',
  ],
  'who-sees-what.records': [
    'how long do social services keep records about domestic abuse',
  ],
  'who-sees-what.address': [
    'how do i keep my address off the letters that go to him',
  ],
  'legal-help.privateLaw': [
    'he was abusive and now wants contact, do i have to agree',
  ],
  'legal-help.prohibitedSteps': [
    'can i stop my ex taking the kids on holiday abroad',
  ],
  'child-taken.start': [
    'he kept our son after contact and says hes not bringing him back, what do i do legally',
  ],
  'glossary.termInjunction': [
    'how long does a non molestation order last',
  ],
  'danger.silentSolution': [
    'what happens if i call 999 and cough instead of talking',
  ],
  'danger.safetyPlan': [
    'can someone help me write a safety plan for the holidays',
  ],
  'leaving-safely.plan': [
  ],
  'leaving-safely.changed': [
    'he did a course and says hes different now, is that possible',
  ],
  'malicious-reports.answer': [
    'my ex rang social services and said i hit the kids which is a lie',
  ],
  'social-worker-problems.notBelieved': [
    'nobody believes he was violent because he is so charming',
  ],
  'support.advocate': [
    'is there someone who can come to meetings with me',
  ],
  'delays.start': [
    'the assessment was meant to be done weeks ago',
  ],
  'what-counts-as-abuse.whoMustChange': [
    'why am i the one doing courses when he hurt me',
  ],
  none: [
    'how do i unblock a sink',
    'what is the number for the council tax office',
    'my son broke his arm at football how long does a cast stay on',
    'best way to get my toddler to eat vegetables',
    'is it going to rain tomorrow',
    'how do i shoot a good video on my phone',
  ],
};
