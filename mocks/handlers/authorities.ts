import { http, HttpResponse } from 'msw';
import { PROFILE_LIST, PROFILES } from '../../machines/authorities';
import type { AuthorityProfile, FrontDoorHours, Timescale } from '../../machines/authorities/profile';
import { authorityIdSchema } from '../../machines/contact/contact.schema';
import { notFound, withProblems } from '../problem';

// The five authorities whose published front-door procedures the app models. Everything here is derived
// from the procedure engine's profiles (machines/authorities), so the list and the rules cannot drift apart.
// Public reference data: unlike contacts and children, these endpoints need no X-User/X-Role.

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function clock(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const suffix = h < 12 || h === 24 ? 'am' : 'pm';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}${suffix}`;
}

function dayRange(days: number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const name = (d: number) => DAY_NAMES[d - 1] ?? `day ${d}`;
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  const consecutive = sorted.every((d, i) => d === first + i);
  if (sorted.length === 1) return name(first);
  return consecutive ? `${name(first)} to ${name(last)}` : sorted.map(name).join(', ');
}

export function hoursNote(hours: FrontDoorHours): string {
  if (hours.kind !== 'weekly') return hours.note;
  const windows = hours.windows.map((w) => `${dayRange(w.days)} ${clock(w.from)} to ${clock(w.to)}`).join('; ');
  const holidays = hours.closedOnBankHolidays ? ', not on bank holidays' : '';
  return `${windows}${holidays}.${hours.assumption ? ` (Assumed: ${hours.assumption})` : ''}`;
}

export function timescaleNote(timescale: Timescale): string {
  return timescale.kind === 'hours'
    ? `Within ${timescale.hours} hours`
    : `Within ${timescale.days} working ${timescale.days === 1 ? 'day' : 'days'}`;
}

export function authoritySummary(profile: AuthorityProfile) {
  return {
    id: profile.id,
    name: profile.name,
    frontDoor: { short: profile.frontDoor.short, name: profile.frontDoor.name },
    hoursNote: hoursNote(profile.hours),
    decisionTimescale: { ...profile.decisionTimescale, note: timescaleNote(profile.decisionTimescale) },
  };
}

export const authoritiesHandlers = [
  http.get(
    '/api/authorities',
    withProblems(() => HttpResponse.json(PROFILE_LIST.map(authoritySummary))),
  ),
  http.get(
    '/api/authorities/:id',
    withProblems<{ id: string }>(({ params }) => {
      const id = authorityIdSchema.safeParse(params.id);
      if (!id.success) throw notFound('The authority');
      return HttpResponse.json(PROFILES[id.data] as unknown as Record<string, unknown>);
    }),
  ),
];
