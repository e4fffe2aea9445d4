import type { ContactEventData, Role } from '../../machines/contact/contact.schema';

// Helpers for the mock-backend tests: real `fetch` against the msw/node server that test/setup.ts starts.

export interface ApiResponse<T = unknown> {
  status: number;
  contentType: string | null;
  headers: Headers;
  body: T;
}

export interface Caller {
  name?: string;
  role?: Role | string;
}

const DEFAULT_CALLER: Caller = { name: 'Test call handler', role: 'call-handler' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies loosely and check them with expect
type Loose = any;

export async function api<T = Loose>(
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; as?: Caller | null; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const caller = options.as === undefined ? DEFAULT_CALLER : options.as;
  const headers: Record<string, string> = { ...options.headers };
  if (caller?.name !== undefined) headers['X-User'] = caller.name;
  if (caller?.role !== undefined) headers['X-Role'] = caller.role;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(new URL(path, location.origin), { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    headers: response.headers,
    body: (text === '' ? undefined : JSON.parse(text)) as T,
  };
}

export const manager: Caller = { name: 'Test team manager', role: 'team-manager' };

// Derbyshire, a school about a child open to a team: INT-OPEN sends it to the allocated worker.
export const OPEN_CASE = { authority: 'derbyshire', channel: 'email', receivedAt: '2026-07-07T10:00:00+01:00' } as const;
export const openCaseIntake: ContactEventData[] = [
  { type: 'referrer.identified', referrer: { type: 'professional', agency: 'school', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false } },
  { type: 'children.recorded', children: [{ caseStatus: 'open', unborn: false, disability: false }] },
  {
    type: 'concern.described',
    concern: { immediateDanger: false, crimeSuspected: false, significantHarm: false, harmByAnotherChild: false, allegationAgainstWorker: false },
  },
  { type: 'parents.recorded', parents: { informed: true, agreed: true, reasonsNotInformed: [] } },
];

// Dorset (no stated hours, so never out of hours), a neighbour worried about significant harm: front door.
export const FRONT_DOOR = { authority: 'dorset', channel: 'phone', receivedAt: '2026-03-04T10:15:00+00:00' } as const;
export const frontDoorIntake: ContactEventData[] = [
  { type: 'referrer.identified', referrer: { type: 'public', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false } },
  { type: 'children.recorded', children: [{ caseStatus: 'unknown', unborn: false, disability: false }] },
  {
    type: 'concern.described',
    concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true, harmByAnotherChild: false, allegationAgainstWorker: false },
  },
  { type: 'parents.recorded', parents: { informed: true, agreed: true, reasonsNotInformed: [] } },
];

export const screening: ContactEventData[] = [
  { type: 'information.completed' },
  {
    type: 'screening.recorded',
    screening: { knownBefore: false, childProtectionPlan: false, lookedAfter: false, siblingsKnown: false, adultsKnown: false, agencyChecks: true },
  },
];

export const managerDecision: ContactEventData = {
  type: 'decision.recorded',
  decision: { outcome: 'assessment', authorisedBy: 'manager', at: '2026-03-04T15:00:00+00:00' },
};
