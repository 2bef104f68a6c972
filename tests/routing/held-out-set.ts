// A set written after the router was tuned on eval-set.ts and never used to tune it: its
// figures are the honest estimate of how the router does on phrasings it has not seen.
// Once a message here has been used to change the catalogue or the router, move it to
// eval-set.ts and write a fresh one here (three earlier held-out sets were moved there this way).
import type { EvalCase } from './eval-set.js';

export const heldOutSet: readonly EvalCase[] = [
  { text: 'hes put his fist through the door and im scared what hes going to do next', expect: 'danger', from: 'held out 4' },
  { text: 'he keeps turning the gas on and laughing', expect: 'danger', from: 'held out 4' },
  { text: 'my ex has been sitting in his car outside since 6', expect: 'danger', from: 'held out 4' },
  { text: 'he wont let me take the kids out of the house', expect: 'danger', from: 'held out 4' },
  { text: 'hes put my son in his room and wont let me near him', expect: 'danger', from: 'held out 4' },
  { text: 'my daughter told me daddy hurts her', expect: 'danger', from: 'held out 4' },
  { text: 'he said if i call anyone it will be the last call i make', expect: 'danger', from: 'held out 4' },
  { text: 'hes been drinking all day and the kids are home', expect: 'danger', from: 'held out 4' },
  { text: 'i dont want to get him arrested i just want it to stop', expect: 'scared-to-report', from: 'held out 4' },
  { text: 'if i ring the police will they tell the school', expect: 'scared-to-report', from: 'held out 4' },
  { text: 'what are the chances they take my kids off me', expect: 'removal', from: 'held out 4' },
  { text: 'can social care take my children if i did nothing wrong', expect: 'removal', from: 'held out 4' },
  { text: 'a social worker from the council called about a police report', expect: 'social-worker-contact', from: 'held out 4' },
  { text: 'can i say no to a social worker visit', expect: 'social-worker-contact', from: 'held out 4' },
  { text: 'do i have to go to the conference if he is going', expect: 'conference', from: 'held out 4' },
  { text: 'what do they decide at the initial meeting', expect: 'conference', from: 'held out 4' },
  { text: 'what comes after an assessment', expect: 'process', from: 'held out 4' },
  { text: 'explain section 47 and section 17 to me', expect: 'process', from: 'held out 4' },
  { text: 'the plan says i must do a freedom programme, what if i cant get a place', expect: 'plan', from: 'held out 4' },
  { text: 'how do we get off the child protection register', expect: 'plan', from: 'held out 4' },
  { text: 'school was supposed to refer my son months ago and nothing', expect: 'delays', from: 'held out 4' },
  { text: 'who do i go to when the social worker ignores my emails', expect: 'delays', from: 'held out 4' },
  { text: 'my social worker talks down to me', expect: 'social-worker-problems', from: 'held out 4' },
  { text: 'the sw believes everything my ex says', expect: 'social-worker-problems', from: 'held out 4' },
  { text: 'it was one stupid fight, we are fine now', expect: 'one-off', from: 'held out 4' },
  { text: 'they are making me choose between my husband and my kids', expect: 'leave-or-remove', from: 'held out 4' },
  { text: 'my ex has kept the kids since the weekend and the police wont do anything', expect: 'child-taken', from: 'held out 4' },
  { text: 'my ex reported me to ss saying i drink, i dont', expect: 'malicious-reports', from: 'held out 4' },
  { text: 'i need someone to talk to about all of this', expect: 'support', from: 'held out 4' },
  { text: 'could my sister have the kids for a bit', expect: 'support', from: 'held out 4' },
  { text: 'what is the capital of france', expect: 'none', from: 'held out 4' },
];
