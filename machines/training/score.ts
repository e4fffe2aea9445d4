import { z } from 'zod';
import { hasRule, type AuthorityProfile } from '../authorities/profile';
import { getProfile } from '../authorities';
import { contactMachine, type ContactEvent, type ContactInput } from '../contact/contact.machine';
import { ACTION_RULES, DEADLINE_RULES, ROUTE_RULES } from '../contact/contact.rules';
import {
  contactEventSchema,
  instantSchema,
  type ContactEventData,
  type Parents,
  type ReferrerIdentity,
  type Route,
} from '../contact/contact.schema';
import { replayContact, type ContactSnapshot } from '../contact/replay';
import { londonParts, parseInstant } from '../clock/working-days';
import { requesterSchema, subjectSchema, type IrDecision } from '../info-request/info-request.schema';
import { RULES } from '../rules/catalogue';
import type { RuleId } from '../rules/rule-ids';
import { NO_FINDINGS, runContactScenario, runInfoRequestScenario } from '../scenario/run';
import type { ContactResult, InfoRequestResult } from '../scenario/scenario.schema';
import { checklistItemOf, checklistQuestionId, questionById, type QuestionId } from './questions';
import {
  toContractScenario,
  type ContactTrainingScenario,
  type InfoRequestTrainingScenario,
  type TrainingScenario,
} from './training.schema';

// Scoring a training attempt. Both sides come from the machines: the trainee's side is the trainee's own
// event log replayed through the contact machine (or the trainee's request through the information-request
// machine); the expected side is the scenario runner on the scenario's facts. This file compares the two
// and words the differences; it decides no procedure rule itself (see README.md in this folder).

// --- Input ----------------------------------------------------------------------------------------------

export const WRAP_UP_QUESTIONS = ['decisionDue', 'agencyChecksNow', 'tellFamilyWhoCalled'] as const;
export type WrapUpQuestion = (typeof WRAP_UP_QUESTIONS)[number];

export const wrapUpSchema = z.strictObject({
  /** When the trainee says the decision is due (null: "I don't know"). */
  decisionDue: instantSchema.nullable().optional(),
  /** "May checks with other agencies start now?" */
  agencyChecksNow: z.boolean().optional(),
  /** "May the family be told who made the contact?" */
  tellFamilyWhoCalled: z.boolean().optional(),
});
export type WrapUp = z.infer<typeof wrapUpSchema>;

const askedSchema = z.array(z.string().min(1).max(80)).max(200);

export const attemptInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('contact'),
    events: z.array(contactEventSchema).max(500),
    asked: askedSchema,
    wrapUp: wrapUpSchema,
  }),
  z.strictObject({
    kind: z.literal('info-request'),
    requester: requesterSchema,
    subject: subjectSchema,
    asked: askedSchema,
  }),
]);
export type AttemptInput = z.infer<typeof attemptInputSchema>;
export type ContactAttemptInput = Extract<AttemptInput, { kind: 'contact' }>;
export type InfoRequestAttemptInput = Extract<AttemptInput, { kind: 'info-request' }>;

// --- Output ---------------------------------------------------------------------------------------------

export type DebriefCategory = 'route' | 'identity' | 'actions' | 'checklist' | 'questions' | 'deadlines' | 'consent' | 'anonymity' | 'decision';
export type DebriefResult = 'correct' | 'missed' | 'wrong' | 'breach';

export interface DebriefItem {
  /** Stable: 'route', 'identity', 'action:<id>', 'checklist:<item>', 'question:<id>', 'deadline:<id>', 'consent:parents', 'consent:reasons', 'wrapup:agency-checks', 'wrapup:tell-family', 'decision'. */
  id: string;
  category: DebriefCategory;
  result: DebriefResult;
  /** Our words; says what was expected. */
  message: string;
  rules: RuleId[];
  expected?: string;
  actual?: string;
  points: number;
  maxPoints: number;
}

export interface DebriefSide {
  route?: Route;
  identity?: ReferrerIdentity;
  actions: string[];
  deadlines: Record<string, string>;
  decision?: IrDecision;
}

export interface PathDifference {
  state: string;
  side: 'trainee-only' | 'expected-only';
  rules: RuleId[];
}

export interface Debrief {
  percent: number;
  points: number;
  maxPoints: number;
  /** At least PASS_PERCENT and no breach. */
  passed: boolean;
  items: DebriefItem[];
  traineePath: string[];
  expectedPath: string[];
  pathDifferences: PathDifference[];
  expected: DebriefSide;
  trainee: DebriefSide;
}

export const PASS_PERCENT = 80;

// Weights: getting the route and the referrer's protection right matter most.
const POINTS = { route: 3, identity: 2, action: 1, checklist: 1, question: 1, deadline: 1, decisionDue: 2, wrapUp: 2, consent: 2, reasons: 1, decision: 3 };

// --- Shared helpers -------------------------------------------------------------------------------------

const uniq = <T>(items: T[]) => [...new Set(items)];

/** The rules of `candidates` this authority's procedure has (or applies as general practice). */
function applying(profile: AuthorityProfile, candidates: RuleId[]): RuleId[] {
  return candidates.filter((r) => hasRule(profile, r) || (profile.generalPractice ?? []).includes(r));
}
/** As `applying`, but never empty: where the authority states none of them, the general rule is cited. */
const applyingOr = (profile: AuthorityProfile, candidates: RuleId[]) => {
  const own = applying(profile, candidates);
  return own.length > 0 ? own : candidates.slice(0, 1);
};

const title = (rule: RuleId) => RULES[rule].title.toLowerCase();

// Words for the debrief's messages only (the items also carry the ids, for the UI's own labels).
const ROUTE_WORDS: Record<Route, string> = {
  'front-door': 'front-door screening',
  'allocated-worker': 'the allocated worker',
  'out-of-hours': 'the out-of-hours service',
  'consultation-hub': 'the Consultation Hub first',
  'online-request': 'the online request for support form',
  'managing-allegations': 'the managing allegations procedure',
};
const ACTION_WORDS: Record<string, string> = {
  'call-999': 'calling 999',
  'notify-police': 'telling the police',
  'explain-confidentiality-limits': 'explaining the limits of anonymity',
  'explain-professionals-not-anonymous': 'explaining that a professional cannot be anonymous',
  'manager-authorise-sharing': 'a team manager authorising sharing without the parents',
  'ask-referrer-to-inform-parents': 'asking the professional to tell the parents',
  'confirm-in-writing-24h': 'written confirmation within 24 hours',
  'remind-to-feed-back-to-source': 'reminding the caller to feed back to whoever told them',
  'send-both-children-details': 'taking both children’s details',
  'include-nhs-number': 'the child’s NHS number',
  'ask-about-family-issues': 'asking about domestic abuse, mental health, drugs or alcohol and learning difficulties',
  'open-contact': 'opening a contact',
  'open-adult-contact': 'opening an adult contact',
  'reply-to-gov-uk-only': 'replying only to a .gov.uk address',
  'casenote-allocated-worker': 'a case note to the allocated worker',
  'seek-legal-advice': 'legal advice before copying documents',
};
const DEADLINE_WORDS: Record<string, string> = {
  decision: 'decision',
  acknowledgement: 'acknowledgement',
  chase: 'chase',
  writtenConfirmation: 'written confirmation',
  strategyDecision: 'strategy discussion decision',
  childSeen: 'child seen',
};
const words = (map: Record<string, string>, id: string) => map[id] ?? id;
const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** An instant as London wall time, e.g. "Monday 9 March 2026, 23:59". */
function when(instant: string): string {
  const p = londonParts(parseInstant(instant));
  const hh = String(Math.floor(p.minutesOfDay / 60)).padStart(2, '0');
  const mm = String(p.minutesOfDay % 60).padStart(2, '0');
  return `${WEEKDAYS[p.weekday]} ${p.day} ${MONTHS[p.month]} ${p.year}, ${hh}:${mm}`;
}

const sameInstant = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) < 60_000;

function item(partial: Omit<DebriefItem, 'points'> & { points?: number }): DebriefItem {
  return { ...partial, points: partial.points ?? (partial.result === 'correct' ? partial.maxPoints : 0) };
}

function total(items: DebriefItem[]): Pick<Debrief, 'percent' | 'points' | 'maxPoints' | 'passed'> {
  const points = items.reduce((n, i) => n + i.points, 0);
  const maxPoints = items.reduce((n, i) => n + i.maxPoints, 0);
  const percent = maxPoints === 0 ? 100 : Math.round((points / maxPoints) * 100);
  return { percent, points, maxPoints, passed: percent >= PASS_PERCENT && !items.some((i) => i.result === 'breach') };
}

function questionItems(s: TrainingScenario, asked: QuestionId[]): DebriefItem[] {
  return s.training.lines
    .filter((line) => line.when === 'if-asked' && checklistItemOf(line.question) === undefined)
    .map((line) => {
      const question = questionById(s.kind, s.authority, line.question);
      const wasAsked = asked.includes(line.question);
      return item({
        id: `question:${line.question}`,
        category: 'questions',
        result: wasAsked ? 'correct' : 'missed',
        message: wasAsked
          ? `You asked “${question?.ask ?? line.question}” and heard: “${line.says}”`
          : `The caller only says this if asked: “${question?.ask ?? line.question}” They would have told you: “${line.says}”`,
        rules: question?.rules ?? [],
        maxPoints: POINTS.question,
      });
    });
}

// --- Contact --------------------------------------------------------------------------------------------


const inputOf = (s: TrainingScenario): ContactInput => ({
  authority: s.authority,
  receivedAt: s.receivedAt,
  channel: s.kind === 'contact' ? s.channel : 'phone',
});

/**
 * The event log a call handler who records every fact of the scenario right would send, the same events
 * the wizard sends: the four intake answers, then (where the contact stays with the front door) the
 * checklist as the caller answers it and `information.completed`, or `redirect.confirmed` on a redirect.
 */
export function eventsForFacts(s: ContactTrainingScenario): ContactEventData[] {
  const intake: ContactEventData[] = [
    { type: 'referrer.identified', referrer: s.referrer },
    { type: 'children.recorded', children: s.children },
    { type: 'concern.described', concern: s.concern },
    { type: 'parents.recorded', parents: s.parents },
  ];
  const after = replayContact(inputOf(s), intake as ContactEvent[]).snapshot;
  if (after.hasTag('redirected')) return [...intake, { type: 'redirect.confirmed' }];
  if (!after.matches('informationGathering')) return intake;
  const checklist = after.context.profile.checklist
    .map((i) => ({ id: i.id, line: s.training.lines.find((l) => l.question === checklistQuestionId(i.id)), mustAsk: i.mustAsk === true }))
    .filter((i) => i.line !== undefined || i.mustAsk)
    .map((i): ContactEventData => ({ type: 'checklist.answered', item: i.id, status: i.line && i.line.dontKnow !== true ? 'answered' : 'not-known' }));
  return [...intake, ...checklist, { type: 'information.completed' }];
}

/** The contact machine standing where the call handler's part of the expected call ends. */
function expectedSnapshot(s: ContactTrainingScenario): ContactSnapshot {
  return replayContact(inputOf(s), eventsForFacts(s) as ContactEvent[]).snapshot;
}

/** The after-the-call questions that apply to this scenario (decided from the runner's expected result). */
const expectedResult = (s: ContactTrainingScenario): ContactResult =>
  runContactScenario(toContractScenario(s) as Parameters<typeof runContactScenario>[0]);

export function wrapUpQuestionsFor(s: TrainingScenario): WrapUpQuestion[] {
  return s.kind === 'contact' ? wrapUpsOf(expectedResult(s)) : [];
}

function wrapUpsOf(expected: ContactResult): WrapUpQuestion[] {
  const out: WrapUpQuestion[] = [];
  if (expected.deadlines.decision !== undefined) out.push('decisionDue');
  if (expected.path.includes('screening')) out.push('agencyChecksNow');
  out.push('tellFamilyWhoCalled');
  return out;
}

/**
 * The right answers to the wrap-up questions, all read off the machines: the decision deadline from the
 * runner; whether checks may start from the contact machine's own guard at screening (it refuses agency
 * checks that need a manager's sharing authorisation, CONSENT-MANAGER-OVERRIDE); whether the family may
 * be told who called from the referrer identity the machine derived (only a named referrer may be shared).
 */
export function expectedWrapUp(s: TrainingScenario): WrapUp {
  return s.kind === 'contact' ? wrapUpAnswers(s, expectedResult(s)) : {};
}

function wrapUpAnswers(s: ContactTrainingScenario, expected: ContactResult): WrapUp {
  const wrapUp: WrapUp = { tellFamilyWhoCalled: expected.referrerIdentity === 'named' };
  if (expected.deadlines.decision !== undefined) wrapUp.decisionDue = expected.deadlines.decision;
  if (expected.path.includes('screening')) {
    wrapUp.agencyChecksNow = expectedSnapshot(s).can({ type: 'screening.recorded', screening: NO_FINDINGS });
  }
  return wrapUp;
}

/** What a trainee who gets everything right sends: used by tests, the seed attempts and "show me" in the UI. */
export function perfectAttempt(s: TrainingScenario): AttemptInput {
  const asked = uniq([
    ...s.training.lines.map((l) => l.question),
    ...(s.kind === 'contact' ? getProfile(s.authority).checklist.filter((i) => i.mustAsk).map((i) => checklistQuestionId(i.id)) : []),
  ]);
  if (s.kind === 'info-request') return { kind: 'info-request', requester: s.requester, subject: s.subject, asked };
  return { kind: 'contact', events: eventsForFacts(s), asked, wrapUp: expectedWrapUp(s) };
}

const routeRule = (route: Route | undefined) => ROUTE_RULES.find((r) => r.route === route)?.rule;

/**
 * The call handler's part of a path: up to screening (screening, decision and feedback belong to the
 * social worker and manager), without the final `closed` that only records the submission, and each
 * state once (going back and changing an answer revisits intake states; that is not a difference).
 */
function callHandlerPath(path: string[]): string[] {
  const end = path.indexOf('screening');
  const part = end === -1 ? path : path.slice(0, end + 1);
  return uniq(part.filter((state) => state !== 'closed'));
}

interface ChartNode {
  id: string;
  meta?: { rules?: RuleId[] };
  states: Record<string, ChartNode>;
  transitions: Map<string, { target?: readonly { id: string }[]; meta?: { rule?: RuleId } }[]>;
  always?: { target?: readonly { id: string }[]; meta?: { rule?: RuleId } }[];
}

/** The rules cited on the machine's transitions into a state (the guard a trainee must get past to reach it). */
function rulesInto(state: string): RuleId[] {
  const id = `contact.${state}`;
  const found: RuleId[] = [];
  const walk = (node: ChartNode) => {
    for (const t of [...[...node.transitions.values()].flat(), ...(node.always ?? [])]) {
      if (t.target?.some((target) => target.id === id) && t.meta?.rule) found.push(t.meta.rule);
    }
    Object.values(node.states).forEach(walk);
  };
  walk(contactMachine.root as unknown as ChartNode);
  return uniq(found);
}

/** Why a state is on one path and not the other: the rule on the way in, else the rules the state itself carries. */
function stateRules(state: string, profile: AuthorityProfile): RuleId[] {
  const into = applying(profile, rulesInto(state));
  if (into.length > 0) return into;
  const node = contactMachine.getStateNodeById(`contact.${state}`) as unknown as ChartNode;
  return applying(profile, node.meta?.rules ?? []);
}

function identityWords(identity: ReferrerIdentity | undefined): string {
  switch (identity) {
    case 'named': return 'named (may be shared)';
    case 'confidential': return 'confidential (shared only with their consent)';
    case 'withheld': return 'anonymous (identity withheld)';
    default: return 'not recorded';
  }
}

function parentsWords(p: Parents | undefined): string {
  if (!p) return 'not recorded';
  if (!p.informed) return 'not informed';
  return p.agreed ? 'informed and agreed to sharing' : 'informed, agreement not given';
}

function scoreContact(s: ContactTrainingScenario, input: ContactAttemptInput): Debrief {
  const profile = getProfile(s.authority);
  const expected = expectedResult(s);
  const { snapshot } = replayContact(inputOf(s), input.events as ContactEvent[]);
  const t = snapshot.context;
  const traineeDeadlines = Object.fromEntries(t.deadlines.map((d) => [d.deadline, d.due]));
  const traineeActions = t.actions.map((a) => a.action as string);
  const items: DebriefItem[] = [];

  // Route (INT-*): the machine's route for the trainee's answers against the runner's.
  const routeRules = uniq([routeRule(expected.route), routeRule(t.route)].filter((r): r is RuleId => r !== undefined));
  items.push(
    item({
      id: 'route',
      category: 'route',
      result: t.route === undefined ? 'missed' : t.route === expected.route ? 'correct' : 'wrong',
      message:
        t.route === expected.route
          ? `Right route: ${words(ROUTE_WORDS, expected.route)}.`
          : t.route === undefined
            ? `The call never reached a route. It should have gone to ${words(ROUTE_WORDS, expected.route)}.`
            : `This call should have gone to ${words(ROUTE_WORDS, expected.route)}, but your answers sent it to ${words(ROUTE_WORDS, t.route)}.`,
      rules: routeRules,
      expected: expected.route,
      ...(t.route ? { actual: t.route } : {}),
      maxPoints: POINTS.route,
    }),
  );

  // Identity (ANON-*): a protected referrer recorded so that their identity could be shared is a breach.
  const anonRules =
    expected.referrerIdentity === 'withheld'
      ? applyingOr(profile, ['ANON-PUBLIC-MAY', 'ANON-RECORD-EXPLAIN', 'ANON-NONPRO-NO-DISCLOSE', 'ANON-SOURCE-WITHOUT-AGREEMENT'])
      : expected.referrerIdentity === 'confidential'
        ? applyingOr(profile, ['ANON-NONPRO-NO-DISCLOSE', 'ANON-RECORD-EXPLAIN'])
        : applyingOr(profile, ['ANON-PROFESSIONAL-NEVER']);
  const exposes = (a: ReferrerIdentity | undefined, b: ReferrerIdentity) =>
    (b === 'withheld' && a !== 'withheld') || (b === 'confidential' && a === 'named');
  {
    const actual = t.identity;
    const result: DebriefResult =
      actual === undefined ? 'missed' : actual === expected.referrerIdentity ? 'correct' : exposes(actual, expected.referrerIdentity) ? 'breach' : 'wrong';
    items.push(
      item({
        id: 'identity',
        category: result === 'breach' ? 'anonymity' : 'identity',
        result,
        message:
          result === 'correct'
            ? `The referrer is ${identityWords(actual)}, as they should be.`
            : result === 'breach'
              ? `The caller is ${identityWords(expected.referrerIdentity)}, but your record makes them ${identityWords(actual)}: their identity could reach the family. ${expected.referrerIdentity === 'withheld' ? 'Record a wish to stay anonymous as anonymous, and explain its limits.' : 'A member of the public’s identity is shared only with their consent.'}`
              : expected.referrerIdentity === 'named'
                ? `A professional cannot be anonymous: the record should be ${identityWords('named')}, not ${identityWords(actual)}.`
                : `The referrer should be ${identityWords(expected.referrerIdentity)}; your record says ${identityWords(actual)}.`,
        rules: anonRules,
        expected: expected.referrerIdentity,
        ...(actual ? { actual } : {}),
        maxPoints: POINTS.identity,
      }),
    );
  }

  // Parents' knowledge and agreement (CONSENT-*): recording more than the caller said is a breach.
  if (t.parents === undefined) {
    items.push(item({ id: 'consent:parents', category: 'consent', result: 'missed', message: 'You did not record what the parents know.', rules: applyingOr(profile, ['CONSENT-THREE-STATES', 'CONSENT-SEEK-FIRST']), expected: parentsWords(s.parents), maxPoints: POINTS.consent }));
  } else {
    const claimsMore = (t.parents.informed && !s.parents.informed) || (t.parents.agreed && !s.parents.agreed);
    const same = t.parents.informed === s.parents.informed && t.parents.agreed === s.parents.agreed;
    const consentRules = uniq([
      ...applyingOr(profile, ['CONSENT-THREE-STATES', 'CONSENT-SEEK-FIRST']),
      ...(expected.actions.includes('manager-authorise-sharing') ? (['CONSENT-MANAGER-OVERRIDE'] as RuleId[]) : []),
    ]);
    items.push(
      item({
        id: 'consent:parents',
        category: 'consent',
        result: same ? 'correct' : claimsMore ? 'breach' : 'wrong',
        message: same
          ? `Parents recorded as ${parentsWords(s.parents)}, as the caller said.`
          : claimsMore
            ? `The caller said the parents were ${parentsWords(s.parents)}, but you recorded ${parentsWords(t.parents)}: information could be shared with a consent nobody gave.`
            : `The caller said the parents were ${parentsWords(s.parents)}; you recorded ${parentsWords(t.parents)}.`,
        rules: consentRules,
        expected: parentsWords(s.parents),
        actual: parentsWords(t.parents),
        maxPoints: POINTS.consent,
      }),
    );
    const want = [...s.parents.reasonsNotInformed].sort();
    const got = [...t.parents.reasonsNotInformed].sort();
    if (want.length > 0 || got.length > 0) {
      const sameReasons = want.join(',') === got.join(',');
      items.push(
        item({
          id: 'consent:reasons',
          category: 'consent',
          result: sameReasons ? 'correct' : got.length === 0 ? 'missed' : 'wrong',
          message: sameReasons
            ? 'You recorded why the parents were not told or asked.'
            : `Record the reasons the caller gave for not telling the parents: ${want.join(', ') || 'none were given'}. You recorded: ${got.join(', ') || 'none'}.`,
          rules: applyingOr(profile, ['CONSENT-REASONS']),
          expected: want.join(', ') || 'none',
          actual: got.join(', ') || 'none',
          maxPoints: POINTS.reasons,
        }),
      );
    }
  }

  // Required actions: those the machine requires for the expected facts, then any it requires only for the trainee's.
  const actionRule = (a: string) => ACTION_RULES.find((r) => r.action === a)?.rule;
  for (const action of expected.actions) {
    const taken = traineeActions.includes(action);
    const rule = actionRule(action);
    items.push(
      item({
        id: `action:${action}`,
        category: 'actions',
        result: taken ? 'correct' : 'missed',
        message: taken
          ? `Required, and your record has it: ${words(ACTION_WORDS, action)}.`
          : `Missed: this call requires ${words(ACTION_WORDS, action)}${rule ? ` (${title(rule)})` : ''}.`,
        rules: rule ? [rule] : [],
        expected: action,
        ...(taken ? { actual: action } : {}),
        maxPoints: POINTS.action,
      }),
    );
  }
  for (const action of traineeActions.filter((a) => !expected.actions.includes(a as (typeof expected.actions)[number]))) {
    const rule = actionRule(action);
    items.push(
      item({
        id: `action:${action}`,
        category: 'actions',
        result: 'wrong',
        message: `Your answers made the procedure require ${words(ACTION_WORDS, action)}, which this call does not need: check the facts you recorded.`,
        rules: rule ? [rule] : [],
        actual: action,
        maxPoints: POINTS.action,
      }),
    );
  }

  // Checklist (INFO-ASK-FAMILY-ISSUES and the authority's list): what must always be asked, and what the caller could tell.
  if (expected.path.includes('informationGathering')) {
    for (const entry of profile.checklist) {
      const line = s.training.lines.find((l) => l.question === checklistQuestionId(entry.id));
      if (!line && entry.mustAsk !== true) continue;
      const status = t.checklist[entry.id] ?? 'not-asked';
      const right = line && line.dontKnow !== true ? 'answered' : 'not-known';
      const result: DebriefResult = status === 'not-asked' ? 'missed' : status === right || !line ? 'correct' : 'wrong';
      items.push(
        item({
          id: `checklist:${entry.id}`,
          category: 'checklist',
          result,
          message:
            result === 'correct'
              ? `Asked: ${entry.label.toLowerCase()}.`
              : result === 'missed'
                ? `Not asked: ${entry.label.toLowerCase()} (${profile.name} ${entry.section}${entry.mustAsk ? ', must be asked on every contact' : ''}).${line ? ` The caller would have said: “${line.says}”` : ''}`
                : `Recorded as ${status === 'answered' ? 'answered' : 'not known'}, but ${right === 'answered' ? 'the caller did answer' : 'the caller did not know'}: ${entry.label.toLowerCase()}.`,
          rules: entry.rule ? [entry.rule] : [],
          expected: right,
          actual: status,
          maxPoints: POINTS.checklist,
        }),
      );
    }
  }

  // Deadlines the machine sets, except the decision deadline, which the trainee states at the wrap-up.
  const deadlineRule = (d: string) => DEADLINE_RULES.find((r) => r.deadline === d)?.rule;
  const wrapUps = wrapUpsOf(expected);
  for (const [deadline, due] of Object.entries(expected.deadlines)) {
    if (deadline === 'decision' && wrapUps.includes('decisionDue')) continue;
    const actual = traineeDeadlines[deadline];
    const rule = deadlineRule(deadline);
    items.push(
      item({
        id: `deadline:${deadline}`,
        category: 'deadlines',
        result: actual === undefined ? 'missed' : sameInstant(actual, due) ? 'correct' : 'wrong',
        message:
          actual !== undefined && sameInstant(actual, due)
            ? `The ${words(DEADLINE_WORDS, deadline)} deadline is right: ${when(due)}.`
            : `The ${words(DEADLINE_WORDS, deadline)} deadline should be ${when(due)}; your record ${actual ? `gives ${when(actual)}` : 'has none'}.`,
        rules: rule ? [rule] : [],
        expected: due,
        ...(actual ? { actual } : {}),
        maxPoints: POINTS.deadline,
      }),
    );
  }
  if (wrapUps.includes('decisionDue') && expected.deadlines.decision !== undefined) {
    const due = expected.deadlines.decision;
    const stated = input.wrapUp.decisionDue ?? undefined;
    const right = stated !== undefined && sameInstant(stated, due);
    items.push(
      item({
        id: 'deadline:decision',
        category: 'deadlines',
        result: stated === undefined ? 'missed' : right ? 'correct' : 'wrong',
        message: right
          ? `You stated the decision deadline correctly: ${when(due)}.`
          : `The decision on this contact is due by ${when(due)}${stated ? `, not ${when(stated)}` : ''}: ${profile.name}’s timescale runs from the moment the contact was received.`,
        rules: ['DEC-TIMESCALE'],
        expected: due,
        ...(stated ? { actual: stated } : {}),
        maxPoints: POINTS.decisionDue,
      }),
    );
  }

  // Wrap-up: may agency checks start now? The machine's screening guard is the answer.
  const wanted = wrapUpAnswers(s, expected);
  if (wrapUps.includes('agencyChecksNow') && wanted.agencyChecksNow !== undefined) {
    const said = input.wrapUp.agencyChecksNow;
    const result: DebriefResult =
      said === undefined ? 'missed' : said === wanted.agencyChecksNow ? 'correct' : said && !wanted.agencyChecksNow ? 'breach' : 'wrong';
    items.push(
      item({
        id: 'wrapup:agency-checks',
        category: 'consent',
        result,
        message: wanted.agencyChecksNow
          ? result === 'correct'
            ? 'Right: the parents know and agree, so checks with other agencies can start.'
            : 'Checks with other agencies may start now: nothing in this call needs a manager’s authorisation to share.'
          : result === 'correct'
            ? 'Right: checks with other agencies wait for a team manager to authorise sharing without the parents’ consent, with a reason.'
            : 'Checks with other agencies may not start yet: sharing without the parents’ knowledge or agreement needs a team manager’s authorisation and a recorded reason first.',
        rules: applyingOr(profile, ['CONSENT-MANAGER-OVERRIDE']),
        expected: wanted.agencyChecksNow ? 'yes' : 'no',
        ...(said !== undefined ? { actual: said ? 'yes' : 'no' } : {}),
        maxPoints: POINTS.wrapUp,
      }),
    );
  }

  // Wrap-up: may the family be told who called? Only a named referrer may be shared (referrer identity).
  {
    const said = input.wrapUp.tellFamilyWhoCalled;
    const allowed = wanted.tellFamilyWhoCalled === true;
    const result: DebriefResult = said === undefined ? 'missed' : said === allowed ? 'correct' : said ? 'breach' : 'wrong';
    items.push(
      item({
        id: 'wrapup:tell-family',
        category: result === 'breach' ? 'anonymity' : 'identity',
        result,
        message: allowed
          ? result === 'correct'
            ? 'Right: a professional cannot be anonymous, and the family may learn which agency contacted us.'
            : 'The family may be told which agency made the contact: professionals cannot stay anonymous.'
          : result === 'correct'
            ? 'Right: this caller’s identity is not shared with the family without their consent.'
            : 'Never tell the family who called here: this caller’s identity is protected and is shared only with their consent.',
        rules: anonRules,
        expected: allowed ? 'yes' : 'no',
        ...(said !== undefined ? { actual: said ? 'yes' : 'no' } : {}),
        maxPoints: POINTS.wrapUp,
      }),
    );
  }

  items.push(...questionItems(s, input.asked));

  // Paths on the state chart: where the trainee's call and the expected call went different ways.
  const traineePath = callHandlerPath(t.path);
  const expectedPath = callHandlerPath(expected.path);
  // Where the routes differ, every state after the branch point differs because of the route rules.
  const differenceRules = (state: string): RuleId[] =>
    t.route !== expected.route && routeRules.length > 0 ? routeRules : stateRules(state, profile);
  const pathDifferences: PathDifference[] = [
    ...traineePath.filter((st) => !expectedPath.includes(st)).map((state) => ({ state, side: 'trainee-only' as const, rules: differenceRules(state) })),
    ...expectedPath.filter((st) => !traineePath.includes(st)).map((state) => ({ state, side: 'expected-only' as const, rules: differenceRules(state) })),
  ];

  return {
    ...total(items),
    items,
    traineePath,
    expectedPath,
    pathDifferences,
    expected: { route: expected.route, identity: expected.referrerIdentity, actions: expected.actions, deadlines: expected.deadlines as Record<string, string> },
    trainee: {
      ...(t.route ? { route: t.route } : {}),
      ...(t.identity ? { identity: t.identity } : {}),
      actions: traineeActions,
      deadlines: traineeDeadlines,
    },
  };
}

// --- Information request ---------------------------------------------------------------------------------

/** Decisions under which something about the family leaves the authority now. */
const DISCLOSING: IrDecision[] = ['confirm-without-consent', 'confirm-known-status', 'disclose-with-consent'];

function scoreInfoRequest(s: InfoRequestTrainingScenario, input: InfoRequestAttemptInput): Debrief {
  const contract = toContractScenario(s) as Parameters<typeof runInfoRequestScenario>[0];
  const expected: InfoRequestResult = runInfoRequestScenario(contract);
  const trainee: InfoRequestResult = runInfoRequestScenario({ ...contract, requester: input.requester, subject: input.subject });
  const items: DebriefItem[] = [];
  const discloses = DISCLOSING.includes(trainee.decision) && !DISCLOSING.includes(expected.decision);
  const decisionRules = uniq([...expected.rules, ...(trainee.decision === expected.decision ? [] : trainee.rules)]);
  items.push(
    item({
      id: 'decision',
      category: discloses ? 'consent' : 'decision',
      result: trainee.decision === expected.decision ? 'correct' : discloses ? 'breach' : 'wrong',
      message:
        trainee.decision === expected.decision
          ? `Right decision: ${expected.decision}.`
          : discloses
            ? `Your record leads to ${trainee.decision}: information would leave us when the right handling is ${expected.decision}.`
            : `This request should be handled as ${expected.decision}; your record leads to ${trainee.decision}.`,
      rules: decisionRules,
      expected: expected.decision,
      actual: trainee.decision,
      maxPoints: POINTS.decision,
    }),
  );
  for (const action of expected.actions) {
    const taken = trainee.actions.includes(action);
    items.push(
      item({
        id: `action:${action}`,
        category: 'actions',
        result: taken ? 'correct' : 'missed',
        message: taken ? `Required, and your record has it: ${words(ACTION_WORDS, action)}.` : `Missed: this request requires ${words(ACTION_WORDS, action)}.`,
        rules: expected.rules,
        expected: action,
        ...(taken ? { actual: action } : {}),
        maxPoints: POINTS.action,
      }),
    );
  }
  for (const action of trainee.actions.filter((a) => !expected.actions.includes(a))) {
    items.push(item({ id: `action:${action}`, category: 'actions', result: 'wrong', message: `Your record leads to ${words(ACTION_WORDS, action)}, which this request does not need.`, rules: trainee.rules, actual: action, maxPoints: POINTS.action }));
  }
  items.push(...questionItems(s, input.asked));
  const traineePath = uniq(trainee.path);
  const expectedPath = uniq(expected.path);
  return {
    ...total(items),
    items,
    traineePath,
    expectedPath,
    pathDifferences: [
      ...traineePath.filter((st) => !expectedPath.includes(st)).map((state) => ({ state, side: 'trainee-only' as const, rules: trainee.rules })),
      ...expectedPath.filter((st) => !traineePath.includes(st)).map((state) => ({ state, side: 'expected-only' as const, rules: expected.rules })),
    ],
    expected: { decision: expected.decision, actions: expected.actions, deadlines: {} },
    trainee: { decision: trainee.decision, actions: trainee.actions, deadlines: {} },
  };
}

// --- Entry point -------------------------------------------------------------------------------------------

export class AttemptKindMismatch extends Error {}

/** Scores an attempt. Throws AttemptKindMismatch when the input is for the other kind of scenario. */
export function scoreAttempt(s: TrainingScenario, input: AttemptInput): Debrief {
  if (s.kind === 'contact' && input.kind === 'contact') return scoreContact(s, input);
  if (s.kind === 'info-request' && input.kind === 'info-request') return scoreInfoRequest(s, input);
  throw new AttemptKindMismatch(`This scenario is ${s.kind === 'contact' ? 'a contact' : 'an information request'}; the attempt is ${input.kind === 'contact' ? 'a contact' : 'an information request'}.`);
}
