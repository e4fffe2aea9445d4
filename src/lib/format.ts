import { parseInstant } from '../../machines/clock/working-days';

// Dates are shown in London time whatever the browser's zone: the procedures' clocks are English.
const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatInstant(instant: string): string {
  return FORMAT.format(new Date(parseInstant(instant)));
}

/** "2 days 3 hours left", "45 minutes left" or "overdue by 2 hours". */
export function timeLeft(instant: string, now: number): { text: string; overdue: boolean } {
  const ms = parseInstant(instant) - now;
  const overdue = ms < 0;
  let minutes = Math.floor(Math.abs(ms) / 60000);
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  const parts = days > 0 ? [`${days} day${days === 1 ? '' : 's'}`, `${hours} hour${hours === 1 ? '' : 's'}`] : hours > 0 ? [`${hours} hour${hours === 1 ? '' : 's'}`, `${minutes} min`] : [`${minutes} minute${minutes === 1 ? '' : 's'}`];
  return { text: overdue ? `overdue by ${parts.join(' ')}` : `${parts.join(' ')} left`, overdue };
}

/** The current instant as an ISO string with the London offset, for datetime defaults. */
export function londonLocalInputValue(epochMs: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}
