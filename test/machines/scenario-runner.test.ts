import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contactResultSchema, infoRequestResultSchema } from '../../machines/scenario/scenario.schema';

// The scenario runner as a user runs it: a separate process on files in a folder, judged only by its exit
// code, its JSON Lines on stdout and its messages on stderr (shared/spec/scenario-contract.md).

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TIMEOUT = 60_000; // each run starts node and compiles TypeScript; slow on a busy machine

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The JSON results on stdout (npm's own banner lines are not JSON and are skipped). */
  results: Record<string, unknown>[];
}

function finish(r: ReturnType<typeof spawnSync>): Run {
  const stdout = String(r.stdout);
  const results = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: r.status, stdout, stderr: String(r.stderr), results };
}

/** `tsx scripts/scenario.ts PATH...` from the repo root (node --import tsx is `npx tsx` without npx's start-up). */
function runner(...paths: string[]): Run {
  return finish(
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scenario.ts', ...paths], { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT }),
  );
}

const dirs: string[] = [];
function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'front-door-scenarios-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The contract's own example: received Thu 2026-12-24 10:00, Hertfordshire (25th Fri, 28th Mon substitute). */
const CHRISTMAS_EVE = {
  id: 'her-christmas-eve-example',
  title: 'The contract’s example instant',
  kind: 'contact',
  authority: 'hertfordshire',
  receivedAt: '2026-12-24T10:00:00+00:00',
  channel: 'email',
  referrer: { type: 'family' },
  children: [{ caseStatus: 'unknown' }],
  concern: { immediateDanger: false, crimeSuspected: false, significantHarm: false },
  parents: { informed: true, agreed: true },
  expect: {
    route: 'front-door',
    deadlines: {
      decision: '2026-12-29T23:59:59+00:00',
      acknowledgement: '2026-12-29T23:59:59+00:00',
      chase: '2026-12-31T23:59:59+00:00',
    },
  },
};

const SCHOOL_HUB = {
  id: 'her-school-hub',
  title: 'A school with a child-protection worry, Consultation Hub not yet consulted',
  kind: 'contact',
  authority: 'hertfordshire',
  receivedAt: '2026-03-04T10:15:00+00:00',
  channel: 'phone',
  referrer: { type: 'professional', agency: 'school' },
  children: [{ caseStatus: 'unknown' }],
  concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true },
  parents: { informed: true, agreed: true },
  expect: { route: 'consultation-hub', referrerIdentity: 'named', actions: ['confirm-in-writing-24h'] },
};

const UKBA = {
  id: 'her-ukba-request',
  title: 'UKBA asks about a child’s future',
  kind: 'info-request',
  authority: 'hertfordshire',
  receivedAt: '2026-03-04T10:15:00+00:00',
  requester: { agency: 'ukba', purpose: 'future-of-child', replyTo: 'caseworker@homeoffice.gov.uk' },
  subject: { status: 'closed' },
  expect: { decision: 'confirm-without-consent', actions: ['open-contact', 'reply-to-gov-uk-only'] },
};

function expectContractShape(result: Record<string, unknown>) {
  const schema = result.kind === 'contact' ? contactResultSchema : infoRequestResultSchema;
  const parsed = schema.safeParse(result);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
}

describe('scenario runner CLI', () => {
  it(
    'a folder of valid scenarios, nested, exits 0 with one contract-shaped JSON line per scenario',
    () => {
      const dir = folder({
        'contract-example.json': CHRISTMAS_EVE,
        'nested/deeper/school-hub.json': SCHOOL_HUB,
        'nested/ukba.json': UKBA,
        'nested/README.md': '# not a scenario: only .json files are read',
      });
      const run = runner(dir);
      expect(run.stderr).not.toMatch(/INVALID|FAIL/);
      expect(run.status).toBe(0);
      expect(run.results.map((r) => r.id).sort()).toEqual(['her-christmas-eve-example', 'her-school-hub', 'her-ukba-request']);
      for (const result of run.results) expectContractShape(result);
      expect(run.stderr).toContain('3 passed, 0 failed, 0 invalid');
    },
    TIMEOUT,
  );

  it(
    'computes the contract’s example instant: Thu 24 Dec 2026 10:00 in Hertfordshire is decided by Tue 29 Dec 23:59:59',
    () => {
      const run = runner(path.join(folder({ 'example.json': CHRISTMAS_EVE }), 'example.json'));
      expect(run.status).toBe(0);
      expect(run.results).toHaveLength(1);
      const result = run.results[0]!;
      expect(result).toMatchObject({
        id: 'her-christmas-eve-example',
        kind: 'contact',
        authority: 'hertfordshire',
        route: 'front-door',
        referrerIdentity: 'confidential',
        errors: [],
      });
      expect((result.deadlines as Record<string, string>).decision).toBe('2026-12-29T23:59:59+00:00');
    },
    TIMEOUT,
  );

  it(
    'exits 1 when an expectation is not met, printing the result and naming the field that differs',
    () => {
      const wrong = {
        ...SCHOOL_HUB,
        id: 'her-school-hub-wrong',
        expect: { route: 'front-door', deadlines: { decision: '2026-03-05T23:59:59+00:00' } },
      };
      const run = runner(path.join(folder({ 'wrong.json': wrong }), 'wrong.json'));
      expect(run.status).toBe(1);
      expect(run.results.map((r) => r.id)).toEqual(['her-school-hub-wrong']);
      expect(run.stderr).toMatch(/FAIL her-school-hub-wrong \(.*wrong\.json\): route: expected "front-door", got "consultation-hub"/);
      // The hub route is not screened by the front door, so there is no decision deadline at all.
      expect(run.stderr).toMatch(/deadlines\.decision: expected "2026-03-05T23:59:59\+00:00", got null/);
    },
    TIMEOUT,
  );

  it(
    'exits 2 on invalid files, naming each file and field, while the other files still run',
    () => {
      const { agency: _agency, ...referrerWithoutAgency } = SCHOOL_HUB.referrer;
      const { expect: expected, ...rest } = UKBA;
      const dir = folder({
        'a-bad-json.json': '{ "id": "broken", ',
        'b-professional-without-agency.json': { ...SCHOOL_HUB, id: 'her-no-agency', referrer: referrerWithoutAgency },
        'c-misspelt-key.json': { ...rest, id: 'her-misspelt', expects: expected },
        'd-valid.json': CHRISTMAS_EVE,
        'e-valid.json': UKBA,
      });
      const run = runner(dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/INVALID \S*a-bad-json\.json: \(file\): Not valid JSON/);
      expect(run.stderr).toMatch(/INVALID \S*b-professional-without-agency\.json: referrer\.agency: /);
      expect(run.stderr).toMatch(/INVALID \S*c-misspelt-key\.json: expects: Unknown field/);
      expect(run.results.map((r) => r.id)).toEqual(['her-christmas-eve-example', 'her-ukba-request']);
      for (const result of run.results) expectContractShape(result);
      expect(run.stderr).toContain('2 passed, 0 failed, 3 invalid');
    },
    TIMEOUT,
  );

  it(
    'exits 2 on a duplicate id, naming both files, and runs the first one',
    () => {
      const dir = folder({ 'first.json': UKBA, 'second.json': { ...UKBA, title: 'The same id again' } });
      const run = runner(dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/INVALID \S*second\.json: id: "her-ukba-request" is already used by \S*first\.json/);
      expect(run.results.map((r) => r.id)).toEqual(['her-ukba-request']);
    },
    TIMEOUT,
  );

  it(
    'exits 2 with a usage line when given nothing, and on a path that does not exist',
    () => {
      const none = runner();
      expect(none.status).toBe(2);
      expect(none.stderr).toMatch(/usage: npm run scenario -- PATH/);
      const missing = runner(path.join(tmpdir(), 'front-door-no-such-folder'));
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/INVALID \S*front-door-no-such-folder: no such file or folder/);
    },
    TIMEOUT,
  );

  it(
    '`npm run scenario -- scenarios/` passes over the shipped scenarios',
    () => {
      const shipped = path.join(ROOT, 'scenarios');
      const count = (dir: string): number =>
        readdirSync(dir).reduce((n, name) => {
          const p = path.join(dir, name);
          return n + (statSync(p).isDirectory() ? count(p) : name.endsWith('.json') ? 1 : 0);
        }, 0);
      const files = count(shipped);
      expect(files, 'scenarios/ holds no scenario files yet').toBeGreaterThan(0);
      const run = finish(spawnSync('npm', ['run', 'scenario', '--', 'scenarios/'], { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT }));
      expect(run.stderr).not.toMatch(/^(INVALID|FAIL) /m);
      expect(run.status).toBe(0);
      expect(run.results.length).toBeGreaterThanOrEqual(files);
      for (const result of run.results) expectContractShape(result);
    },
    TIMEOUT,
  );
});
