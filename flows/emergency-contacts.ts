// The three lines that are open around the clock, in a module of their own: the widget bundles
// these (it shows them when the guide cannot be reached) without the rest of the contacts and
// the bank-holiday calendar, which only the server needs. flows/contacts.ts includes them.
export const emergencyContacts = {
  police: {
    id: 'police',
    name: 'Police (emergency)',
    display: '999',
    tel: '999',
    hours: 'always',
    hoursText: 'Always open',
    source: 'docs/content.md contacts: emergency services',
  },
  silentSolution: {
    id: 'silentSolution',
    name: 'Silent Solution (if you cannot speak)',
    display: 'Call 999, then press 55',
    tel: '999',
    hours: 'always',
    hoursText: 'Always open',
    source: 'Police guidance on the Silent Solution',
  },
  nationalHelpline: {
    id: 'nationalHelpline',
    name: 'National Domestic Abuse Helpline',
    display: '0808 2000 247',
    tel: '08082000247',
    hours: 'always',
    hoursText: 'Free, 24 hours a day',
    source: 'National Domestic Abuse Helpline, its own page',
  },
} as const;
