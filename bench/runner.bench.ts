// Scenario runner throughput: every shipped scenario, parsed and run through the machines, repeatedly,
// in one process (as the CLI does per file). Prints one JSON line for scripts/bench.mjs to collect.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText, type Scenario } from '../machines/scenario/scenario.schema';
import { runScenario } from '../machines/scenario/run';

const dir = join(process.cwd(), 'scenarios');
const texts = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(dir, f), 'utf8'));

function once(): number {
  let n = 0;
  for (const text of texts) {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error('invalid scenario in scenarios/');
    for (const s of parsed.scenarios as Scenario[]) {
      runScenario(s);
      n++;
    }
  }
  return n;
}

once(); // warm-up: JIT and module initialisation are not what we measure
const rounds: number[] = [];
let total = 0;
const started = performance.now();
while (performance.now() - started < 3000) {
  const t0 = performance.now();
  total += once();
  rounds.push(performance.now() - t0);
}
const elapsed = performance.now() - started;
rounds.sort((a, b) => a - b);
const perSecond = (total / elapsed) * 1000;
console.log(
  JSON.stringify({
    name: 'scenario runner throughput',
    value: Math.round(perSecond),
    unit: 'scenarios/s',
    target: '>= 500',
    met: perSecond >= 500,
    detail: `${total} scenarios in ${Math.round(elapsed)} ms; ${texts.length} files per round, median round ${rounds[Math.floor(rounds.length / 2)]?.toFixed(1)} ms`,
  }),
);
