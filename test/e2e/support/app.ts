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
