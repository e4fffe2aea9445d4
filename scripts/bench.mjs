#!/usr/bin/env node
// `npm run bench`: builds the app for production (once, with a map of which source modules went into which
// chunk, so the size benchmark can tell the app from the mock backend), then runs every benchmark in
// bench/*.bench.ts (each prints JSON lines {name, value, unit, target, met, detail}), prints a table and writes
// bench/report.json (not committed; the latest figures are copied into docs/benchmarks.md by hand with the
// machine they ran on). BENCH_DIST names the build folder (default dist/); BENCH_SKIP_BUILD=1 reuses it;
// BENCH_ONLY=app,chart runs only those benchmark files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const started = Date.now();
const dist = process.env.BENCH_DIST ?? 'dist';
const loads = [];
const sampleLoad = () => loads.push(os.loadavg()[0]);
sampleLoad();
const loadTimer = setInterval(sampleLoad, 5_000);

/**
 * Records, for every chunk of the build, the source modules in it and their gzip weight, and the import
 * graph between modules (static and dynamic), in <dist>/.vite/modules.json.
 */
function moduleMapPlugin(outDir) {
  return {
    name: 'front-door:bench-module-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = {};
      const graph = {};
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[fileName] = {
          isEntry: output.isEntry,
          // Each module's share of its chunk: the gzip size of its rendered code on its own (closer to what it
          // costs in the compressed chunk than its length: minified React and the mock's code compress differently).
          modules: Object.fromEntries(
            Object.entries(output.modules).map(([id, m]) => [id, m.code ? gzipSync(m.code).length : m.renderedLength]),
          ),
        };
      }
      // Every module of the build, including re-export files that render to nothing (zod/index.js): the
      // walk from the entry must pass through them.
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        graph[id] = { imports: [...(info?.importedIds ?? [])], dynamic: [...(info?.dynamicallyImportedIds ?? [])] };
      }
      mkdirSync(path.join(outDir, '.vite'), { recursive: true });
      writeFileSync(path.join(outDir, '.vite', 'modules.json'), JSON.stringify({ chunks, graph }));
    },
  };
}

if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(path.join(dist, '.vite', 'modules.json'))) {
  const { build } = await import('vite');
  const t0 = Date.now();
  const outDir = path.resolve(dist);
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true }, plugins: [moduleMapPlugin(outDir)] });
  console.error(`build into ${dist}/: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// BENCH_ONLY=app,queue runs only those files (bench/app.bench.ts, bench/queue.bench.ts).
const only = process.env.BENCH_ONLY?.split(',').map((name) => `${name.trim()}.bench.ts`);
const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts') && (!only || only.includes(f))).sort();
const results = [];
let failedToRun = 0;
const env = { ...process.env, BENCH_DIST: dist, CHART_BENCH_DIST: process.env.CHART_BENCH_DIST ?? dist };
for (const file of files) {
  const fileStarted = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${file}`], { encoding: 'utf8', timeout: 240_000, env });
  if (run.status !== 0) {
    failedToRun++;
    console.error(`bench/${file} failed (exit ${run.status}):\n${run.stderr}`);
    continue;
  }
  for (const line of run.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    results.push({ file, ...JSON.parse(line) });
  }
  console.error(`bench/${file}: ${((Date.now() - fileStarted) / 1000).toFixed(1)} s`);
}

// The full test suite's wall time is not run here (it takes minutes and would skew everything else): it is
// read from the record scripts/test-all.mjs leaves after each `npm test`, with the date it was measured.
const lastTestRun = 'bench/last-test-run.json';
if (existsSync(lastTestRun)) {
  try {
    const run = JSON.parse(readFileSync(lastTestRun, 'utf8'));
    const steps = run.steps.map((s) => `${s.name} ${(s.ms / 1000).toFixed(0)} s${s.ok ? '' : ' (failed)'}`).join(', ');
    results.push({
      file: lastTestRun,
      name: 'full test suite wall time (npm test)',
      value: Math.round(run.totalMs / 1000),
      unit: 's',
      target: '< 15 min in CI',
      met: run.ok && run.totalMs < 15 * 60_000,
      detail: `measured ${run.finishedAt} (${run.ok ? 'all steps passed' : 'a step FAILED'}; ${run.passed} passed, ${run.failed} failed; load average at end ${run.loadAverage?.map((l) => l.toFixed(1)).join(' ') ?? '?'}): ${steps}`,
    });
  } catch (error) {
    console.error(`${lastTestRun} could not be read: ${error.message}`);
  }
} else {
  results.push({ file: lastTestRun, name: 'full test suite wall time (npm test)', value: 'not measured', unit: '', detail: 'run `npm test` once: it records bench/last-test-run.json' });
}

clearInterval(loadTimer);
sampleLoad();

const rows = results.map((r) => [r.name, `${r.value} ${r.unit}`.trim(), r.target ?? '', r.met === undefined ? '' : r.met ? 'met' : 'NOT MET', r.detail ?? '']);
const header = ['benchmark', 'value', 'target', 'status', 'detail'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const fmt = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(fmt(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(fmt(r));

const chromium = results.find((r) => r.chromium)?.chromium;
const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  chromium,
  platform: `${os.platform()} ${os.release()}`,
  loadAverage: { start: loads[0], max: Math.max(...loads), end: loads[loads.length - 1], samples: loads.length },
};
const seconds = (Date.now() - started) / 1000;
writeFileSync('bench/report.json', JSON.stringify({ date: new Date().toISOString(), seconds, machine, results }, null, 2));
console.log(
  `\nwrote bench/report.json (${results.length} figures in ${seconds.toFixed(0)} s; machine: ${machine.cpus} cores, ${machine.cpu}, Node ${machine.node}` +
    `${chromium ? `, Chromium ${chromium}` : ''}; 1-minute load average ${machine.loadAverage.start.toFixed(2)} at start, max ${machine.loadAverage.max.toFixed(2)})`,
);
process.exitCode = failedToRun > 0 ? 1 : 0;
