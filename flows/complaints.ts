// How to complain, shared by the two topics that end in a complaint (problems with the social
// worker; professionals not doing their part): the manager first, then the council's three
// statutory stages, the Ombudsman, and the separate route for a conference decision.
import { doNext, say, type StepMeta } from './define.js';
import { COMPLAINTS, CONFERENCE_COMPLAINTS, FAQ, OMBUDSMAN } from './sources.js';

export const complaintOutcome = {
  type: 'final' as const,
  meta: {
    say: [
      say('complaints.manager', {
        source: FAQ,
        evidence: 'you can consider contacting your social worker\'s manager',
      }),
      say('complaints.stages', { source: COMPLAINTS }),
      say('complaints.stage2', { source: COMPLAINTS }),
      say('complaints.ombudsman', { source: OMBUDSMAN }),
      say('complaints.conference', { source: CONFERENCE_COMPLAINTS }),
      doNext('complaints.next', {
        source: FAQ,
        evidence: 'then you can make a complaint',
      }),
    ],
  } satisfies StepMeta,
};
