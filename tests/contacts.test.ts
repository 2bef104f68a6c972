import { describe, expect, it } from 'vitest';
import { contacts, fallbackFor, isOpen, ukTime } from '../flows/contacts.js';
import { englandAndWalesBankHolidays, isBankHoliday } from '../flows/bank-holidays.js';

describe('contacts', () => {
  it('has the numbers docs/content.md confirms, exactly', () => {
    expect(contacts.police.tel).toBe('999');
    expect(contacts.silentSolution.display).toBe('Call 999, then press 55');
    expect(contacts.nationalHelpline.display).toBe('0808 2000 247');
    expect(contacts.nationalHelpline.tel).toBe('08082000247');
    expect(contacts.familyRightsGroup.display).toBe('0808 801 0366');
    expect(contacts.galop.display).toBe('0800 999 5428');
    expect(contacts.galop.tel).toBe('08009995428');
    expect('tel' in contacts.bsl999).toBe(false);
  });

  it('every contact names its source and its hours', () => {
    for (const c of Object.values(contacts)) {
      expect(c.source.length).toBeGreaterThan(0);
      expect(c.hoursText.length).toBeGreaterThan(0);
      if ('tel' in c) expect(c.tel).toMatch(/^\d+$/);
    }
  });

  it('reads the clock in UK time, summer and winter', () => {
    expect(ukTime(new Date('2026-01-14T09:30:00Z'))).toEqual({ day: 3, time: '09:30' }); // GMT
    expect(ukTime(new Date('2026-07-15T08:30:00Z'))).toEqual({ day: 3, time: '09:30' }); // BST
  });

  it('knows when a weekday line is open', () => {
    const frg = contacts.familyRightsGroup;
    expect(isOpen(frg, new Date('2026-11-24T10:00:00Z'))).toBe(true); // Tuesday morning
    expect(isOpen(frg, new Date('2026-11-24T09:29:00Z'))).toBe(false); // before opening
    expect(isOpen(frg, new Date('2026-11-24T15:00:00Z'))).toBe(false); // closes at 15:00
    expect(isOpen(frg, new Date('2026-11-24T19:00:00Z'))).toBe(false); // evening
    expect(isOpen(frg, new Date('2026-11-28T11:00:00Z'))).toBe(false); // Saturday
    expect(isOpen(contacts.nationalHelpline, new Date('2026-11-28T03:00:00Z'))).toBe(true);
  });
});

describe('England and Wales bank holidays', () => {
  /** Easter Sunday by the anonymous Gregorian algorithm, to check the list independently. */
  function easter(year: number): string {
    const a = year % 19, b = Math.floor(year / 100), c = year % 100;
    const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
    const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
    const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  const shift = (date: string, days: number) =>
    new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday

  it('has Easter right: 5 April 2026 and 28 March 2027', () => {
    expect(easter(2026)).toBe('2026-04-05');
    expect(easter(2027)).toBe('2027-03-28');
    for (const year of [2026, 2027]) {
      expect(isBankHoliday(shift(easter(year), -2)), `Good Friday ${year}`).toBe(true);
      expect(isBankHoliday(shift(easter(year), 1)), `Easter Monday ${year}`).toBe(true);
    }
  });

  it('has eight per year, all on weekdays (substitute days included)', () => {
    for (const year of ['2026', '2027']) {
      const days = englandAndWalesBankHolidays.filter((h) => h.date.startsWith(year));
      expect(days).toHaveLength(8);
      for (const h of days) expect([1, 2, 3, 4, 5], `${h.date} ${h.name}`).toContain(weekday(h.date));
    }
  });

  it('puts the May and August holidays on the right Mondays', () => {
    const firstMonday = (y: number, m: number) => {
      for (let d = 1; ; d++) if (new Date(Date.UTC(y, m - 1, d)).getUTCDay() === 1) return d;
    };
    const lastMonday = (y: number, m: number) => {
      for (let d = new Date(Date.UTC(y, m, 0)).getUTCDate(); ; d--) if (new Date(Date.UTC(y, m - 1, d)).getUTCDay() === 1) return d;
    };
    const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    for (const y of [2026, 2027]) {
      expect(isBankHoliday(iso(y, 5, firstMonday(y, 5)))).toBe(true);
      expect(isBankHoliday(iso(y, 5, lastMonday(y, 5)))).toBe(true);
      expect(isBankHoliday(iso(y, 8, lastMonday(y, 8)))).toBe(true);
    }
    // Christmas 2026 is a Friday, so Boxing Day (Saturday) moves to Monday 28th; in 2027 both move.
    expect(['2026-12-25', '2026-12-28', '2027-12-27', '2027-12-28'].every(isBankHoliday)).toBe(true);
    expect(isBankHoliday('2026-12-26')).toBe(false);
    expect(isBankHoliday('2026-11-24')).toBe(false);
  });

  it('closes the weekday advice line on a bank holiday, in UK time', () => {
    const frg = contacts.familyRightsGroup;
    expect(isOpen(frg, new Date('2026-04-06T10:00:00Z'))).toBe(false); // Easter Monday, 11:00 BST
    expect(isOpen(frg, new Date('2026-04-07T10:00:00Z'))).toBe(true); // the Tuesday after
    expect(isOpen(frg, new Date('2027-12-28T11:00:00Z'))).toBe(false); // Boxing Day substitute
    expect(isOpen(contacts.nationalHelpline, new Date('2026-12-25T03:00:00Z'))).toBe(true);
  });

  it('never says a line with unconfirmed hours is open, and offers the 24-hour line instead', () => {
    expect(isOpen(contacts.galop, new Date('2026-11-24T11:00:00Z'))).toBe(false);
    expect(fallbackFor(contacts.galop, new Date('2026-11-24T11:00:00Z'))?.id).toBe('nationalHelpline');
    expect(fallbackFor(contacts.familyRightsGroup, new Date('2026-11-24T11:00:00Z'))).toBeUndefined();
    expect(fallbackFor(contacts.familyRightsGroup, new Date('2026-11-24T19:00:00Z'))?.id).toBe('nationalHelpline');
  });
});
