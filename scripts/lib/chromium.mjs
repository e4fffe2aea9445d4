import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Same order as test/support/chromium.ts: an explicit CHROMIUM_PATH, then the distribution's Chromium,
// then a browser Playwright downloaded itself (on machines where that is possible).
function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const { chromium } = require('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core missing or without a browser entry: fall through to installing one.
  }
  return undefined;
}

function canInstallWithApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
}

/**
 * Returns the path of a Chromium the tests can launch, installing Debian's package when running as root
 * (CI containers); otherwise explains how to get one. Playwright's own download is not used because the
 * build machine can reach the npm registry but not Playwright's CDN.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;

  if (canInstallWithApt()) {
    console.log('No Chromium found; installing the distribution package (apt-get install chromium)...');
    for (const args of [['update'], ['install', '-y', 'chromium']]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${result.status}.`);
    }
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
    throw new Error('apt-get installed chromium, but /usr/bin/chromium is still missing.');
  }

  throw new Error(
    [
      'No Chromium browser found. The Storybook and end-to-end tests need one. Either:',
      '  - install it:   sudo apt-get install chromium',
      '  - or point at one you have:   CHROMIUM_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
}
