import { describe, it, expect } from 'vitest';
import { BANK_HOLIDAYS, BANK_HOLIDAY_COVERAGE, type BankHoliday } from '../../machines/clock/bank-holidays';
import { bankHolidayName, isBankHoliday, isWorkingDay } from '../../machines/clock/working-days';

// An independent derivation of the standing rules, written differently from the module on purpose (Date.UTC
// for weekdays, no shared helpers), so a mistake in the checked-in table cannot be mirrored here.

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { month: Math.floor(n / 31), day: (n % 31) + 1 };
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;
const dow = (t: number) => new Date(t).getUTCDay(); // 0 = Sunday
const isWeekend = (t: number) => dow(t) === 0 || dow(t) === 6;

function firstMonday(y: number, m: number): number {
  let t = utc(y, m, 1);
  while (dow(t) !== 1) t += DAY;
  return t;
}
function lastMonday(y: number, m: number): number {
  let t = utc(y, m + 1, 1) - DAY;
  while (dow(t) !== 1) t -= DAY;
  return t;
}

// One-off proclaimed days inside the covered years. None so far; add any announced later here and in the table.
const ONE_OFFS: readonly BankHoliday[] = [];

function ruleBasedHolidays(year: number): BankHoliday[] {
  const out: BankHoliday[] = [];
  const taken = new Set<number>();
  const add = (t: number, name: string) => {
    out.push({ date: iso(t), name });
    taken.add(t);
  };

  const newYear = utc(year, 1, 1);
  if (!isWeekend(newYear)) add(newYear, "New Year's Day");
  else add(dow(newYear) === 6 ? newYear + 2 * DAY : newYear + DAY, "New Year's Day (substitute day)");

  const easter = easterSunday(year);
  const easterT = utc(year, easter.month, easter.day);
  add(easterT - 2 * DAY, 'Good Friday');
  add(easterT + DAY, 'Easter Monday');
  add(firstMonday(year, 5), 'Early May bank holiday');
  add(lastMonday(year, 5), 'Spring bank holiday');
  add(lastMonday(year, 8), 'Summer bank holiday');

  // Christmas and Boxing Day: each one on a weekend moves to the next weekday not already a holiday,
  // Christmas's substitute first.
  const christmasDays: [number, string][] = [
    [utc(year, 12, 25), 'Christmas Day'],
    [utc(year, 12, 26), 'Boxing Day'],
  ];
  for (const [t, name] of christmasDays) if (!isWeekend(t)) add(t, name);
  for (const [t, name] of christmasDays) {
    if (!isWeekend(t)) continue;
    let sub = utc(year, 12, 27);
    while (isWeekend(sub) || taken.has(sub)) sub += DAY;
    add(sub, `${name} (substitute day)`);
  }

  for (const h of ONE_OFFS) if (h.date.startsWith(`${year}-`)) out.push(h);
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const years: number[] = [];
for (let y = BANK_HOLIDAY_COVERAGE.from; y <= BANK_HOLIDAY_COVERAGE.to; y++) years.push(y);
const tableFor = (year: number) => BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`));

describe('England-and-Wales bank holiday table', () => {
  it('covers 2024 to 2030', () => {
    expect(BANK_HOLIDAY_COVERAGE).toEqual({ from: 2024, to: 2030 });
    expect(BANK_HOLIDAYS.every((h) => {
      const y = Number(h.date.slice(0, 4));
      return y >= BANK_HOLIDAY_COVERAGE.from && y <= BANK_HOLIDAY_COVERAGE.to;
    })).toBe(true);
  });

  it('the independent computus agrees with known Easter Sundays', () => {
    expect(easterSunday(2024)).toEqual({ month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 });
    expect(easterSunday(2028)).toEqual({ month: 4, day: 16 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 }); // latest possible date
    expect(easterSunday(2285)).toEqual({ month: 3, day: 22 }); // earliest possible date
  });

  it.each(years)('%i matches the rules recomputed independently (dates and names)', (year) => {
    expect(tableFor(year)).toEqual(ruleBasedHolidays(year));
  });

  it('is in strict date order, with real dates that are all weekdays', () => {
    const dates = BANK_HOLIDAYS.map((h) => h.date);
    for (let i = 1; i < dates.length; i++) expect((dates[i - 1] ?? '') < (dates[i] ?? '')).toBe(true);
    for (const d of dates) {
      const t = Date.parse(`${d}T00:00:00Z`);
      expect(iso(t)).toBe(d); // rejects 2026-02-30 and the like
      expect(isWeekend(t)).toBe(false);
    }
  });

  // Pinned from gov.uk/bank-holidays, so the test does not only check the table against its own rules.
  const pinned: Record<number, string[]> = {
    2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
    2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
    2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
    2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
    2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  };
  it.each(Object.entries(pinned))('%s has exactly the published dates', (year, days) => {
    expect(tableFor(Number(year)).map((h) => h.date)).toEqual(days.map((d) => `${year}-${d}`));
  });

  it('names substitute days', () => {
    expect(bankHolidayName('2026-12-28')).toBe('Boxing Day (substitute day)');
    expect(bankHolidayName('2027-12-27')).toBe('Christmas Day (substitute day)');
    expect(bankHolidayName('2027-12-28')).toBe('Boxing Day (substitute day)');
    expect(bankHolidayName('2028-01-03')).toBe("New Year's Day (substitute day)");
    expect(bankHolidayName('2026-04-03')).toBe('Good Friday');
    expect(bankHolidayName('2026-12-26')).toBeUndefined(); // the Saturday itself is not the bank holiday
  });

  it('answers every date in the table, and no other weekday', () => {
    const inTable = new Set(BANK_HOLIDAYS.map((h) => h.date));
    for (let t = utc(2024, 1, 1); t <= utc(2030, 12, 31); t += DAY) {
      const d = iso(t);
      expect(isBankHoliday(d)).toBe(inTable.has(d));
      expect(isWorkingDay(d)).toBe(!isWeekend(t) && !inTable.has(d));
    }
  });

  it('refuses to guess outside the covered years', () => {
    for (const d of ['2023-12-25', '2023-12-31', '2031-01-01', '2035-12-25']) {
      expect(() => isBankHoliday(d)).toThrow(RangeError);
      expect(() => bankHolidayName(d)).toThrow(/covers 2024-2030/);
      expect(() => isWorkingDay(d)).toThrow(RangeError);
    }
    expect(isBankHoliday('2024-01-01')).toBe(true);
    expect(isBankHoliday('2030-12-26')).toBe(true);
  });

  it('rejects strings that are not calendar dates', () => {
    for (const d of ['2026-02-29', '2026-13-01', '2026-1-1', '26-12-25', '2026-12-25T00:00:00Z', '']) {
      expect(() => isBankHoliday(d)).toThrow(RangeError);
    }
    expect(isBankHoliday('2028-02-29')).toBe(false); // leap day, a Tuesday
  });
});
