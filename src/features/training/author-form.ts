import type { FieldErrors, Resolver } from 'react-hook-form';
import { ACTION_IDS, DEADLINE_IDS, type DeadlineId } from '../../../machines/contact/contact.schema';
import { IR_ACTIONS } from '../../../machines/info-request/info-request.schema';
import { describeIssues, type FieldProblem } from '../../../machines/scenario/scenario.schema';
import { trainingScenarioSchema, type TrainingScenario } from '../../../machines/training/training.schema';

// The authoring form's values and their two-way mapping to a training scenario. The form holds what the
// inputs hold (strings, booleans, lines of text); `formToScenario` turns them into the file's shape and
// training-core's trainingScenarioSchema decides whether it is valid, so the form, an imported file and
// the mock backend refuse the same things with the same messages. Error paths come back in the file's
// shape and are mapped to the input that holds the value (`fieldFor`).

export interface AuthorFormValues {
  id: string;
  title: string;
  kind: 'contact' | 'info-request';
  authority: string;
  receivedAt: string;
  channel: string;
  referrer: { type: string; agency: string; requestsAnonymity: boolean; relaysThirdParty: boolean; consultedHub: boolean };
  children: { caseStatus: string; unborn: boolean; disability: boolean }[];
  concern: { immediateDanger: boolean; crimeSuspected: boolean; significantHarm: boolean; harmByAnotherChild: boolean; allegationAgainstWorker: boolean };
  parents: { informed: boolean; agreed: boolean; reasonsNotInformed: string[] };
  decision: { outcome: string; authorisedBy: string; at: string };
  requester: { agency: string; purpose: string; replyTo: string; identityInDoubt: boolean; writtenConsent: boolean; reasonGiven: boolean };
  subject: { status: string };
  expect: { route: string; referrerIdentity: string; actions: string[]; deadlines: Record<DeadlineId, string>; decision: string; irActions: string[] };
  training: {
    difficulty: string;
    /** One goal per line. */
    goals: string;
    /** Rule ids separated by commas or spaces. */
    ruleFocus: string;
    persona: { name: string; description: string };
    opening: string;
    lines: { question: string; says: string; when: string; dontKnow: boolean }[];
  };
}

const noDeadlines = () => Object.fromEntries(DEADLINE_IDS.map((d) => [d, ''])) as Record<DeadlineId, string>;

export function emptyForm(): AuthorFormValues {
  return {
    id: '',
    title: '',
    kind: 'contact',
    authority: '',
    receivedAt: '',
    channel: 'phone',
    referrer: { type: '', agency: '', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false },
    children: [{ caseStatus: 'unknown', unborn: false, disability: false }],
    concern: { immediateDanger: false, crimeSuspected: false, significantHarm: false, harmByAnotherChild: false, allegationAgainstWorker: false },
    parents: { informed: false, agreed: false, reasonsNotInformed: [] },
    decision: { outcome: '', authorisedBy: '', at: '' },
    requester: { agency: '', purpose: '', replyTo: '', identityInDoubt: false, writtenConsent: false, reasonGiven: true },
    subject: { status: '' },
    expect: { route: '', referrerIdentity: '', actions: [], deadlines: noDeadlines(), decision: '', irActions: [] },
    training: { difficulty: '', goals: '', ruleFocus: '', persona: { name: '', description: '' }, opening: '', lines: [] },
  };
}

/** Empty inputs are left out, so the schema reports them as missing rather than as a wrong value. */
const opt = (value: string) => (value.trim() === '' ? undefined : value.trim());
const defined = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function formToScenario(v: AuthorFormValues): unknown {
  const training = {
    difficulty: opt(v.training.difficulty),
    goals: v.training.goals.split('\n').map((g) => g.trim()).filter(Boolean),
    ruleFocus: v.training.ruleFocus.split(/[\s,]+/).filter(Boolean),
    persona: { name: v.training.persona.name, description: v.training.persona.description },
    opening: v.training.opening,
    lines: v.training.lines.map((l) => ({ question: l.question, says: l.says, when: opt(l.when), ...(l.dontKnow ? { dontKnow: true } : {}) })),
  };
  const common = defined({ id: opt(v.id), title: opt(v.title), kind: v.kind, authority: opt(v.authority), receivedAt: opt(v.receivedAt) });
  if (v.kind === 'info-request') {
    return {
      ...common,
      requester: defined({ ...v.requester, agency: opt(v.requester.agency), purpose: opt(v.requester.purpose), replyTo: v.requester.replyTo }),
      subject: defined({ status: opt(v.subject.status) }),
      expect: defined({ decision: opt(v.expect.decision), actions: v.expect.irActions.filter((a) => (IR_ACTIONS as readonly string[]).includes(a)) }),
      training,
    };
  }
  const decision = v.decision.outcome
    ? { decision: defined({ outcome: v.decision.outcome, authorisedBy: opt(v.decision.authorisedBy), at: opt(v.decision.at) }) }
    : {};
  return {
    ...common,
    channel: opt(v.channel),
    referrer: defined({
      type: opt(v.referrer.type),
      agency: v.referrer.type === 'professional' ? opt(v.referrer.agency) : undefined,
      requestsAnonymity: v.referrer.requestsAnonymity,
      relaysThirdParty: v.referrer.relaysThirdParty,
      consultedHub: v.referrer.consultedHub,
    }),
    children: v.children.map((c) => defined({ caseStatus: opt(c.caseStatus), unborn: c.unborn, disability: c.disability })),
    concern: { ...v.concern },
    parents: { informed: v.parents.informed, agreed: v.parents.agreed, reasonsNotInformed: [...v.parents.reasonsNotInformed] },
    ...decision,
    expect: defined({
      route: opt(v.expect.route),
      referrerIdentity: opt(v.expect.referrerIdentity),
      actions: v.expect.actions.filter((a) => (ACTION_IDS as readonly string[]).includes(a)),
      deadlines: Object.fromEntries(Object.entries(v.expect.deadlines).filter(([, due]) => due.trim() !== '').map(([d, due]) => [d, due.trim()])),
    }),
    training,
  };
}

export function scenarioToForm(s: TrainingScenario): AuthorFormValues {
  const base = emptyForm();
  const training: AuthorFormValues['training'] = {
    difficulty: s.training.difficulty,
    goals: s.training.goals.join('\n'),
    ruleFocus: s.training.ruleFocus.join(', '),
    persona: { ...s.training.persona },
    opening: s.training.opening,
    lines: s.training.lines.map((l) => ({ question: l.question, says: l.says, when: l.when, dontKnow: l.dontKnow === true })),
  };
  const common = { ...base, id: s.id, title: s.title, kind: s.kind, authority: s.authority, receivedAt: s.receivedAt, training };
  if (s.kind === 'info-request') {
    return {
      ...common,
      requester: { ...s.requester },
      subject: { status: s.subject.status },
      expect: { ...base.expect, decision: s.expect.decision, irActions: [...s.expect.actions] },
    };
  }
  return {
    ...common,
    channel: s.channel,
    referrer: { ...s.referrer, agency: s.referrer.agency ?? '' },
    children: s.children.map((c) => ({ ...c })),
    concern: { ...s.concern },
    parents: { ...s.parents, reasonsNotInformed: [...s.parents.reasonsNotInformed] },
    decision: s.decision ? { outcome: s.decision.outcome, authorisedBy: s.decision.authorisedBy, at: s.decision.at } : base.decision,
    expect: {
      ...base.expect,
      route: s.expect.route,
      referrerIdentity: s.expect.referrerIdentity,
      actions: [...s.expect.actions],
      deadlines: { ...noDeadlines(), ...(s.expect.deadlines as Record<DeadlineId, string>) },
    },
  };
}

// --- Problems, fields and labels ----------------------------------------------------------------------

/** The form input that holds the value at a file path (lists edited as one text box map to that box). */
export function fieldFor(path: string, kind: AuthorFormValues['kind']): string {
  if (path === '(top level)' || path === '(file)') return 'id';
  if (/^training\.goals(\.|$)/.test(path)) return 'training.goals';
  if (/^training\.ruleFocus(\.|$)/.test(path)) return 'training.ruleFocus';
  if (/^parents\.reasonsNotInformed(\.|$)/.test(path)) return 'parents.reasonsNotInformed';
  if (/^expect\.actions(\.|$)/.test(path)) return kind === 'info-request' ? 'expect.irActions' : 'expect.actions';
  if (path === 'expect') return kind === 'info-request' ? 'expect.decision' : 'expect.route';
  if (path === 'training') return 'training.difficulty';
  if (path === 'children') return 'children.0.caseStatus';
  // "referrer.agency, colour" (unknown keys) and other paths: the first field named.
  return path.split(', ')[0] ?? path;
}

const LABELS: [RegExp, string][] = [
  [/^\(file\)$/, 'The file'],
  [/^\(top level\)$/, 'The scenario'],
  [/^id$/, 'Scenario id'],
  [/^title$/, 'Title'],
  [/^kind$/, 'Kind'],
  [/^authority$/, 'Authority'],
  [/^receivedAt$/, 'Received at'],
  [/^channel$/, 'Channel'],
  [/^referrer\.type$/, 'Who is calling'],
  [/^referrer\.agency$/, 'The professional’s agency'],
  [/^referrer\./, 'Referrer'],
  [/^children\.(\d+)\.caseStatus$/, 'Child $1: case status'],
  [/^children/, 'Children'],
  [/^concern/, 'Concern'],
  [/^parents\.agreed$/, 'Parents agreed'],
  [/^parents\.reasonsNotInformed/, 'Reasons parents were not told'],
  [/^parents/, 'Parents'],
  [/^decision\.outcome$/, 'Decision outcome'],
  [/^decision\.authorisedBy$/, 'Decision authorised by'],
  [/^decision\.at$/, 'Decision time'],
  [/^requester\.agency$/, 'Requester agency'],
  [/^requester\.purpose$/, 'Purpose of the request'],
  [/^requester\.replyTo$/, 'Reply-to address'],
  [/^requester/, 'Requester'],
  [/^subject\.status$/, 'Subject’s status'],
  [/^expect\.route$/, 'Expected route'],
  [/^expect\.referrerIdentity$/, 'Expected referrer identity'],
  [/^expect\.(actions|irActions)/, 'Expected actions'],
  [/^expect\.deadlines\.(\w+)$/, 'Expected deadline: $1'],
  [/^expect\.deadlines$/, 'Expected deadlines'],
  [/^expect\.decision$/, 'Expected decision'],
  [/^expect/, 'Expected result'],
  [/^training\.difficulty$/, 'Difficulty'],
  [/^training\.goals/, 'Learning goals'],
  [/^training\.ruleFocus/, 'Rules the call teaches'],
  [/^training\.persona\.name$/, 'Caller’s name'],
  [/^training\.persona\.description$/, 'Caller’s description'],
  [/^training\.opening$/, 'Opening line'],
  [/^training\.lines\.(\d+)\.question$/, 'Caller line $1: question'],
  [/^training\.lines\.(\d+)\.says$/, 'Caller line $1: what the caller says'],
  [/^training\.lines\.(\d+)\.when$/, 'Caller line $1: when'],
  [/^training\.lines\.(\d+)\.dontKnow$/, 'Caller line $1: does not know'],
  [/^training\.lines/, 'Caller lines'],
  [/^training/, 'Training'],
];

/** A person's name for a field path; caller lines and children are numbered from 1 as people count. */
export function labelFor(path: string): string {
  for (const [pattern, label] of LABELS) {
    const match = pattern.exec(path);
    if (match) return label.replace('$1', match[1] && /^\d+$/.test(match[1]) ? String(Number(match[1]) + 1) : (match[1] ?? ''));
  }
  return path;
}

export interface FormProblem {
  /** The form input's name, e.g. 'training.lines.0.says'. */
  field: string;
  message: string;
}

export function problemsToForm(problems: readonly FieldProblem[], kind: AuthorFormValues['kind']): FormProblem[] {
  return problems.map((p) => ({ field: fieldFor(p.field, kind), message: `${labelFor(p.field)}: ${p.message}` }));
}

/** Validates form values with trainingScenarioSchema; problems are named by input. */
export function validateForm(values: AuthorFormValues): { ok: true; scenario: TrainingScenario } | { ok: false; problems: FormProblem[] } {
  const parsed = trainingScenarioSchema.safeParse(formToScenario(values));
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, problems: problemsToForm(describeIssues(parsed.error), values.kind) };
}

function setIn(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  keys.slice(0, -1).forEach((key) => {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  });
  const last = keys.at(-1) ?? path;
  // The first problem for an input is the one shown beside it.
  if (node[last] === undefined) node[last] = value;
}

/** react-hook-form resolver: the form is valid exactly when trainingScenarioSchema accepts the scenario it makes. */
export const authoringResolver: Resolver<AuthorFormValues, unknown, TrainingScenario> = (values) => {
  const result = validateForm(values);
  if (result.ok) return { values: result.scenario, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const p of result.problems) setIn(errors, p.field, { type: 'schema', message: p.message });
  return { values: {}, errors: errors as FieldErrors<AuthorFormValues> };
};

/** Flattens react-hook-form's errors to error-summary entries, ids as the inputs have them (dots to dashes). */
export function summaryOf(errors: FieldErrors<AuthorFormValues>): { fieldId: string; message: string }[] {
  const out: { fieldId: string; message: string }[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string' && message) {
      out.push({ fieldId: inputId(path), message });
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'ref') walk(child, path ? `${path}.${key}` : key);
  };
  walk(errors, '');
  return out;
}

export const inputId = (field: string) => field.replaceAll('.', '-');
