// A second set, written after the router was tuned on eval-set.ts and never used to tune it:
// its figures are the honest estimate of how the router does on phrasings it has not seen.
// Once a message here has been used to change the catalogue or the router, move it to
// eval-set.ts and write a fresh one here.
import type { EvalCase } from './eval-set.js';

export const heldOutSet: readonly EvalCase[] = [
  { text: 'hes smashing the place up and screaming at the kids', expect: 'danger', from: 'held out' },
  { text: 'my partner put his hands round my neck', expect: 'danger', from: 'held out' },
  { text: 'i think hes going to do something really bad tonight', expect: 'danger', from: 'held out' },
  { text: 'cant say much he checks my phone', expect: 'danger', from: 'held out' },
  { text: 'my ex is parked across the road watching the house', expect: 'danger', from: 'held out' },
  { text: 'he pushed me down the stairs', expect: 'danger', from: 'held out' },
  { text: 'hes threatening to burn the house down with us in it', expect: 'danger', from: 'held out' },
  { text: 'the baby has a mark on her face where he grabbed her', expect: 'danger', from: 'held out' },
  { text: 'will the police tell social services if i ring them', expect: 'scared-to-report', from: 'held out' },
  { text: 'i want to report him but im worried ill get the blame', expect: 'scared-to-report', from: 'held out' },
  { text: 'he says if i go to the police ill never see the kids again', expect: 'removal', from: 'held out' },
  { text: 'is it true they take your children if there is domestic abuse', expect: 'removal', from: 'held out' },
  { text: 'a social worker knocked on my door today out of the blue', expect: 'social-worker-contact', from: 'held out' },
  { text: 'childrens services want to meet me, do i have to let them in', expect: 'social-worker-contact', from: 'held out' },
  { text: 'got invited to a meeting about my kids with loads of professionals', expect: 'conference', from: 'held out' },
  { text: 'can my support worker speak at the case conference', expect: 'conference', from: 'held out' },
  { text: 'what happens after the strategy discussion', expect: 'process', from: 'held out' },
  { text: 'where are we in the process and what comes next', expect: 'process', from: 'held out' },
  { text: 'how long will my kids be on the plan', expect: 'plan', from: 'held out' },
  { text: 'what does the core group actually do', expect: 'plan', from: 'held out' },
  { text: 'the counselling referral still hasnt come through', expect: 'delays', from: 'held out' },
  { text: 'nobody from the team has rung me back in three weeks', expect: 'delays', from: 'held out' },
  { text: 'my sw keeps twisting my words', expect: 'social-worker-problems', from: 'held out' },
  { text: 'i want to complain about my social worker', expect: 'social-worker-problems', from: 'held out' },
  { text: 'he only pushed me once, he isnt abusive', expect: 'one-off', from: 'held out' },
  { text: 'they say he has to move out or the kids go into foster care', expect: 'leave-or-remove', from: 'held out' },
  { text: 'my sons dad has kept him since saturday and says hes not coming home', expect: 'child-taken', from: 'held out' },
  { text: 'another anonymous referral, im sure its my ex again', expect: 'malicious-reports', from: 'held out' },
  { text: 'my mum wants to look after my daughter while things get sorted', expect: 'support', from: 'held out' },
  { text: 'i struggle with reading the letters they send me', expect: 'support', from: 'held out' },
  { text: 'whats the weather tomorrow', expect: 'none', from: 'held out' },
];
