import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openPage } from './app';

// One Chromium per e2e file, launched before its tests and closed after them; each test opens a fresh
// context from it (openPage). Kept apart from app.ts, which the global setup imports outside any test file.

export function browserPerFile(): () => ReturnType<typeof openPage> {
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running: call newPage() inside a test');
    return openPage(browser);
  };
}
