import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reportsDir = path.join(root, '.vitest-reports');
const vitestBin = path.join(root, 'node_modules', '.bin', 'vitest');
const npmBin = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const formatSeconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/**
 * Runs steps in order, stops at the first failure, and keeps the test count across the steps so the
 * last line of output can always be `tests: N passed, M failed`, which is what CI and people grep for.
 */
export class StepRunner {
  #results = [];
  #passed = 0;
  #failed = 0;
  #record;
  #started = Date.now();

  /** `record`: a file (relative to the project) to write the step times and total to when the run ends. */
  constructor({ record } = {}) {
    this.#record = record;
    // A report left by an earlier run must never be counted as this run's result.
    rmSync(reportsDir, { recursive: true, force: true });
  }

  npm(name, script) {
    return this.#run(name, npmBin, ['run', '--silent', script]);
  }

  vitest(name, project) {
    const report = path.join(reportsDir, `${name}.json`);
    const args = [
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.relative(root, report)}`,
    ];
    return this.#run(name, vitestBin, args, report);
  }

  async #run(name, command, args, report) {
    console.log(`\n▶ ${name}: ${path.basename(command)} ${args.join(' ')}`);
    const started = Date.now();
    const code = await new Promise((resolve) => {
      const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
      child.on('error', (error) => {
        console.error(error);
        resolve(1);
      });
      child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    });
    const ms = Date.now() - started;

    const counts = report ? readCounts(report) : undefined;
    if (counts) {
      this.#passed += counts.passed;
      this.#failed += counts.failed;
    }
    // A failing step that produced no failing test (type errors, lint, a build error, a crashed runner)
    // still counts as one failure, so the summary never reports a broken run as clean.
    if (code !== 0 && !(counts && counts.failed > 0)) this.#failed += 1;

    const ok = code === 0;
    const tally = counts ? `, ${counts.passed} passed, ${counts.failed} failed` : '';
    this.#results.push({ name, ok, ms, tally });
    console.log(`${ok ? '✔' : '✘'} ${name} ${ok ? 'passed' : `failed (exit ${code})`} in ${formatSeconds(ms)}${tally}`);
    if (!ok) this.finish();
  }

  /** Prints the per-step summary and the final tests line, then exits with the run's status. */
  finish() {
    const failed = this.#results.some((result) => !result.ok);
    console.log('\nSteps:');
    for (const { name, ok, ms, tally } of this.#results) {
      console.log(`  ${ok ? '✔' : '✘'} ${name.padEnd(12)} ${formatSeconds(ms).padStart(7)}${tally}`);
    }
    const total = this.#results.reduce((sum, result) => sum + result.ms, 0);
    console.log(`  total        ${formatSeconds(total).padStart(7)}`);
    if (this.#record) this.#writeRecord(!failed, total);
    console.log(`tests: ${this.#passed} passed, ${this.#failed} failed`);
    process.exit(failed ? 1 : 0);
  }

  /** The run's step times for `npm run bench`, which reports the suite's wall time from this file. */
  #writeRecord(ok, totalMs) {
    try {
      writeFileSync(
        path.join(root, this.#record),
        JSON.stringify(
          {
            startedAt: new Date(this.#started).toISOString(),
            finishedAt: new Date().toISOString(),
            ok,
            totalMs,
            wallMs: Date.now() - this.#started,
            passed: this.#passed,
            failed: this.#failed,
            cpus: os.cpus().length,
            loadAverage: os.loadavg(),
            node: process.version,
            steps: this.#results.map(({ name, ok: stepOk, ms, tally }) => ({ name, ok: stepOk, ms, tally: tally.replace(/^, /, '') })),
          },
          null,
          2,
        ),
      );
    } catch (error) {
      console.log(`(could not write ${this.#record}: ${error.message})`);
    }
  }

  /** Reports a failure that happened outside any step (such as no browser) in the same format. */
  abort(message) {
    console.log(`\n✘ ${message}`);
    this.#failed += 1;
    this.#results.push({ name: 'setup', ok: false, ms: 0, tally: '' });
    this.finish();
  }
}

function readCounts(report) {
  if (!existsSync(report)) return undefined;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0 };
  } catch {
    return undefined;
  }
}
