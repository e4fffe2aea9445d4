import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addHours,
  addWorkingDays,
  formatLondon,
  isWorkingDay,
  londonOffsetMinutes,
  londonParts,
  londonWallTimeToInstant,
  parseInstant,
} from '../../machines/clock/working-days';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(iso); // test oracle only: ISO strings with 'Z' parse identically everywhere

// Instants whose London date and every date up to 10 working days later are inside the holiday table.
const COVERED_FROM = utc('2024-01-01T00:00:00Z');
const COVERED_TO = utc('2030-12-01T00:00:00Z');
const CLOCK_CHANGES = [2024, 2025, 2026, 2027, 2028, 2029, 2030].flatMap((y) => {
  const lastSunday = (m: number) => {
    const t = Date.UTC(y, m, 0); // last day of month m (1-based)
    return t - new Date(t).getUTCDay() * DAY;
  };
  return [lastSunday(3) + HOUR, lastSunday(10) + HOUR];
});

/** Whole-second instants in the covered years, with extra weight within two days of a clock change. */
const coveredInstant = fc.oneof(
  fc.integer({ min: COVERED_FROM / 1000, max: COVERED_TO / 1000 }).map((s) => s * 1000),
  fc
    .tuple(fc.constantFrom(...CLOCK_CHANGES), fc.integer({ min: -2 * 86_400, max: 2 * 86_400 }))
    .map(([t, s]) => t + s * 1000),
);

describe('parseInstant', () => {
  it('reads the offset, so the same instant written two ways is one number', () => {
    expect(parseInstant('2026-06-30T23:30:00+01:00')).toBe(utc('2026-06-30T22:30:00Z'));
    expect(parseInstant('2026-06-30T22:30:00Z')).toBe(utc('2026-06-30T22:30:00Z'));
    expect(parseInstant('2026-06-30T17:30:00-05:00')).toBe(utc('2026-06-30T22:30:00Z'));
    expect(parseInstant('2026-03-04T10:15+00:00')).toBe(utc('2026-03-04T10:15:00Z'));
    expect(parseInstant('2026-03-04T10:15:00.123456Z')).toBe(utc('2026-03-04T10:15:00.123Z'));
  });

  it('throws on a local time without an offset, and on anything else that is not an instant', () => {
    for (const bad of [
      '2026-06-30T23:30:00',
      '2026-06-30',
      '2026-06-30 23:30:00Z',
      '2026-02-29T10:00:00Z',
      '2026-06-30T24:00:00Z',
      '2026-06-30T23:60:00Z',
      '2026-06-30T23:30:00+0100',
      'yesterday',
      '',
    ]) {
      expect(() => parseInstant(bad), bad).toThrow(RangeError);
    }
  });

  it('agrees with Date.parse for any offset (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: utc('2100-01-01T00:00:00Z') / 1000 }),
        fc.integer({ min: -48, max: 56 }), // quarter hours, -12:00..+14:00
        (seconds, quarters) => {
          const offsetMin = quarters * 15;
          const local = new Date(seconds * 1000 + offsetMin * 60_000).toISOString().slice(0, 19);
          const abs = Math.abs(offsetMin);
          const off = `${offsetMin < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(parseInstant(local + off)).toBe(seconds * 1000);
          expect(parseInstant(local + off)).toBe(Date.parse(local + off));
        },
      ),
    );
  });
});

describe('London offset and wall time', () => {
  it('switches to BST at 01:00 UTC on the last Sunday of March and back on the last Sunday of October', () => {
    expect(londonOffsetMinutes(utc('2026-03-29T00:59:59Z'))).toBe(0);
    expect(londonOffsetMinutes(utc('2026-03-29T01:00:00Z'))).toBe(60);
    expect(londonOffsetMinutes(utc('2026-10-25T00:59:59Z'))).toBe(60);
    expect(londonOffsetMinutes(utc('2026-10-25T01:00:00Z'))).toBe(0);
    expect(formatLondon(utc('2026-03-29T00:59:59Z'))).toBe('2026-03-29T00:59:59+00:00');
    expect(formatLondon(utc('2026-03-29T01:00:00Z'))).toBe('2026-03-29T02:00:00+01:00');
    expect(formatLondon(utc('2026-10-25T00:59:59Z'))).toBe('2026-10-25T01:59:59+01:00');
    expect(formatLondon(utc('2026-10-25T01:00:00Z'))).toBe('2026-10-25T01:00:00+00:00');
    expect(londonOffsetMinutes(utc('2027-03-28T01:00:00Z'))).toBe(60); // 2027: last Sunday is the 28th
  });

  it('formats with seconds and never milliseconds', () => {
    expect(formatLondon(utc('2026-01-15T09:00:00.999Z'))).toBe('2026-01-15T09:00:00+00:00');
    expect(formatLondon(utc('2026-06-30T22:30:00Z'))).toBe('2026-06-30T23:30:00+01:00');
  });

  it('gives the London date, not the UTC date, late on a summer evening', () => {
    const t = parseInstant('2026-06-30T22:30:00Z');
    expect(londonParts(t)).toEqual({
      date: '2026-06-30', year: 2026, month: 6, day: 30, weekday: 2, minutesOfDay: 23 * 60 + 30, offsetMinutes: 60,
    });
    // Half an hour before midnight UTC is already the next day in London.
    expect(londonParts(parseInstant('2026-06-30T23:30:00Z'))).toMatchObject({ date: '2026-07-01', weekday: 3, minutesOfDay: 30 });
    expect(londonParts(parseInstant('2026-12-31T23:30:00Z'))).toMatchObject({ date: '2026-12-31', weekday: 4, minutesOfDay: 1410 });
  });

  it('matches Intl Europe/London for any instant from 1996 to 2037 (property)', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London', hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    const wall = (t: number) => {
      const p = Object.fromEntries(intl.formatToParts(t).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
    };
    const arb = fc.oneof(
      fc.integer({ min: utc('1996-01-01T00:00:00Z') / 1000, max: utc('2037-12-31T00:00:00Z') / 1000 }).map((s) => s * 1000),
      coveredInstant,
    );
    fc.assert(
      fc.property(arb, (t) => {
        expect(formatLondon(t).slice(0, 19)).toBe(wall(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips formatLondon and parseInstant (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: utc('2100-01-01T00:00:00Z') }), (t) => {
        const s = formatLondon(t);
        expect(s).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[01]:00$/);
        expect(parseInstant(s)).toBe(Math.floor(t / 1000) * 1000);
        expect(formatLondon(parseInstant(s))).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('londonWallTimeToInstant', () => {
  it('reads ordinary wall times with the offset in force', () => {
    expect(londonWallTimeToInstant('2026-06-30', 23, 30, 0)).toBe(utc('2026-06-30T22:30:00Z'));
    expect(londonWallTimeToInstant('2026-01-15', 23, 59, 59)).toBe(utc('2026-01-15T23:59:59Z'));
    expect(londonWallTimeToInstant('2026-03-29', 0, 59, 59)).toBe(utc('2026-03-29T00:59:59Z'));
    expect(londonWallTimeToInstant('2026-03-29', 2, 0, 0)).toBe(utc('2026-03-29T01:00:00Z'));
    expect(londonWallTimeToInstant('2026-10-25', 2, 0, 0)).toBe(utc('2026-10-25T02:00:00Z'));
  });

  it('moves the missing hour in March forward by an hour', () => {
    const t = londonWallTimeToInstant('2026-03-29', 1, 30, 0);
    expect(formatLondon(t)).toBe('2026-03-29T02:30:00+01:00');
  });

  it('takes the earlier (BST) reading of the repeated hour in October', () => {
    const t = londonWallTimeToInstant('2026-10-25', 1, 30, 0);
    expect(formatLondon(t)).toBe('2026-10-25T01:30:00+01:00');
    expect(t).toBe(utc('2026-10-25T00:30:00Z'));
  });

  it('rejects impossible wall times and dates', () => {
    expect(() => londonWallTimeToInstant('2026-06-30', 24, 0, 0)).toThrow(RangeError);
    expect(() => londonWallTimeToInstant('2026-06-30', 12, 0, 0.5)).toThrow(RangeError);
    expect(() => londonWallTimeToInstant('2026-06-31', 12, 0, 0)).toThrow(RangeError);
  });

  it('inverts formatLondon except for the second pass through the repeated hour (property)', () => {
    fc.assert(
      fc.property(coveredInstant, (t) => {
        const s = formatLondon(t);
        const [date = '', time = ''] = s.slice(0, 19).split('T');
        const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number];
        const back = londonWallTimeToInstant(date, hh, mm, ss);
        const secondPass = s.endsWith('+00:00') && date.slice(5, 7) === '10' && hh === 1 &&
          londonOffsetMinutes(t - HOUR) === 60;
        expect(back).toBe(secondPass ? t - HOUR : t);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('addHours ("within 24 hours" is elapsed time)', () => {
  it('adds 24 hours in winter and in summer', () => {
    expect(addHours('2026-03-04T10:15:00+00:00', 24)).toBe('2026-03-05T10:15:00+00:00');
    expect(addHours('2026-06-30T23:30:00+01:00', 24)).toBe('2026-07-01T23:30:00+01:00');
    expect(addHours('2026-06-30T22:30:00Z', 24)).toBe('2026-07-01T23:30:00+01:00');
  });

  it('shows a wall time an hour later across the March change and an hour earlier across October', () => {
    expect(addHours('2026-03-28T12:00:00+00:00', 24)).toBe('2026-03-29T13:00:00+01:00');
    expect(addHours('2026-10-24T12:00:00+01:00', 24)).toBe('2026-10-25T11:00:00+00:00');
    expect(addHours('2026-03-29T00:30:00+00:00', 1)).toBe('2026-03-29T02:30:00+01:00');
    expect(addHours('2026-10-25T01:30:00+01:00', 1)).toBe('2026-10-25T01:30:00+00:00');
  });

  it('rejects a non-finite number of hours and an instant without an offset', () => {
    expect(() => addHours('2026-03-04T10:15:00+00:00', Number.NaN)).toThrow(RangeError);
    expect(() => addHours('2026-03-04T10:15:00', 24)).toThrow(RangeError);
  });

  it('is exactly 24 h of epoch time later, whatever the offsets (property)', () => {
    fc.assert(
      fc.property(coveredInstant, fc.boolean(), (t, asZ) => {
        const x = asZ ? new Date(t).toISOString() : formatLondon(t);
        expect(parseInstant(addHours(x, 24)) - parseInstant(x)).toBe(24 * HOUR);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('addWorkingDays ("within N working days")', () => {
  it('follows the contract example over Christmas 2026', () => {
    // 25th Friday Christmas, 26th Saturday, 27th Sunday, 28th Monday substitute for Boxing Day.
    expect(addWorkingDays('2026-12-24T10:00:00+00:00', 1)).toBe('2026-12-29T23:59:59+00:00');
  });

  it('counts from the next working day after a Friday-evening or weekend receipt', () => {
    expect(addWorkingDays('2026-03-05T10:00:00+00:00', 1)).toBe('2026-03-06T23:59:59+00:00'); // Thu -> Fri
    expect(addWorkingDays('2026-03-06T19:30:00+00:00', 1)).toBe('2026-03-09T23:59:59+00:00'); // Fri evening -> Mon
    expect(addWorkingDays('2026-03-06T23:59:59+00:00', 1)).toBe('2026-03-09T23:59:59+00:00');
    expect(addWorkingDays('2026-03-07T10:00:00+00:00', 1)).toBe('2026-03-09T23:59:59+00:00'); // Sat
    expect(addWorkingDays('2026-03-08T23:59:59+00:00', 1)).toBe('2026-03-09T23:59:59+00:00'); // Sun
    expect(addWorkingDays('2026-03-09T00:00:00+00:00', 1)).toBe('2026-03-10T23:59:59+00:00'); // Mon -> Tue
  });

  it('uses the London date of the receipt, not the UTC date', () => {
    // Tuesday 23:30 BST is 22:30 UTC the same day: the London date is Tuesday 30 June.
    expect(addWorkingDays('2026-06-30T23:30:00+01:00', 1)).toBe('2026-07-01T23:59:59+01:00');
    expect(addWorkingDays('2026-06-30T22:30:00Z', 1)).toBe('2026-07-01T23:59:59+01:00');
    // Thursday 23:30 UTC is already Friday 00:30 in London, so one working day is Monday, not Friday.
    expect(addWorkingDays('2026-06-25T23:30:00Z', 1)).toBe('2026-06-29T23:59:59+01:00');
    // Friday 23:30 BST is still Friday in London (though 22:30 UTC): Monday.
    expect(addWorkingDays('2026-06-26T23:30:00+01:00', 1)).toBe('2026-06-29T23:59:59+01:00');
  });

  it('gives the deadline the offset in force on the day it falls', () => {
    // Received in GMT, due in BST (clocks go forward Sunday 29 March 2026), and the reverse in October.
    expect(addWorkingDays('2026-03-27T10:00:00+00:00', 1)).toBe('2026-03-30T23:59:59+01:00');
    expect(addWorkingDays('2026-03-26T10:00:00+00:00', 3)).toBe('2026-03-31T23:59:59+01:00');
    expect(addWorkingDays('2026-10-23T10:00:00+01:00', 1)).toBe('2026-10-26T23:59:59+00:00');
    expect(addWorkingDays('2026-10-22T10:00:00+01:00', 5)).toBe('2026-10-29T23:59:59+00:00');
    // Received during the repeated hour (second pass, GMT): still Sunday 25 October in London.
    expect(addWorkingDays('2026-10-25T01:30:00+00:00', 1)).toBe('2026-10-26T23:59:59+00:00');
  });

  it('skips Good Friday and Easter Monday 2026', () => {
    // Good Friday 3 April, Easter Monday 6 April.
    expect(addWorkingDays('2026-04-02T15:00:00+01:00', 1)).toBe('2026-04-07T23:59:59+01:00');
    expect(addWorkingDays('2026-04-02T15:00:00+01:00', 3)).toBe('2026-04-09T23:59:59+01:00');
    expect(addWorkingDays('2026-04-01T09:00:00+01:00', 5)).toBe('2026-04-10T23:59:59+01:00');
  });

  it('skips Easter 2027, which straddles the start of BST', () => {
    // Good Friday 26 March (GMT), clocks forward Sunday 28th, Easter Monday 29th.
    expect(addWorkingDays('2027-03-25T10:00:00+00:00', 1)).toBe('2027-03-30T23:59:59+01:00');
    expect(addWorkingDays('2027-03-24T10:00:00+00:00', 3)).toBe('2027-03-31T23:59:59+01:00');
  });

  it('skips the double substitute of Christmas 2027 and New Year 2028', () => {
    // 25th Sat, 26th Sun: substitutes Monday 27 and Tuesday 28; 1 January 2028 Sat: substitute Monday 3.
    expect(addWorkingDays('2027-12-23T16:00:00+00:00', 1)).toBe('2027-12-24T23:59:59+00:00');
    expect(addWorkingDays('2027-12-24T10:00:00+00:00', 1)).toBe('2027-12-29T23:59:59+00:00');
    expect(addWorkingDays('2027-12-24T10:00:00+00:00', 3)).toBe('2027-12-31T23:59:59+00:00');
    expect(addWorkingDays('2027-12-24T10:00:00+00:00', 5)).toBe('2028-01-05T23:59:59+00:00');
  });

  it('handles 3 working days (chase) and 5 working days (child seen)', () => {
    // Wednesday 20 May 2026; Monday 25 May is the Spring bank holiday.
    expect(addWorkingDays('2026-05-20T09:00:00+01:00', 3)).toBe('2026-05-26T23:59:59+01:00');
    expect(addWorkingDays('2026-03-02T11:00:00+00:00', 5)).toBe('2026-03-09T23:59:59+00:00');
    expect(addWorkingDays('2026-08-27T11:00:00+01:00', 5)).toBe('2026-09-04T23:59:59+01:00'); // over 31 Aug
  });

  it('rejects a count that is not a whole number of at least 1', () => {
    for (const n of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addWorkingDays('2026-03-04T10:15:00+00:00', n)).toThrow(RangeError);
    }
  });

  it('throws rather than guess once it walks past the holiday table', () => {
    expect(addWorkingDays('2030-12-27T10:00:00+00:00', 2)).toBe('2030-12-31T23:59:59+00:00');
    expect(() => addWorkingDays('2030-12-27T10:00:00+00:00', 3)).toThrow(/covers 2024-2030/);
    expect(() => addWorkingDays('2031-01-06T10:00:00+00:00', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2023-12-20T10:00:00+00:00', 1)).toThrow(RangeError);
    // Receipt on the last day before the table: only the days after it are looked at.
    expect(addWorkingDays('2023-12-31T10:00:00+00:00', 1)).toBe('2024-01-02T23:59:59+00:00');
  });

  it('ends at 23:59:59 London on a working day with exactly N working days in (start, end] (property)', () => {
    fc.assert(
      fc.property(coveredInstant, fc.integer({ min: 1, max: 10 }), fc.boolean(), (t, n, asZ) => {
        const received = asZ ? new Date(t).toISOString() : formatLondon(t);
        const due = addWorkingDays(received, n);
        const dueMs = parseInstant(due);
        const dueParts = londonParts(dueMs);
        const start = londonParts(t).date;

        expect(due).toMatch(/T23:59:59\+0[01]:00$/);
        expect(due.endsWith(londonOffsetMinutes(dueMs) === 60 ? '+01:00' : '+00:00')).toBe(true);
        expect(dueParts.minutesOfDay).toBe(1439);
        expect(dueMs % 60_000).toBe(59_000);
        expect(dueParts.date > start).toBe(true);
        expect(isWorkingDay(dueParts.date)).toBe(true);

        // Count working days in (start, due] by walking calendar dates independently of the module.
        let count = 0;
        for (let d = Date.parse(`${start}T00:00:00Z`) + DAY; ; d += DAY) {
          const date = new Date(d).toISOString().slice(0, 10);
          if (isWorkingDay(date)) count += 1;
          if (date === dueParts.date) break;
        }
        expect(count).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('is fast enough for the scenario runner', () => {
    const began = performance.now();
    for (let i = 0; i < 20_000; i++) {
      const received = formatLondon(COVERED_FROM + i * 9_876_543);
      addWorkingDays(received, 1 + (i % 5));
      addHours(received, 24);
    }
    // Each scenario needs a handful of these; 20,000 pairs well under a second leaves room for >500 scenarios/s.
    expect(performance.now() - began).toBeLessThan(1000);
  });
});
