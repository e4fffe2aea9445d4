// The working-day clock: London wall time, "within 24 hours" and "within N working days" as defined in
// shared/spec/scenario-contract.md ("Time"). Prose walk-through: ./working-days.md.
//
// London time is computed with plain integer arithmetic from the UK summer-time rule instead of the host's
// time zone or Intl: the host zone differs between developers, CI and browsers, and Intl formatters are slow
// to build and parse. Calendar conversion uses Howard Hinnant's days-from-civil algorithms (proleptic
// Gregorian), so no Date object, no locale, and the same answer everywhere.

import { BANK_HOLIDAYS, BANK_HOLIDAY_COVERAGE } from './bank-holidays';

/** An instant as ISO 8601 with an explicit offset, e.g. '2026-03-04T10:15:00+00:00'. */
export type Instant = string;

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface LondonParts {
  /** London calendar date, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
  /** ISO weekday: Monday = 1 ... Sunday = 7. */
  readonly weekday: IsoWeekday;
  /** Minutes since London midnight, 0..1439 (seconds dropped). */
  readonly minutesOfDay: number;
  /** The offset in force at that instant: 0 (GMT) or 60 (BST). */
  readonly offsetMinutes: 0 | 60;
}

const MS_PER_SECOND = 1_000;
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------------------
// Calendar arithmetic (days since 1970-01-01, proleptic Gregorian)

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day number; 1970-01-01 was a Thursday (4). */
function weekdayOfDays(days: number): IsoWeekday {
  return ((((days + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function formatDate(year: number, month: number, day: number): string {
  if (year < 0 || year > 9999) throw new RangeError(`Year ${year} cannot be written as an ISO 8601 YYYY date`);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' -> day number, rejecting impossible dates such as 2026-02-30. */
function parseDate(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Expected a date as 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  }
  return daysFromCivil(year, month, day);
}

// ---------------------------------------------------------------------------------------------------------
// Europe/London offset

/** Epoch ms of 01:00 UTC on the last Sunday of the given month (March or October). */
function lastSundayAt0100Utc(year: number, month: 3 | 10): number {
  const last = daysFromCivil(year, month, 31); // both months have 31 days
  const sunday = last - (weekdayOfDays(last) % 7); // Sunday is 7, so % 7 = 0 steps back
  return sunday * MS_PER_DAY + MS_PER_HOUR;
}

/**
 * The UK offset in force at an instant: 60 (BST) from 01:00 UTC on the last Sunday of March until 01:00 UTC
 * on the last Sunday of October, otherwise 0 (GMT): the Summer Time Act 1972 as amended by the Summer Time
 * Order 2002, and the rule the UK has followed since 1996. It is applied to every year, so instants before 1996
 * get today's rule, not the historical one; the front door never sees those.
 */
export function londonOffsetMinutes(epochMs: number): 0 | 60 {
  assertFiniteMs(epochMs);
  const year = civilFromDays(Math.floor(epochMs / MS_PER_DAY)).year;
  // The changes happen in March and October, so the UTC year is always the London year that matters here.
  return epochMs >= lastSundayAt0100Utc(year, 3) && epochMs < lastSundayAt0100Utc(year, 10) ? 60 : 0;
}

function assertFiniteMs(epochMs: number): void {
  if (!Number.isFinite(epochMs)) throw new RangeError(`Expected epoch milliseconds, got ${epochMs}`);
}

// ---------------------------------------------------------------------------------------------------------
// Instants

// Extended ISO 8601 with a mandatory offset: seconds and fraction optional, 'Z' or ±HH:MM.
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * ISO 8601 instant -> epoch ms. The offset ('Z' or ±HH:MM) is required: a local time without one is ambiguous
 * and would otherwise be read in whatever zone the host happens to be in. Fractions beyond milliseconds are cut.
 */
export function parseInstant(iso: string): number {
  const m = INSTANT_RE.exec(iso);
  if (!m) {
    throw new RangeError(
      `Expected an ISO 8601 instant with an explicit offset, e.g. '2026-03-04T10:15:00+00:00', got ${JSON.stringify(iso)}`,
    );
  }
  const [, ys, mos, ds, hs, mis, ss, frac, z, sign, ohs, oms] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  const offsetH = z ? 0 : Number(ohs);
  const offsetM = z ? 0 : Number(oms);
  if (
    month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
    hour > 23 || minute > 59 || second > 59 || offsetH > 23 || offsetM > 59
  ) {
    throw new RangeError(`Out-of-range field in instant ${JSON.stringify(iso)}`);
  }
  const offsetMs = (sign === '-' ? -1 : 1) * (offsetH * MS_PER_HOUR + offsetM * MS_PER_MINUTE);
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY +
    hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * MS_PER_SECOND + ms -
    offsetMs
  );
}

/**
 * London wall time with its offset, 'YYYY-MM-DDTHH:mm:ss+00:00' or '+01:00'. Always whole seconds: any
 * milliseconds are dropped (floored), so every instant the clock returns has one spelling.
 */
export function formatLondon(epochMs: number): Instant {
  const offset = londonOffsetMinutes(epochMs);
  const localSeconds = Math.floor((epochMs + offset * MS_PER_MINUTE) / MS_PER_SECOND);
  const days = Math.floor(localSeconds / 86_400);
  const secondsOfDay = localSeconds - days * 86_400;
  const { year, month, day } = civilFromDays(days);
  const hh = Math.floor(secondsOfDay / 3600);
  const mm = Math.floor((secondsOfDay % 3600) / 60);
  const ss = secondsOfDay % 60;
  return `${formatDate(year, month, day)}T${pad2(hh)}:${pad2(mm)}:${pad2(ss)}${offset === 60 ? '+01:00' : '+00:00'}`;
}

/** The London calendar date, weekday and time of day of an instant. */
export function londonParts(epochMs: number): LondonParts {
  const offsetMinutes = londonOffsetMinutes(epochMs);
  const localMinutes = Math.floor((epochMs + offsetMinutes * MS_PER_MINUTE) / MS_PER_MINUTE);
  const days = Math.floor(localMinutes / 1440);
  const { year, month, day } = civilFromDays(days);
  return {
    date: formatDate(year, month, day),
    year,
    month,
    day,
    weekday: weekdayOfDays(days),
    minutesOfDay: localMinutes - days * 1440,
    offsetMinutes,
  };
}

function londonDays(epochMs: number): number {
  return Math.floor((epochMs + londonOffsetMinutes(epochMs) * MS_PER_MINUTE) / MS_PER_DAY);
}

/**
 * The instant at which London's clocks show the given wall time on the given date.
 * Clock changes happen at 01:00 UTC, so two wall times need a choice (the same one as Temporal's
 * 'compatible' disambiguation and java.time):
 * - the hour that does not exist (01:00-01:59:59 on the last Sunday of March) is read with the offset in force
 *   before the change, i.e. moved forward an hour: 01:30 -> 01:30 UTC, which London shows as 02:30 BST;
 * - the hour that happens twice (01:00-01:59:59 on the last Sunday of October) resolves to the earlier
 *   occurrence, in BST. For a deadline, the earlier reading is the safe one.
 * Deadlines themselves (23:59:59) never fall in either hour.
 */
export function londonWallTimeToInstant(date: string, hh: number, mm: number, ss: number): number {
  const days = parseDate(date);
  if (!isIntIn(hh, 0, 23) || !isIntIn(mm, 0, 59) || !isIntIn(ss, 0, 59)) {
    throw new RangeError(`Not a wall time: ${hh}:${mm}:${ss} (expected integers 0-23, 0-59, 0-59)`);
  }
  const asUtc = days * MS_PER_DAY + hh * MS_PER_HOUR + mm * MS_PER_MINUTE + ss * MS_PER_SECOND;
  const asBst = asUtc - MS_PER_HOUR;
  if (londonOffsetMinutes(asBst) === 60) return asBst; // summer, and the earlier of a repeated hour
  return asUtc; // winter, and the missing hour read as GMT
}

function isIntIn(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

/** The instant plus exactly `hours` of elapsed time ("within 24 hours"), as London wall time. */
export function addHours(instant: Instant, hours: number): Instant {
  if (!Number.isFinite(hours)) throw new RangeError(`Expected a finite number of hours, got ${hours}`);
  return formatLondon(parseInstant(instant) + hours * MS_PER_HOUR);
}

// ---------------------------------------------------------------------------------------------------------
// Bank holidays and working days

// Keyed by day number so the working-day walk does no string work per day.
const HOLIDAY_NAME_BY_DAY: ReadonlyMap<number, string> = new Map(
  BANK_HOLIDAYS.map((h) => [parseDate(h.date), h.name] as const),
);

function assertCovered(days: number): void {
  const { year } = civilFromDays(days);
  if (year < BANK_HOLIDAY_COVERAGE.from || year > BANK_HOLIDAY_COVERAGE.to) {
    const { month, day } = civilFromDays(days);
    throw new RangeError(
      `No England-and-Wales bank holiday data for ${formatDate(year, month, day)}: ` +
        `the table in machines/clock/bank-holidays.ts covers ${BANK_HOLIDAY_COVERAGE.from}-${BANK_HOLIDAY_COVERAGE.to}`,
    );
  }
}

function isWorkingDayNumber(days: number): boolean {
  assertCovered(days); // even for weekends, so a walk never runs off the table unnoticed
  return weekdayOfDays(days) <= 5 && !HOLIDAY_NAME_BY_DAY.has(days);
}

/** Whether the date ('YYYY-MM-DD') is an England-and-Wales bank holiday. RangeError outside the coverage. */
export function isBankHoliday(date: string): boolean {
  return bankHolidayName(date) !== undefined;
}

/** The bank holiday's name, or undefined if the date is not one. RangeError outside the coverage. */
export function bankHolidayName(date: string): string | undefined {
  const days = parseDate(date);
  assertCovered(days);
  return HOLIDAY_NAME_BY_DAY.get(days);
}

/** Monday to Friday and not an England-and-Wales bank holiday. RangeError outside the coverage. */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(parseDate(date));
}

/**
 * "Within n working days": 23:59:59 London time on the nth working day strictly after the instant's London
 * date. The time of day of the instant does not matter, and neither does the day being a working day.
 * The result carries the offset in force on that day.
 */
export function addWorkingDays(instant: Instant, n: number): Instant {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Expected a whole number of working days >= 1, got ${n}`);
  let days = londonDays(parseInstant(instant));
  for (let found = 0; found < n; ) {
    days += 1;
    if (isWorkingDayNumber(days)) found += 1;
  }
  const { year, month, day } = civilFromDays(days);
  return formatLondon(londonWallTimeToInstant(formatDate(year, month, day), 23, 59, 59));
}
