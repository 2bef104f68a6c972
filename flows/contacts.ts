// The one source of truth for every number the guide shows. A wrong number is the worst bug
// this product can have, so nothing here is guessed: each entry names where it was confirmed
// (docs/content.md, "Contacts"). Opening hours are machine-readable, in UK time, so a step can say
// whether a line is open now.

import { isBankHoliday } from './bank-holidays.js';
import { emergencyContacts } from './emergency-contacts.js';

/** Weekly opening, UK local time. Days: 1 = Monday … 7 = Sunday. Times are "HH:MM", 24-hour. */
export interface WeeklyHours {
  days: number[];
  from: string;
  to: string;
}

/**
 * `always`; set weekly hours (closed on England and Wales bank holidays); or `unconfirmed`
 * where no public source we hold gives the hours: the guide then never says the line is open,
 * and offers the 24-hour line beside it.
 */
export type Hours = 'always' | WeeklyHours[] | 'unconfirmed';

export interface Contact {
  id: string;
  name: string;
  /** As a person should read and dial it. */
  display: string;
  /** Digits for a tel: link, or absent where the contact is not a phone number. */
  tel?: string;
  hours: Hours;
  /** Opening hours in words, for people. */
  hoursText: string;
  source: string;
  /** Offered instead when this line is closed (or its hours are unconfirmed). */
  whenClosed?: string;
}

export const contacts = {
  ...emergencyContacts,
  familyRightsGroup: {
    id: 'familyRightsGroup',
    name: 'Family Rights Group advice line',
    display: '0808 801 0366',
    tel: '08088010366',
    hours: [{ days: [1, 2, 3, 4, 5], from: '09:30', to: '15:00' }],
    hoursText: 'Monday to Friday, 9:30am to 3pm (not bank holidays)',
    source: '000_f722d388c7537744.txt, 004_92908fe7ad067a3c.txt',
    whenClosed: 'nationalHelpline',
  },
  galop: {
    id: 'galop',
    name: 'Galop (LGBT+ domestic abuse helpline)',
    display: '0800 999 5428',
    tel: '08009995428',
    hours: 'unconfirmed',
    hoursText: 'Set opening hours: check Galop’s website for them',
    source: 'Galop, its own page (number from docs/content.md; hours not confirmed)',
    whenClosed: 'nationalHelpline',
  },
  bsl999: {
    id: 'bsl999',
    name: '999 BSL (for Deaf people who use British Sign Language)',
    display: 'Use the 999 BSL app or website',
    hours: 'always',
    hoursText: 'Always open',
    source: '999 BSL service, its own page',
  },
} as const satisfies Record<string, Contact>;

export type ContactId = keyof typeof contacts;

export function getContact(id: string): Contact | undefined {
  return Object.hasOwn(contacts, id) ? (contacts as Record<string, Contact>)[id] : undefined;
}

const ukClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const weekdayNumber: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The weekday (1–7) and "HH:MM" it is now in the UK, whatever the server's own time zone. */
export function ukTime(now: Date): { day: number; time: string } {
  const { day, time } = ukNow(now);
  return { day, time };
}

/** As `ukTime`, with the UK calendar date ("YYYY-MM-DD") too. */
export function ukNow(now: Date): { day: number; time: string; date: string } {
  // Every step with a contact asks; the answer only changes once a minute (UK offsets are
  // whole minutes), so the costly Intl formatting runs once per minute, not once per step.
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastReading?.minute === minute) return lastReading.reading;
  const parts = Object.fromEntries(ukClock.formatToParts(now).map((p) => [p.type, p.value]));
  const reading = {
    day: weekdayNumber[parts.weekday ?? ''] ?? 0,
    time: `${parts.hour}:${parts.minute}`,
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
  Object.freeze(reading);
  lastReading = { minute, reading };
  return reading;
}

let lastReading: { minute: number; reading: { day: number; time: string; date: string } } | undefined;

export function isOpen(contact: Contact, now: Date): boolean {
  if (contact.hours === 'always') return true;
  if (contact.hours === 'unconfirmed') return false;
  const { day, time, date } = ukNow(now);
  if (isBankHoliday(date)) return false;
  return contact.hours.some((h) => h.days.includes(day) && time >= h.from && time < h.to);
}

/** The contact to offer instead while this one is closed, if it names one (from `known`). */
export function fallbackFor(
  contact: Contact,
  now: Date,
  known: Readonly<Record<string, Contact>> = contacts,
): Contact | undefined {
  if (isOpen(contact, now) || !contact.whenClosed) return undefined;
  return Object.hasOwn(known, contact.whenClosed) ? known[contact.whenClosed] : undefined;
}
