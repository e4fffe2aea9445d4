// Computes the state charts' default layouts with ELK and writes them to src/features/chart/layouts/*.json:
// `npm run chart:layouts`. The app draws a chart's first view from these without starting ELK's worker
// (src/features/chart/default-layouts.ts); test/components/chart-default-layouts.test.ts fails when a file
// no longer matches the machine, and names this command.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHART_MACHINE_IDS, modelFor } from '../src/features/chart/chart-machines';
import { computeDefaultLayoutFile, defaultLayoutJson } from '../src/features/chart/default-layouts-build';
import { DEFAULT_LAYOUT_FILE_NAMES } from '../src/features/chart/default-layouts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const elkVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/elkjs/package.json'), 'utf8')) as { version: string }).version;

for (const machine of CHART_MACHINE_IDS) {
  const model = modelFor(machine);
  const file = await computeDefaultLayoutFile(model, elkVersion);
  const target = path.join(root, 'src/features/chart/layouts', DEFAULT_LAYOUT_FILE_NAMES[model.machineId]!);
  writeFileSync(target, defaultLayoutJson(file));
  console.log(`${path.relative(root, target)}: ${file.layout.nodes.length} nodes, ${file.layout.edges.length} edges, input ${file.inputHash}`);
}
