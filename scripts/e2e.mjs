#!/usr/bin/env node
// `npm run test:e2e`: the end-to-end suite runs against the production build, so build first.
import { ensureChromium } from './lib/chromium.mjs';
import { StepRunner } from './lib/steps.mjs';

const runner = new StepRunner();

try {
  process.env.CHROMIUM_PATH = ensureChromium();
  console.log(`Chromium: ${process.env.CHROMIUM_PATH}`);
} catch (error) {
  runner.abort(error.message);
}

await runner.npm('build', 'build');
await runner.vitest('e2e', 'e2e');
runner.finish();
