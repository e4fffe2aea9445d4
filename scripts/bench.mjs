#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/*.bench.ts (each prints JSON lines {name, value, unit,
// target, met, detail}), prints a table and writes bench/report.json (not committed; the latest figures
// are copied into docs/benchmarks.md by hand with the machine they ran on).
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).sort();
const results = [];
let failedToRun = 0;
for (const file of files) {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${file}`], { encoding: 'utf8', timeout: 240_000 });
  if (run.status !== 0) {
    failedToRun++;
    console.error(`bench/${file} failed (exit ${run.status}):\n${run.stderr}`);
    continue;
  }
  for (const line of run.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    results.push({ file, ...JSON.parse(line) });
  }
  console.error(`bench/${file}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const rows = results.map((r) => [r.name, `${r.value} ${r.unit}`, r.target ?? '', r.met === undefined ? '' : r.met ? 'met' : 'NOT MET', r.detail ?? '']);
const header = ['benchmark', 'value', 'target', 'status', 'detail'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const fmt = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(fmt(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(fmt(r));

const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
writeFileSync('bench/report.json', JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2));
console.log(`\nwrote bench/report.json (${results.length} figures; machine: ${machine.cpus} cores, ${machine.cpu})`);
process.exitCode = failedToRun > 0 ? 1 : 0;
