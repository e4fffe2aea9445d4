// England-and-Wales bank holidays, as a checked-in table.
//
// Why a table and not a rule evaluated at run time: bank holidays are set by proclamation, not by a formula.
// The government moves or adds days (2020 VE Day, 2022 Platinum Jubilee, 2022 State Funeral, 2023 Coronation),
// and a deadline computed from a guessed holiday would be silently wrong. A table is reviewable, diffable and
// is checked against the rules by test/machines/clock-bank-holidays.test.ts.
//
// Source: the UK government's published list for England and Wales, https://www.gov.uk/bank-holidays
// (JSON: https://www.gov.uk/bank-holidays.json, division "england-and-wales"). Names follow gov.uk's titles,
// with a straight apostrophe, and "(substitute day)" where gov.uk's notes say "Substitute day".
// gov.uk publishes only a couple of years ahead, so the later years here were derived from the standing rules
// (Banking and Financial Dealings Act 1971 and the annual proclamations):
// - New Year's Day, 1 January; on a Saturday or Sunday the substitute is the following Monday.
// - Good Friday and Easter Monday: Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).
// - Early May bank holiday: first Monday of May (moved to Friday 8 May in 2020 for VE Day; normal from 2021,
//   and normal in every year covered here).
// - Spring bank holiday: last Monday of May (in 2022 moved to Thursday 2 June, plus Friday 3 June for the
//   Platinum Jubilee).
// - Summer bank holiday: last Monday of August.
// - Christmas Day (25 Dec) and Boxing Day (26 Dec). When either falls on a weekend the substitute is the next
//   weekday that is not already a holiday: Christmas on Saturday -> Monday 27 and Boxing Day -> Tuesday 28;
//   Christmas on Friday -> Boxing Day (Saturday) substitute Monday 28; Christmas on Sunday -> Boxing Day is
//   Monday 26 and Christmas's substitute is Tuesday 27.
// - One-off days, all before the covered range and listed only to explain why the range starts where it does:
//   2022-09-19 Bank Holiday for the State Funeral of Queen Elizabeth II, 2023-05-08 Bank holiday for the
//   coronation of King Charles III.
// A future one-off (proclaimed after this table was written) cannot be anticipated: when one is announced,
// add it here; the test will then need a matching entry in its list of one-off days.

export interface BankHoliday {
  /** Calendar date in England, 'YYYY-MM-DD'. */
  readonly date: string;
  /** The holiday's name as gov.uk gives it. */
  readonly name: string;
}

/**
 * The years the table is complete for. Outside them the clock throws a RangeError rather than guess,
 * because a missed holiday would move a statutory deadline.
 */
export const BANK_HOLIDAY_COVERAGE = { from: 2024, to: 2030 } as const;

/** Every England-and-Wales bank holiday in BANK_HOLIDAY_COVERAGE, in date order. */
export const BANK_HOLIDAYS: readonly BankHoliday[] = [
  // 2024 (Easter Sunday 31 March)
  { date: '2024-01-01', name: "New Year's Day" },
  { date: '2024-03-29', name: 'Good Friday' },
  { date: '2024-04-01', name: 'Easter Monday' },
  { date: '2024-05-06', name: 'Early May bank holiday' },
  { date: '2024-05-27', name: 'Spring bank holiday' },
  { date: '2024-08-26', name: 'Summer bank holiday' },
  { date: '2024-12-25', name: 'Christmas Day' },
  { date: '2024-12-26', name: 'Boxing Day' },

  // 2025 (Easter Sunday 20 April)
  { date: '2025-01-01', name: "New Year's Day" },
  { date: '2025-04-18', name: 'Good Friday' },
  { date: '2025-04-21', name: 'Easter Monday' },
  { date: '2025-05-05', name: 'Early May bank holiday' },
  { date: '2025-05-26', name: 'Spring bank holiday' },
  { date: '2025-08-25', name: 'Summer bank holiday' },
  { date: '2025-12-25', name: 'Christmas Day' },
  { date: '2025-12-26', name: 'Boxing Day' },

  // 2026 (Easter Sunday 5 April; Christmas on a Friday, so Boxing Day's substitute is Monday 28)
  { date: '2026-01-01', name: "New Year's Day" },
  { date: '2026-04-03', name: 'Good Friday' },
  { date: '2026-04-06', name: 'Easter Monday' },
  { date: '2026-05-04', name: 'Early May bank holiday' },
  { date: '2026-05-25', name: 'Spring bank holiday' },
  { date: '2026-08-31', name: 'Summer bank holiday' },
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)' },

  // 2027 (Easter Sunday 28 March; Christmas on a Saturday: both days substituted, Monday 27 and Tuesday 28)
  { date: '2027-01-01', name: "New Year's Day" },
  { date: '2027-03-26', name: 'Good Friday' },
  { date: '2027-03-29', name: 'Easter Monday' },
  { date: '2027-05-03', name: 'Early May bank holiday' },
  { date: '2027-05-31', name: 'Spring bank holiday' },
  { date: '2027-08-30', name: 'Summer bank holiday' },
  { date: '2027-12-27', name: 'Christmas Day (substitute day)' },
  { date: '2027-12-28', name: 'Boxing Day (substitute day)' },

  // 2028 (1 January a Saturday, so substitute Monday 3 January; Easter Sunday 16 April)
  { date: '2028-01-03', name: "New Year's Day (substitute day)" },
  { date: '2028-04-14', name: 'Good Friday' },
  { date: '2028-04-17', name: 'Easter Monday' },
  { date: '2028-05-01', name: 'Early May bank holiday' },
  { date: '2028-05-29', name: 'Spring bank holiday' },
  { date: '2028-08-28', name: 'Summer bank holiday' },
  { date: '2028-12-25', name: 'Christmas Day' },
  { date: '2028-12-26', name: 'Boxing Day' },

  // 2029 (Easter Sunday 1 April)
  { date: '2029-01-01', name: "New Year's Day" },
  { date: '2029-03-30', name: 'Good Friday' },
  { date: '2029-04-02', name: 'Easter Monday' },
  { date: '2029-05-07', name: 'Early May bank holiday' },
  { date: '2029-05-28', name: 'Spring bank holiday' },
  { date: '2029-08-27', name: 'Summer bank holiday' },
  { date: '2029-12-25', name: 'Christmas Day' },
  { date: '2029-12-26', name: 'Boxing Day' },

  // 2030 (Easter Sunday 21 April)
  { date: '2030-01-01', name: "New Year's Day" },
  { date: '2030-04-19', name: 'Good Friday' },
  { date: '2030-04-22', name: 'Easter Monday' },
  { date: '2030-05-06', name: 'Early May bank holiday' },
  { date: '2030-05-27', name: 'Spring bank holiday' },
  { date: '2030-08-26', name: 'Summer bank holiday' },
  { date: '2030-12-25', name: 'Christmas Day' },
  { date: '2030-12-26', name: 'Boxing Day' },
];
