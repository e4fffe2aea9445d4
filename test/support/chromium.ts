import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

// Playwright cannot download its own browsers on the build machine, so every browser we launch (Vitest
// browser mode and the e2e suite) is the system Chromium unless CHROMIUM_PATH says otherwise.
// scripts/test-all.mjs applies the same order and exports CHROMIUM_PATH, so this is only the fallback
// for running a single Vitest project by hand.
export function chromiumExecutablePath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightOwnChromium()];
  return candidates.find((candidate) => candidate !== undefined && candidate !== '' && existsSync(candidate));
}

function playwrightOwnChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

// Headless in a container as root: the sandbox cannot start, there is no GPU, and anything that phones
// home (QUIC, component updates, sync) only adds flakiness on a machine without internet access.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
