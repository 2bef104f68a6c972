// A set written after the router was tuned on eval-set.ts and never used to tune it: its
// figures are the honest estimate of how the router does on phrasings it has not seen.
// Once a message here has been used to change the catalogue or the router, move it to
// eval-set.ts and write a fresh one here (five earlier held-out sets were moved there this way).
import type { EvalCase } from './eval-set.js';

export const heldOutSet: readonly EvalCase[] = [
  { text: 'hes just smashed my phone so im on the laptop, quick', expect: 'danger', from: 'held out 6' },
  { text: 'my partner is holding my arm so hard i cant move it', expect: 'danger', from: 'held out 6' },
  { text: 'he says he will burn the flat down', expect: 'danger', from: 'held out 6' },
  { text: 'my ex just tried to run me over', expect: 'danger', from: 'held out 6' },
  { text: 'hes standing over the babys cot screaming', expect: 'danger', from: 'held out 6' },
  { text: 'he wont stop hurting my daughter', expect: 'danger', from: 'held out 6' },
  { text: 'im in the car park hiding from him', expect: 'danger', from: 'held out 6' },
  { text: 'my stepdad keeps coming into my room at night', expect: 'danger', from: 'held out 6' },
  { text: 'i feel like something bad will happen to me tonight', expect: 'danger', from: 'held out 6' },
  { text: 'if the police come out will they tell my social worker', expect: 'scared-to-report', from: 'held out 6' },
  { text: 'should i tell the social worker about the bruises or will it count against me', expect: 'scared-to-report', from: 'held out 6' },
  { text: 'he says theyll put the kids in foster care because im mental', expect: 'removal', from: 'held out 6' },
  { text: 'can childrens services remove my son if his dad is the abuser', expect: 'removal', from: 'held out 6' },
  { text: 'got a phone call from the childrens services duty team', expect: 'social-worker-contact', from: 'held out 6' },
  { text: 'the social worker wants to talk to my kids without me there is that allowed', expect: 'social-worker-contact', from: 'held out 6' },
  { text: 'can my advocate come to the child protection conference', expect: 'conference', from: 'held out 6' },
  { text: 'i dont want to be in the same meeting as my ex', expect: 'conference', from: 'held out 6' },
  { text: 'what happens once the assessment is finished', expect: 'process', from: 'held out 6' },
  { text: 'is this going to end up in court', expect: 'process', from: 'held out 6' },
  { text: 'the plan has things on it i dont understand', expect: 'plan', from: 'held out 6' },
  { text: 'can we ask for child in need instead of another plan', expect: 'plan', from: 'held out 6' },
  { text: 'the domestic abuse course they put me forward for has a 6 month wait', expect: 'delays', from: 'held out 6' },
  { text: 'nobody has done what they said they would at the last meeting', expect: 'delays', from: 'held out 6' },
  { text: 'the social worker keeps asking about my old relationships', expect: 'social-worker-problems', from: 'held out 6' },
  { text: 'my social worker is always late and never listens', expect: 'social-worker-problems', from: 'held out 6' },
  { text: 'its not abuse its just arguing like any couple', expect: 'one-off', from: 'held out 6' },
  { text: 'they said if he visits the house they will start proceedings', expect: 'leave-or-remove', from: 'held out 6' },
  { text: 'he took the children to his mums and is refusing to bring them home', expect: 'child-taken', from: 'held out 6' },
  { text: 'my ex keeps calling the police on me for no reason', expect: 'malicious-reports', from: 'held out 6' },
  { text: 'where can i find a domestic abuse worker near me', expect: 'support', from: 'held out 6' },
  { text: 'my 12 year old is having nightmares about what happened', expect: 'support', from: 'held out 6' },
  { text: 'how do i reset my router', expect: 'none', from: 'held out 6' },
];
