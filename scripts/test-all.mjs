#!/usr/bin/env node
// `npm test`: every check, cheapest first, so a type error is reported in seconds rather than after
// the browser suites. Stops at the first failing step.
import { ensureChromium } from './lib/chromium.mjs';
import { StepRunner } from './lib/steps.mjs';

// The step times and total go to bench/last-test-run.json (not committed): `npm run bench` reports them.
const runner = new StepRunner({ record: 'bench/last-test-run.json' });

try {
  process.env.CHROMIUM_PATH = ensureChromium();
  console.log(`Chromium: ${process.env.CHROMIUM_PATH}`);
} catch (error) {
  runner.abort(error.message);
}

await runner.npm('typecheck', 'typecheck');
await runner.npm('lint', 'lint');
await runner.vitest('unit', 'unit');
// After the unit step, whose generated-stories test has already failed on a stale checked-in copy.
await runner.npm('stories:generate', 'stories:generate');
await runner.vitest('storybook', 'storybook');
await runner.npm('build', 'build');
await runner.vitest('e2e', 'e2e');
runner.finish();
