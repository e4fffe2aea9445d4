// `npm run scenario -- PATH...`: the scenario runner of shared/spec/scenario-contract.md.
// stdout: one JSON result per scenario (JSON Lines). stderr: invalid files and unmet expectations.
// Exit 0 all ran and met `expect`; 1 some `expect` failed; 2 some file was invalid (takes precedence).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseScenarioText, type Scenario } from '../machines/scenario/scenario.schema';
import { compareExpect, runScenario } from '../machines/scenario/run';
import { parseTrainingScenarioText, toContractScenario } from '../machines/training/training.schema';

function collect(path: string, out: string[]): void {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory() || name.endsWith('.json')) collect(child, out);
    }
  } else {
    out.push(path);
  }
}

const args = process.argv.slice(2);
if (args.length === 0) {
  process.stderr.write('usage: npm run scenario -- PATH... (scenario files or folders of them)\n');
  process.exit(2);
}

let invalid = 0;
let failed = 0;
let passed = 0;
const files: string[] = [];
for (const arg of args) {
  try {
    collect(arg, files);
  } catch {
    process.stderr.write(`INVALID ${arg}: no such file or folder\n`);
    invalid++;
  }
}

const seen = new Map<string, string>();
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`INVALID ${name}: cannot be read (${(error as Error).message})\n`);
    invalid++;
    continue;
  }
  // A training scenario (training/scenarios/) is a contract scenario plus its `training` block: it is checked
  // with the training schema and run as the contract scenario inside it.
  const parsed = isTrainingFile(text) ? asContract(parseTrainingScenarioText(text)) : parseScenarioText(text);
  if (!parsed.ok) {
    invalid++;
    for (const p of parsed.problems) process.stderr.write(`INVALID ${name}: ${p.field}: ${p.message}\n`);
    continue;
  }
  const fresh: Scenario[] = [];
  for (const scenario of parsed.scenarios) {
    const first = seen.get(scenario.id);
    if (first !== undefined) {
      process.stderr.write(`INVALID ${name}: id: "${scenario.id}" is already used by ${first}\n`);
      invalid++;
    } else {
      seen.set(scenario.id, name);
      fresh.push(scenario);
    }
  }
  for (const scenario of fresh) {
    const result = runScenario(scenario);
    process.stdout.write(JSON.stringify(result) + '\n');
    const differences = compareExpect(result, scenario.expect as Record<string, unknown> | undefined);
    if (differences.length === 0) {
      passed++;
      continue;
    }
    failed++;
    for (const d of differences) {
      process.stderr.write(
        `FAIL ${scenario.id} (${name}): ${d.field}: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}\n`,
      );
    }
  }
}

process.stderr.write(`scenarios: ${passed} passed, ${failed} failed, ${invalid} invalid\n`);
process.exitCode = invalid > 0 ? 2 : failed > 0 ? 1 : 0;

function isTrainingFile(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    const first: unknown = Array.isArray(data) ? data[0] : data;
    return typeof first === 'object' && first !== null && 'training' in first;
  } catch {
    return false;
  }
}

function asContract(parsed: ReturnType<typeof parseTrainingScenarioText>): ReturnType<typeof parseScenarioText> {
  return parsed.ok ? { ok: true, scenarios: parsed.scenarios.map(toContractScenario) } : parsed;
}
