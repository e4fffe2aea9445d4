import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { BASE_URL } from './support/app';
import { browserPerFile } from './support/browser';

const newPage = browserPerFile();

describe('start page (production build)', () => {
  it('lists the five authorities from the mock API, without errors or accessibility violations', async () => {
    const { page, errors } = await newPage();
    await page.goto(BASE_URL);

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Front Door');
    // The list only renders once /api/authorities answered, and only the MSW worker can answer it.
    const list = page.getByRole('list', { name: 'Authorities' });
    await list.waitFor();
    await expect(list.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Dorset',
      'Hertfordshire',
      'Leicester',
      'Derbyshire',
      'Lincolnshire',
    ]);
    await expect(page.title()).resolves.toBe('Front Door');

    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts the skip link first in the tab order and moves focus to the main content', async () => {
    const { page, errors } = await newPage();
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Skip to main content');
    await expect(focused.getAttribute('href')).resolves.toBe('#main-content');

    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');

    expect(errors).toEqual([]);
    await page.context().close();
  });
});
