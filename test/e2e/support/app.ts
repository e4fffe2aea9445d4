import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from '../../support/chromium';

// E2E_PORT lets a second run (say, a clean clone beside a developer's) use another port.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://localhost:${E2E_PORT}`;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs, headless: true });
}

/**
 * Opens a page in a fresh context and records everything the browser reports as an error, so a test
 * can assert the app ran cleanly. Each context has its own service worker registration, so every test
 * also proves the MSW worker installs from cold.
 */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  return { page, errors };
}

/**
 * What the browser reports that is not the app's doing: a favicon load or a script preload cancelled by
 * the next navigation (ERR_ABORTED: a chunk that really fails to load is ERR_FAILED or a 404, and its page
 * never renders), and Chromium's background update check of the mock service worker script racing a page
 * change ("Failed to update a ServiceWorker ... Not found"; seen intermittently in CI while the worker kept
 * answering every request).
 */
export const BROWSER_NOISE: readonly RegExp[] = [
  /favicon\.svg net::ERR_ABORTED/,
  /\/assets\/[\w.-]+\.js net::ERR_ABORTED/,
  /Failed to update a ServiceWorker .*mockServiceWorker\.js.*Not found/,
];

export const appErrors = (errors: readonly string[], alsoExpected: readonly RegExp[] = []) =>
  errors.filter((e) => ![...BROWSER_NOISE, ...alsoExpected].some((pattern) => pattern.test(e)));
