// A set written after the router was tuned on eval-set.ts and never used to tune it: its
// figures are the honest estimate of how the router does on phrasings it has not seen.
// Once a message here has been used to change the catalogue or the router, move it to
// eval-set.ts and write a fresh one here (six earlier held-out sets were moved there this way).
// While improving the router, run `npm run eval:routing -- --tuning` to leave this set unseen.
import type { EvalCase } from './eval-set.js';

export const heldOutSet: readonly EvalCase[] = [
  { text: 'he has the kids in the car and is driving like a maniac', expect: 'danger', from: 'held out 7' },
  { text: 'im bruised all down my side and he says hell do worse', expect: 'danger', from: 'held out 7' },
  { text: 'my partner just threw my son across the room', expect: 'danger', from: 'held out 7' },
  { text: 'he has taken all the door keys and hidden them', expect: 'danger', from: 'held out 7' },
  { text: 'hes sat at the bottom of the stairs so i cant leave', expect: 'danger', from: 'held out 7' },
  { text: 'he is outside my work waiting for me', expect: 'danger', from: 'held out 7' },
  { text: 'hes said hes going to hurt himself and take us with him', expect: 'danger', from: 'held out 7' },
  { text: 'i think my ribs are broken', expect: 'danger', from: 'held out 7' },
  { text: 'my ex just sent a photo of my kids school and said see you soon', expect: 'danger', from: 'held out 7' },
  { text: 'if i call the police on him will i lose the kids', expect: 'scared-to-report', from: 'held out 7' },
  { text: 'i never reported any of it because i was scared of social services', expect: 'scared-to-report', from: 'held out 7' },
  { text: 'the social worker said my children might be removed, is that true', expect: 'removal', from: 'held out 7' },
  { text: 'he laughs and says nobody will believe me and ill lose the kids', expect: 'removal', from: 'held out 7' },
  { text: 'i had a strategy call from the council about my kids', expect: 'social-worker-contact', from: 'held out 7' },
  { text: 'what happens when a social worker does an assessment', expect: 'social-worker-contact', from: 'held out 7' },
  { text: 'how many people will be at the child protection conference', expect: 'conference', from: 'held out 7' },
  { text: 'can i ask for the meeting to be split so i dont see him', expect: 'conference', from: 'held out 7' },
  { text: 'whats the usual timeline from referral to plan', expect: 'process', from: 'held out 7' },
  { text: 'can you explain everything that happens from now on', expect: 'process', from: 'held out 7' },
  { text: 'what happens at a review of the plan', expect: 'plan', from: 'held out 7' },
  { text: 'can the plan be changed if i cant do what it says', expect: 'plan', from: 'held out 7' },
  { text: 'im still waiting for the support they put in the plan', expect: 'delays', from: 'held out 7' },
  { text: 'why is everything taking so long with childrens services', expect: 'delays', from: 'held out 7' },
  { text: 'i dont trust my social worker', expect: 'social-worker-problems', from: 'held out 7' },
  { text: 'my social worker said i should have left sooner like its my fault', expect: 'social-worker-problems', from: 'held out 7' },
  { text: 'he only did it because he was stressed about work', expect: 'one-off', from: 'held out 7' },
  { text: 'they told me if i let him back in they will go to court', expect: 'leave-or-remove', from: 'held out 7' },
  { text: 'my ex collected our son from nursery without telling me and wont give him back', expect: 'child-taken', from: 'held out 7' },
  { text: 'my ex has told social services i hit the kids which i never did', expect: 'malicious-reports', from: 'held out 7' },
  { text: 'is there a helpline i can ring to talk about my situation', expect: 'support', from: 'held out 7' },
  { text: 'my older kids are struggling at school since all this started', expect: 'support', from: 'held out 7' },
  { text: 'how do i cancel my gym membership', expect: 'none', from: 'held out 7' },
];
