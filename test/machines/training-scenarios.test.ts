import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUTHORITY_IDS } from '../../machines/contact/contact.schema';
import { isBankHoliday, londonParts, parseInstant } from '../../machines/clock/working-days';
import { compareExpect, runScenario } from '../../machines/scenario/run';
import type { ContactResult, InfoRequestResult } from '../../machines/scenario/scenario.schema';
import { callerReply, openingLine, volunteeredLines } from '../../machines/training/caller';
import { questionsFor, questionsNeededFor } from '../../machines/training/questions';
import {
  parseTrainingScenarioText,
  toContractScenario,
  trainingScenarioSchema,
  type ContactTrainingScenario,
  type TrainingScenario,
} from '../../machines/training/training.schema';

// The shipped training scenarios (training/scenarios/*.json): valid, run through the same runner as
// `npm run scenario` with their `expect` met, covering every authority and every branch that matters.
// The branches are read off the runner's result, never off a label in the file.

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../training/scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const shipped = files.map((file) => {
  const parsed = trainingScenarioSchema.safeParse(JSON.parse(readFileSync(path.join(DIR, file), 'utf8')));
  return { file, parsed };
});
const scenarios: TrainingScenario[] = shipped.flatMap((s) => (s.parsed.success ? [s.parsed.data] : []));
const results = scenarios.map((s) => ({ s, result: runScenario(toContractScenario(s)) }));
const contacts = results.filter((r): r is { s: ContactTrainingScenario; result: ContactResult } => r.s.kind === 'contact');
const requests = results.filter((r) => r.s.kind === 'info-request').map((r) => r.result as InfoRequestResult);

describe('shipped training scenarios', () => {
  it('there are at least 28, and every file parses with the training scenario schema', () => {
    expect(files.length).toBeGreaterThanOrEqual(28);
    for (const { file, parsed } of shipped) {
      expect(parsed.success ? [] : parsed.error.issues, file).toEqual([]);
    }
  });

  it('ids are unique and each equals its file name', () => {
    for (const { file, parsed } of shipped) if (parsed.success) expect(`${parsed.data.id}.json`).toBe(file);
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files)('%s: the machines give what its expect says', (file) => {
    const entry = results.find((r) => `${r.s.id}.json` === file);
    expect(entry, file).toBeDefined();
    expect(compareExpect(entry!.result, entry!.s.expect as Record<string, unknown>)).toEqual([]);
  });

  it('covers every authority, with at least four contacts each', () => {
    for (const authority of AUTHORITY_IDS) {
      expect(contacts.filter((c) => c.result.authority === authority).length, authority).toBeGreaterThanOrEqual(4);
    }
  });

  // Each branch as a question about the runner's result (route, identity, actions, rules), plus the facts it came from.
  const branches: Record<string, (c: { s: ContactTrainingScenario; result: ContactResult }) => boolean> = {
    'anonymous member of the public': ({ s, result }) => result.referrerIdentity === 'withheld' && s.referrer.type === 'public',
    'professional asking for anonymity': ({ result }) => result.actions.includes('explain-professionals-not-anonymous') && result.referrerIdentity === 'named',
    'confidential referrer': ({ result }) => result.referrerIdentity === 'confidential',
    'consent override with reasons recorded': ({ result }) =>
      result.actions.includes('manager-authorise-sharing') && result.rules.includes('CONSENT-REASONS'),
    'parents informed but not agreed, override needed': ({ s, result }) =>
      s.parents.informed && !s.parents.agreed && result.actions.includes('manager-authorise-sharing'),
    'parents informed but not agreed, no override (knowledge only)': ({ s, result }) =>
      s.parents.informed && !s.parents.agreed && result.path.includes('screening') && !result.actions.includes('manager-authorise-sharing'),
    'open case to the allocated worker': ({ result }) => result.route === 'allocated-worker',
    'early help open': ({ result }) => result.rules.includes('INT-EARLY-HELP-OPEN'),
    'out of hours at a weekend': ({ s, result }) => result.route === 'out-of-hours' && londonParts(parseInstant(s.receivedAt)).weekday >= 6,
    'out of hours on a weekday evening': ({ s, result }) => {
      const local = londonParts(parseInstant(s.receivedAt));
      return result.route === 'out-of-hours' && local.weekday <= 5 && !isBankHoliday(local.date) && local.minutesOfDay >= 17 * 60;
    },
    'out of hours on a bank holiday': ({ s, result }) => result.route === 'out-of-hours' && isBankHoliday(londonParts(parseInstant(s.receivedAt)).date),
    'emergency: 999': ({ result }) => result.actions.includes('call-999'),
    'crime suspected: police told': ({ result }) => result.actions.includes('notify-police'),
    'Consultation Hub': ({ result }) => result.route === 'consultation-hub',
    'online request form': ({ result }) => result.route === 'online-request',
    'managing allegations': ({ result }) => result.route === 'managing-allegations',
    'unborn baby': ({ result }) => result.rules.includes('INT-UNBORN'),
    'child harming another child': ({ result }) => result.actions.includes('send-both-children-details'),
  };
  it.each(Object.keys(branches))('covers the branch: %s', (branch) => {
    expect(contacts.filter((c) => branches[branch]!(c)).map((c) => c.s.id)).not.toEqual([]);
  });

  it('has at least four information requests, covering the main Hertfordshire §8 decisions', () => {
    expect(requests.length).toBeGreaterThanOrEqual(4);
    const decisions = new Set(requests.map((r) => r.decision));
    for (const decision of ['confirm-without-consent', 'await-gov-uk-address', 'await-consent', 'data-protection-team', 'await-identity-evidence'] as const) {
      expect(decisions, decision).toContain(decision);
    }
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: the scripted caller can answer every question the wizard needs', (_id, s) => {
    const missing = questionsNeededFor(s).filter((q) => !callerReply(s, q).scripted);
    expect(missing).toEqual([]);
    // and the lines it has are spoken as scripted, with the caller's "don't know" where the file says so
    for (const line of s.training.lines) {
      expect(callerReply(s, line.question)).toEqual({ says: line.says, dontKnow: line.dontKnow === true, scripted: true });
    }
  });

  it('every scenario has some answers given only if asked, and some the caller does not know overall', () => {
    for (const s of scenarios) expect(s.training.lines.some((l) => l.when === 'if-asked'), s.id).toBe(true);
    expect(scenarios.filter((s) => s.training.lines.some((l) => l.dontKnow)).length).toBeGreaterThanOrEqual(10);
  });
});

describe('npm run scenario on training files', () => {
  it('runs the shipped folder with its expect met, and refuses a broken training file naming the field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'front-door-training-'));
    try {
      const broken = JSON.parse(readFileSync(path.join(DIR, files[0]!), 'utf8')) as { id: string; training: { lines: { question: string }[] } };
      broken.id = 'broken-training-file';
      broken.training.lines[0]!.question = 'referrer.shoe-size';
      writeFileSync(path.join(dir, 'broken-training-file.json'), JSON.stringify(broken));
      const root = path.resolve(DIR, '../..');
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scenario.ts', 'training/scenarios', dir], { cwd: root, encoding: 'utf8', timeout: 60_000 });

      expect(run.status).toBe(2);
      expect(run.stdout.split('\n').filter((l) => l.startsWith('{'))).toHaveLength(files.length);
      expect(run.stderr).toContain('broken-training-file.json: training.lines.0.question:');
      expect(run.stderr).not.toMatch(/^FAIL/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the simulated caller', () => {
  const s = scenarios.find((x) => x.id === 'her-training-sunday-evening-anonymous')!;

  it('opens with the scripted line and volunteers lines only at their step', () => {
    expect(openingLine(s)).toBe(s.training.opening);
    expect(volunteeredLines(s, 'referrer').map((l) => l.question)).toEqual(['referrer.anonymity']);
    expect(volunteeredLines(s, 'concern').map((l) => l.question)).toEqual(['concern.what']);
    expect(volunteeredLines(s, 'parents')).toEqual([]);
  });

  it('answers an unscripted question with a plain "don’t know"', () => {
    const reply = callerReply(s, 'children.disability');
    expect(reply.scripted).toBe(false);
    expect(reply.dontKnow).toBe(true);
    expect(reply.says).toMatch(/know|tell/i);
    expect(callerReply(s, 'children.disability')).toEqual(reply);
  });
});

describe('questionsFor', () => {
  it('offers the Consultation Hub question only where the authority has a Hub, and each authority’s own checklist', () => {
    const her = questionsFor('contact', 'hertfordshire').map((q) => q.id);
    const dor = questionsFor('contact', 'dorset').map((q) => q.id);
    expect(her).toContain('referrer.hub');
    expect(dor).not.toContain('referrer.hub');
    expect(her).toContain('checklist:family-issues');
    expect(dor).not.toContain('checklist:family-issues');
    expect(questionsFor('contact', 'leicester').map((q) => q.id)).toContain('checklist:consultation-consent');
    expect(questionsFor('info-request', 'hertfordshire').every((q) => q.id.startsWith('request.'))).toBe(true);
  });
});

describe('parseTrainingScenarioText', () => {
  const base = JSON.parse(readFileSync(path.join(DIR, 'dor-training-open-case-teacher.json'), 'utf8')) as Record<string, unknown> & {
    training: Record<string, unknown> & { lines: Record<string, unknown>[] };
  };
  const problemsOf = (value: unknown) => {
    const parsed = parseTrainingScenarioText(typeof value === 'string' ? value : JSON.stringify(value));
    return parsed.ok ? [] : parsed.problems;
  };

  it('accepts a shipped file, alone or in an array', () => {
    expect(parseTrainingScenarioText(JSON.stringify(base))).toMatchObject({ ok: true, scenarios: [{ id: base.id }] });
    expect(parseTrainingScenarioText(JSON.stringify([base]))).toMatchObject({ ok: true });
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(problemsOf('{ "id": ')).toEqual([{ field: '(file)', message: expect.stringMatching(/^Not valid JSON/) }]);
  });

  it('refuses an unknown field by name', () => {
    expect(problemsOf({ ...base, training: { ...base.training, hints: [] } })).toEqual([{ field: 'training.hints', message: 'Unknown field' }]);
  });

  it('refuses a question id that the authority does not have, at its line', () => {
    const lines = [...base.training.lines, { question: 'referrer.hub', says: 'No.', when: 'if-asked' }];
    expect(problemsOf({ ...base, training: { ...base.training, lines } })).toEqual([
      { field: `training.lines.${lines.length - 1}.question`, message: expect.stringContaining('not a question for a contact in dorset') },
    ]);
    const made = [...base.training.lines, { question: 'concern.weather', says: 'Sunny.', when: 'if-asked' }];
    expect(problemsOf({ ...base, training: { ...base.training, lines: made } })[0]?.field).toBe(`training.lines.${made.length - 1}.question`);
  });

  it('refuses two lines for the same question', () => {
    const lines = [...base.training.lines, { question: 'referrer.who', says: 'Again.', when: 'if-asked' }];
    expect(problemsOf({ ...base, training: { ...base.training, lines } })).toEqual([
      { field: `training.lines.${lines.length - 1}.question`, message: expect.stringContaining('Only one line per question') },
    ]);
  });

  it('refuses a plain contract scenario: the training block is required', () => {
    const { training: _training, ...contract } = base;
    expect(problemsOf(contract)).toEqual([{ field: 'training', message: expect.stringContaining('Required field is missing') }]);
  });

  it('refuses a training scenario without the expected route', () => {
    const { route: _route, ...expectWithoutRoute } = base.expect as Record<string, unknown>;
    expect(problemsOf({ ...base, expect: expectWithoutRoute })).toEqual([{ field: 'expect.route', message: expect.stringContaining('Required field is missing') }]);
  });

  it('names the scenario by its index in an array, and refuses the same id twice', () => {
    expect(problemsOf([base, { ...base, training: { ...base.training, difficulty: 'easy' } }])[0]?.field).toBe('1.training.difficulty');
    expect(problemsOf([base, base])).toEqual([{ field: '1.id', message: expect.stringContaining('already used') }]);
  });

  it('refuses a scenario whose caller cannot give a fact the scenario depends on', () => {
    const lines = base.training.lines.filter((l) => l.question !== 'children.social-worker');
    expect(problemsOf({ ...base, training: { ...base.training, lines } })).toEqual([
      { field: 'training.lines', message: expect.stringContaining('Add a line for “children.social-worker”') },
    ]);
  });

  it('refuses "don’t know" on a line whose fact the scenario depends on', () => {
    const lines = base.training.lines.map((l) => (l.question === 'children.social-worker' ? { ...l, dontKnow: true } : l));
    expect(problemsOf({ ...base, training: { ...base.training, lines } })).toEqual([
      { field: `training.lines.${lines.findIndex((l) => l.question === 'children.social-worker')}.dontKnow`, message: expect.stringContaining('cannot') },
    ]);
  });
});
