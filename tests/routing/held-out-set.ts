// A set written after the router was tuned on eval-set.ts and never used to tune it: its
// figures are the honest estimate of how the router does on phrasings it has not seen.
// Once a message here has been used to change the catalogue or the router, move it to
// eval-set.ts and write a fresh one here (four earlier held-out sets were moved there this way).
import type { EvalCase } from './eval-set.js';

export const heldOutSet: readonly EvalCase[] = [
  { text: 'i can hear him coming up the stairs', expect: 'danger', from: 'held out 5' },
  { text: 'he has pushed the sofa against the door so i cant get out', expect: 'danger', from: 'held out 5' },
  { text: 'my son is hiding under his bed because daddy is shouting', expect: 'danger', from: 'held out 5' },
  { text: 'ex messaged saying hes watching me right now', expect: 'danger', from: 'held out 5' },
  { text: 'he put a pillow over my face last night', expect: 'danger', from: 'held out 5' },
  { text: 'hes threatening to take the baby and disappear tonight', expect: 'danger', from: 'held out 5' },
  { text: 'please i need the police my partner is going crazy', expect: 'danger', from: 'held out 5' },
  { text: 'the kids dad just showed up drunk demanding to see them', expect: 'danger', from: 'held out 5' },
  { text: 'my husband has a shotgun licence and said he would use it', expect: 'danger', from: 'held out 5' },
  { text: 'if i tell the police about him will social services get involved', expect: 'scared-to-report', from: 'held out 5' },
  { text: 'im worried they will think im a bad mum if i admit whats going on', expect: 'scared-to-report', from: 'held out 5' },
  { text: 'my partner keeps saying social services will take the kids if i leave him', expect: 'removal', from: 'held out 5' },
  { text: 'how likely is it my children go into care', expect: 'removal', from: 'held out 5' },
  { text: 'a social worker left a card saying she needs to speak to me', expect: 'social-worker-contact', from: 'held out 5' },
  { text: 'what do social workers look for when they come to your house', expect: 'social-worker-contact', from: 'held out 5' },
  { text: 'who will be at the child protection meeting and can i speak', expect: 'conference', from: 'held out 5' },
  { text: 'the conference is next tuesday and i havent seen any report', expect: 'conference', from: 'held out 5' },
  { text: 'can you tell me each stage so i know where we are', expect: 'process', from: 'held out 5' },
  { text: 'what is a child in need plan compared to child protection', expect: 'process', from: 'held out 5' },
  { text: 'what do i need to do to get the plan closed', expect: 'plan', from: 'held out 5' },
  { text: 'what is a core group and do i have to go', expect: 'plan', from: 'held out 5' },
  { text: 'we were told wed get a family support worker weeks ago and still nothing', expect: 'delays', from: 'held out 5' },
  { text: 'the social worker keeps cancelling visits', expect: 'delays', from: 'held out 5' },
  { text: 'my social worker judges me and doesnt believe what he did', expect: 'social-worker-problems', from: 'held out 5' },
  { text: 'how do i get a new social worker', expect: 'social-worker-problems', from: 'held out 5' },
  { text: 'he has never done anything like it before', expect: 'one-off', from: 'held out 5' },
  { text: 'social services told me he cant live with us anymore or they will act', expect: 'leave-or-remove', from: 'held out 5' },
  { text: 'the dad wont hand my daughter back and says shes living with him now', expect: 'child-taken', from: 'held out 5' },
  { text: 'hes made three reports about me this month all lies', expect: 'malicious-reports', from: 'held out 5' },
  { text: 'is there anyone who can help me with forms and letters', expect: 'support', from: 'held out 5' },
  { text: 'my nan said she could take the children for a while', expect: 'support', from: 'held out 5' },
  { text: 'what time does the tip open', expect: 'none', from: 'held out 5' },
];
