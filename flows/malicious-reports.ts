// Topic 12: my ex keeps making malicious reports (003, Vicky's story). Name the pattern as the
// abuser's behaviour, tell the social worker about it, get a specialist, keep records where
// the abuser cannot find them.
import { setup } from 'xstate';
import { defineFlow, doNext, say } from './define.js';
import { BLOGS, FAQ, HELPLINE_PAGE } from './sources.js';

export const maliciousReports = defineFlow(
  'malicious-reports',
  setup({}).createMachine({
    id: 'malicious-reports',
    initial: 'answer',
    states: {
      answer: {
        type: 'final',
        meta: {
          say: [
            say('malicious-reports.answer.tactic', {
              source: BLOGS,
              evidence: 'how they can use services to abuse their victims',
            }),
            say('malicious-reports.answer.pattern', {
              source: BLOGS,
              evidence: 'Understand how perpetrators can manipulate the system and professionals within it',
            }),
            say('malicious-reports.answer.risk', {
              source: BLOGS,
              evidence: 'stopping contact would escalate the risk from my ex-partner towards us',
            }),
            say('malicious-reports.answer.records', {
              source: FAQ,
              evidence: 'Keep a record of the instances of abuse',
            }),
            doNext('malicious-reports.answer.next', { contact: 'nationalHelpline', source: HELPLINE_PAGE }),
          ],
        },
      },
    },
  }),
);
