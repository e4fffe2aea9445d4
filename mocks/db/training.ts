import type { AuthorityId, Role } from '../../machines/contact/contact.schema';
import type { RuleId } from '../../machines/rules/rule-ids';
import type { AttemptInput, Debrief } from '../../machines/training/score';
import { trainingScenarioSchema, type Difficulty, type TrainingScenario } from '../../machines/training/training.schema';
import type { User } from '../problem';
import { get, list } from './store';

// Training data in the mock backend: the shipped scenarios (read-only, from training/scenarios/*.json),
// scenarios trainers author in the app (stored, versioned), and trainees' attempts (stored, scored on the
// server by scoreAttempt; a score sent by a client is never stored).

export type ScenarioSource = 'shipped' | 'authored';

export interface AuthoredScenarioRecord {
  scenario: TrainingScenario;
  version: number;
  createdBy: User;
  createdAt: string;
  updatedBy: User;
  updatedAt: string;
}

export interface ScenarioSummary {
  id: string;
  title: string;
  kind: TrainingScenario['kind'];
  authority: AuthorityId;
  difficulty: Difficulty;
  goals: string[];
  ruleFocus: RuleId[];
  source: ScenarioSource;
  version: number;
}

export const ATTEMPT_MODES = ['guided', 'assessed'] as const;
export type AttemptMode = (typeof ATTEMPT_MODES)[number];

export interface Attempt {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  authority: AuthorityId;
  kind: TrainingScenario['kind'];
  /** The X-User of whoever made the attempt. */
  trainee: string;
  role: Role;
  mode: AttemptMode;
  at: string;
  /** The practice contact the walk-through created, if any. */
  contactId?: string;
  percent: number;
  passed: boolean;
  /** Debrief items marked as a breach of anonymity or consent. */
  breaches: number;
  debrief: Debrief;
  /** What the trainee recorded, kept so a trainer can review it and the score can be checked again. */
  input: AttemptInput;
}

export interface AttemptIdempotencyEntry {
  fingerprint: string;
  attemptId: string;
}

export const authoredKey = (id: string) => `training-scenario:${id}`;
export const attemptKey = (id: string) => `training-attempt:${id}`;
export const attemptIdempotencyKey = (key: string) => `training-idempotency:${key}`;

// --- Shipped scenarios -------------------------------------------------------------------------------------
// Vite (the app, Vitest and Storybook alike) bundles every file at build time; each is validated here with the
// same schema as an import, so a broken file is reported instead of half-loaded.

const files = import.meta.glob('../../training/scenarios/*.json', { eager: true, import: 'default' });

function loadShipped(): { scenarios: TrainingScenario[]; problems: string[] } {
  const scenarios: TrainingScenario[] = [];
  const problems: string[] = [];
  for (const [file, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = trainingScenarioSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ')}`);
      continue;
    }
    if (!file.endsWith(`/${parsed.data.id}.json`)) {
      problems.push(`${file}: the id “${parsed.data.id}” does not match the file name`);
      continue;
    }
    scenarios.push(parsed.data);
  }
  if (problems.length > 0) console.error('[mock backend] training scenarios refused:\n' + problems.join('\n'));
  return { scenarios, problems };
}

const shipped = loadShipped();

/** Shipped scenarios refused at load (always empty in a good build: test/mocks/training-api.test.ts checks it). */
export const shippedProblems: readonly string[] = shipped.problems;
export const shippedScenarios: readonly TrainingScenario[] = shipped.scenarios;

export const getShipped = (id: string) => shippedScenarios.find((s) => s.id === id);
export const getAuthored = (id: string) => get<AuthoredScenarioRecord>(authoredKey(id));

export async function listAuthored(): Promise<AuthoredScenarioRecord[]> {
  const all = await list<AuthoredScenarioRecord>('training-scenario:');
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.scenario.id.localeCompare(b.scenario.id));
}

/** A scenario by id, shipped or authored, with where it came from and its version. */
export async function findScenario(id: string): Promise<{ scenario: TrainingScenario; source: ScenarioSource; version: number } | undefined> {
  const own = getShipped(id);
  if (own) return { scenario: own, source: 'shipped', version: 1 };
  const authored = await getAuthored(id);
  return authored ? { scenario: authored.scenario, source: 'authored', version: authored.version } : undefined;
}

export function summaryOf(scenario: TrainingScenario, source: ScenarioSource, version: number): ScenarioSummary {
  return {
    id: scenario.id,
    title: scenario.title,
    kind: scenario.kind,
    authority: scenario.authority,
    difficulty: scenario.training.difficulty,
    goals: scenario.training.goals,
    ruleFocus: scenario.training.ruleFocus,
    source,
    version,
  };
}

export async function listAttempts(): Promise<Attempt[]> {
  const all = await list<Attempt>('training-attempt:');
  return all.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

export const getAttempt = (id: string) => get<Attempt>(attemptKey(id));

// --- Results across trainees and scenarios ------------------------------------------------------------------

export interface Results {
  byScenario: { scenarioId: string; title: string; authority: AuthorityId; attempts: number; meanPercent: number; passRate: number }[];
  byRule: { rule: RuleId; misses: number; breaches: number; scenarios: string[] }[];
  byTrainee: { trainee: string; attempts: number; meanPercent: number; lastAt: string; passed: number }[];
  recent: Attempt[];
}

const mean = (values: number[]) => (values.length === 0 ? 0 : Math.round(values.reduce((a, b) => a + b, 0) / values.length));
/** A fraction between 0 and 1, to two decimal places. */
const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100) / 100);

/** Where people go wrong: attempts grouped by scenario and trainee, and the rules behind missed items and breaches. */
export function resultsOf(attempts: Attempt[]): Results {
  const groups = <K extends string>(key: (a: Attempt) => K) => {
    const map = new Map<K, Attempt[]>();
    for (const a of attempts) map.set(key(a), [...(map.get(key(a)) ?? []), a]);
    return map;
  };
  const byScenario = [...groups((a) => a.scenarioId)].map(([scenarioId, list]) => ({
    scenarioId,
    title: list[0]!.scenarioTitle,
    authority: list[0]!.authority,
    attempts: list.length,
    meanPercent: mean(list.map((a) => a.percent)),
    passRate: rate(list.filter((a) => a.passed).length, list.length),
  }));
  byScenario.sort((a, b) => a.meanPercent - b.meanPercent || a.scenarioId.localeCompare(b.scenarioId));

  const rules = new Map<RuleId, { misses: number; breaches: number; scenarios: Set<string> }>();
  for (const a of attempts) {
    for (const item of a.debrief.items) {
      if (item.result === 'correct') continue;
      for (const rule of item.rules) {
        const entry = rules.get(rule) ?? { misses: 0, breaches: 0, scenarios: new Set<string>() };
        if (item.result === 'breach') entry.breaches += 1;
        else entry.misses += 1;
        entry.scenarios.add(a.scenarioId);
        rules.set(rule, entry);
      }
    }
  }
  const byRule = [...rules]
    .map(([rule, e]) => ({ rule, misses: e.misses, breaches: e.breaches, scenarios: [...e.scenarios].sort() }))
    .sort((a, b) => b.misses + b.breaches - (a.misses + a.breaches) || b.breaches - a.breaches || a.rule.localeCompare(b.rule));

  const byTrainee = [...groups((a) => a.trainee)].map(([trainee, list]) => ({
    trainee,
    attempts: list.length,
    meanPercent: mean(list.map((a) => a.percent)),
    lastAt: list.map((a) => a.at).sort().at(-1)!,
    passed: list.filter((a) => a.passed).length,
  }));
  byTrainee.sort((a, b) => a.trainee.localeCompare(b.trainee));

  const newestFirst = [...attempts].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  return { byScenario, byRule, byTrainee, recent: newestFirst.slice(0, 20) };
}
