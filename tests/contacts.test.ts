import { describe, expect, it } from 'vitest';
import { contacts, isOpen, ukTime } from '../flows/contacts.js';

describe('contacts', () => {
  it('has the numbers CONTENT.md confirms, exactly', () => {
    expect(contacts.police.tel).toBe('999');
    expect(contacts.silentSolution.display).toBe('Call 999, then press 55');
    expect(contacts.nationalHelpline.display).toBe('0808 2000 247');
    expect(contacts.nationalHelpline.tel).toBe('08082000247');
    expect(contacts.familyRightsGroup.display).toBe('0808 801 0366');
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
