// "My list": the questions to ask, things to do and people to call that a person keeps as they
// go, to take into a meeting. Items are only ever messages the content already has (the person
// never writes into it), so nothing typed is ever kept. Which messages can be kept is worked
// out from how flows are written, so flow files need no change:
//   - the question a walkthrough step ends with (the state has `step`, the message is a prompt);
//   - every "what to do next" message (`doNext`): a thing to do, or a person to call when it
//     offers a contact.
// Besides those, ready-made checklists (below) can be added in one tap where they are offered.
import type { MessageSpec } from './define.js';
import { EXPLAINER, FORUM_PLAN } from './sources.js';

/** How the list is grouped when shown and printed. */
export const LIST_GROUPS = ['ask', 'do', 'call'] as const;
export type ListGroup = (typeof LIST_GROUPS)[number];

/** A list holds at most this many items: enough for any meeting, small enough to store. */
export const LIST_LIMIT = 50;

export interface ChecklistItem extends MessageSpec {
  group: ListGroup;
}

/** A ready-made set of items, offered on the flows it names. */
export interface Checklist {
  id: string;
  /** Catalogue key of the choice that adds it ("Add the Before the conference checklist"). */
  label: string;
  /** Flows whose screens offer "Add … to my list". */
  offeredIn: readonly string[];
  items: readonly ChecklistItem[];
}

/** What the seeds' advisers tell parents to do before a child protection conference. */
export const beforeConference: Checklist = {
  id: 'conference',
  label: 'list.checklist.conference',
  offeredIn: ['conference', 'process'],
  items: [
    {
      text: 'list.conference.report',
      group: 'ask',
      source: EXPLAINER,
      evidence: 'should give the family a copy of the report before the conference',
    },
    {
      text: 'list.conference.explain',
      group: 'ask',
      source: EXPLAINER,
      evidence: 'The social worker should take time to explain the recommendations to the family.',
    },
    {
      text: 'list.conference.bring',
      group: 'do',
      source: EXPLAINER,
      evidence: 'bring an advocate, friend or solicitor to the conference',
    },
    {
      text: 'list.conference.dates',
      group: 'do',
      source: FORUM_PLAN,
      evidence: 'Have your diary with you so that you can give your dates to avoid',
    },
    {
      text: 'list.conference.chair',
      group: 'ask',
      source: EXPLAINER,
      evidence: 'The conference chair should meet the parents before the conference starts',
    },
  ],
};

export const checklists: readonly Checklist[] = [beforeConference];
