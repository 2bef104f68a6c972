// Every word the widget itself shows (the guide's answers come from the server). Plain UK
// English, short, calm. The emergency numbers come from flows/emergency-contacts.ts (part of
// flows/contacts.ts, the project's one source of truth for numbers), so they are in the bundle
// and shown even when offline.
import { emergencyContacts as contacts } from '../../flows/emergency-contacts.js';

export const words = {
  title: 'What happens next',
  exit: 'Quick exit',
  skip: 'Quick exit: leave this page now',
  close: 'Close the guide',
  back: 'Back',
  restart: 'Start again',
  read: 'Read aloud',
  stopReading: 'Stop reading',
  previous: 'Previous',
  begin: 'Start',
  intro: 'Go through it step by step, at your own pace. Nothing is sent until you start.',
  danger: 'I’m in danger now',
  sayLabel: 'Or type your question',
  send: 'Send',
  noticeExit: 'Quick exit, or pressing Shift 3 times, takes you to another website at once.',
  noticeHistory: 'It does not clear your browser history.',
  safetyLink: 'How to stay safer online',
  connecting: 'Connecting…',
  reconnecting: 'Connection lost. Reconnecting…',
  unreachable: 'We can’t reach the guide right now. We will keep trying.',
  offlineHelp: 'If you need help now:',
  reply: 'Latest reply',
  youChose: 'You chose: ',
  youWrote: 'You wrote: ',
  source: 'Source: ',
  openNow: 'Open now',
  closedNow: 'Closed now',
  hoursUnknown: 'Opening hours not confirmed',
  remove: 'Remove',
  printList: 'Print my list',
  /** What a printed list is headed, unless the charity sets `data-print-title`: nothing that names the guide. */
  printTitle: 'Notes',
  step: (n: number, of: number) => `Step ${n} of ${of}`,
  shiftLapsed: 'Timed out. Press Shift 3 times in a row to leave this page.',
  shiftLeft: (n: number) => `Press Shift ${n} more ${n === 1 ? 'time' : 'times'} to leave this page.`,
};

/** Numbers shown when the server cannot be reached: all are open around the clock. */
export const offlineContacts = [contacts.police, contacts.silentSolution, contacts.nationalHelpline].map((c) => ({
  id: c.id,
  name: c.name,
  number: c.display,
  tel: c.tel,
  hours: c.hoursText,
  openNow: true,
}));

export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
export const DEFAULT_SAFETY_URL = 'https://www.gov.uk/guidance/domestic-abuse-how-to-get-help';
