// England and Wales bank holidays, as published on GOV.UK (https://www.gov.uk/bank-holidays),
// for 2026 and 2027. Lines that open on weekdays are closed on these days. A date after the
// last one here is treated as an ordinary day: extend the list each year (a test fails when
// the list runs out within a year of the test's fixed clock dates).
export const englandAndWalesBankHolidays: readonly { date: string; name: string }[] = [
  { date: '2026-01-01', name: 'New Year’s Day' },
  { date: '2026-04-03', name: 'Good Friday' },
  { date: '2026-04-06', name: 'Easter Monday' },
  { date: '2026-05-04', name: 'Early May bank holiday' },
  { date: '2026-05-25', name: 'Spring bank holiday' },
  { date: '2026-08-31', name: 'Summer bank holiday' },
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
  { date: '2027-01-01', name: 'New Year’s Day' },
  { date: '2027-03-26', name: 'Good Friday' },
  { date: '2027-03-29', name: 'Easter Monday' },
  { date: '2027-05-03', name: 'Early May bank holiday' },
  { date: '2027-05-31', name: 'Spring bank holiday' },
  { date: '2027-08-30', name: 'Summer bank holiday' },
  { date: '2027-12-27', name: 'Christmas Day (substitute day)' },
  { date: '2027-12-28', name: 'Boxing Day (substitute day)' },
];

const dates = new Set(englandAndWalesBankHolidays.map((h) => h.date));

/** Whether a UK calendar date ("YYYY-MM-DD") is a bank holiday in England and Wales. */
export function isBankHoliday(ukDate: string): boolean {
  return dates.has(ukDate);
}
