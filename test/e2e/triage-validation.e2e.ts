import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { arrive, parseScenario, startContact, walker } from './support/triage';
import { browserPerFile } from './support/browser';

// GOV.UK error handling on the referrer page of the production build: the error summary takes focus, the
// title says "Error: ", every message links to its field, and answers already given survive the error.

const newPage = browserPerFile();

const scenario = parseScenario({
  kind: 'contact',
  id: 'e2e-validation',
  title: 'Validation on the referrer page',
  authority: 'hertfordshire',
  receivedAt: '2026-03-04T10:15:00+00:00',
  channel: 'phone',
  referrer: { type: 'public' },
  children: [{ caseStatus: 'unknown' }],
  concern: { immediateDanger: false, crimeSuspected: false, significantHarm: false },
  parents: { informed: true, agreed: true },
});

async function openReferrerPage(): Promise<{ page: Page; errors: string[] }> {
  const opened = await newPage();
  const walk = walker(opened.page);
  await startContact(walk, scenario);
  await arrive(walk, 'referrer');
  return opened;
}

const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true });
const summary = (page: Page) => page.locator('.govuk-error-summary');
const radio = (page: Page, group: string, value: string) =>
  page.locator(`fieldset:has(#${group}) input[type="radio"][value="${value}"]`);

/** The error summary's links: their text and the id each points at. */
function summaryLinks(page: Page): Promise<{ text: string; target: string }[]> {
  return summary(page)
    .locator('.govuk-error-summary__list a')
    .evaluateAll((links) =>
      links.map((a) => ({ text: (a.textContent ?? '').trim(), target: decodeURIComponent((a as HTMLAnchorElement).hash.slice(1)) })),
    );
}

/** Waits for the error summary of the latest Continue to hold focus. */
async function summaryFocused(page: Page): Promise<void> {
  await summary(page).waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('.govuk-error-summary') != null);
}

describe('triage wizard: validation on the referrer page', () => {
  it('an empty Continue shows a focused error summary, "Error: " in the title, and links to every field', async () => {
    const { page, errors } = await openReferrerPage();
    await expect(page.title()).resolves.toBe('Who is making the contact? – Front Door');

    await continueButton(page).click();
    await summaryFocused(page);
    await expect(page.evaluate(() => document.activeElement?.closest('.govuk-error-summary') != null)).resolves.toBe(true);
    await expect(page.title()).resolves.toMatch(/^Error: Who is making the contact\?/);
    // Still on the referrer page: nothing was sent to the machine.
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Who is making the contact?');

    const links = await summaryLinks(page);
    expect(links.map((l) => l.target).sort()).toEqual(['relaysThirdParty', 'requestsAnonymity', 'type']);
    for (const link of links) {
      // The field exists, shows the same message inline, and the link moves focus to it.
      const field = page.locator(`#${link.target}`);
      await expect(field.count()).resolves.toBe(1);
      const inline = page.locator(`#${link.target}-error`);
      await expect(inline.textContent()).resolves.toContain(link.text);
      await summary(page).getByRole('link', { name: link.text, exact: true }).click();
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(link.target);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the answers already given after an error, and asks only for what is missing', async () => {
    const { page, errors } = await openReferrerPage();
    await radio(page, 'type', 'public').check();
    await radio(page, 'requestsAnonymity', 'yes').check();

    await continueButton(page).click();
    await summaryFocused(page);
    await expect(page.title()).resolves.toMatch(/^Error: /);
    expect((await summaryLinks(page)).map((l) => l.target)).toEqual(['relaysThirdParty']);
    await expect(radio(page, 'type', 'public').isChecked()).resolves.toBe(true);
    await expect(radio(page, 'requestsAnonymity', 'yes').isChecked()).resolves.toBe(true);
    await expect(radio(page, 'relaysThirdParty', 'yes').isChecked()).resolves.toBe(false);
    await expect(radio(page, 'relaysThirdParty', 'no').isChecked()).resolves.toBe(false);

    // Answering the last question clears the errors and moves on.
    await radio(page, 'relaysThirdParty', 'no').check();
    await continueButton(page).click();
    await page.getByRole('heading', { level: 1, name: 'Which children is the contact about?', exact: true }).waitFor();
    await expect(page.title()).resolves.toBe('Which children is the contact about? – Front Door');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a professional without an agency gets an agency error that links to the agency radios', async () => {
    const { page, errors } = await openReferrerPage();
    await radio(page, 'type', 'professional').check();
    await page.locator('#agency').waitFor();
    await radio(page, 'requestsAnonymity', 'no').check();
    await radio(page, 'relaysThirdParty', 'no').check();

    await continueButton(page).click();
    await summaryFocused(page);
    await expect(page.title()).resolves.toMatch(/^Error: /);
    const links = await summaryLinks(page);
    expect(links).toEqual([{ text: 'Select the professional’s agency', target: 'agency' }]);
    await expect(page.locator('#agency-error').textContent()).resolves.toContain('Select the professional’s agency');
    await summary(page).getByRole('link', { name: links[0]?.text ?? '', exact: true }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('agency');
    // The other answers are kept.
    await expect(radio(page, 'type', 'professional').isChecked()).resolves.toBe(true);
    await expect(radio(page, 'relaysThirdParty', 'no').isChecked()).resolves.toBe(true);

    await radio(page, 'agency', 'police').check();
    await continueButton(page).click();
    await page.getByRole('heading', { level: 1, name: 'Which children is the contact about?', exact: true }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a professional who answers nothing gets the agency error with the others on the first Continue', async () => {
    const { page } = await openReferrerPage();
    try {
      await radio(page, 'type', 'professional').check();
      await page.locator('#agency').waitFor();
      await continueButton(page).click();
      await summaryFocused(page);
      expect((await summaryLinks(page)).map((l) => l.target).sort()).toEqual(['agency', 'relaysThirdParty', 'requestsAnonymity']);
    } finally {
      await page.context().close();
    }
  });

  it('a school professional must answer the Consultation Hub question', async () => {
    const { page } = await openReferrerPage();
    try {
      await radio(page, 'type', 'professional').check();
      await radio(page, 'agency', 'school').check();
      await page.locator('#consultedHub').waitFor();
      await radio(page, 'requestsAnonymity', 'no').check();
      await radio(page, 'relaysThirdParty', 'no').check();

      await continueButton(page).click();
      const children = page.getByRole('heading', { level: 1, name: 'Which children is the contact about?', exact: true });
      await summary(page).or(children).first().waitFor();
      await expect(children.count(), 'moved on with the hub question unanswered').resolves.toBe(0);
      expect((await summaryLinks(page)).map((l) => l.target)).toEqual(['consultedHub']);
    } finally {
      await page.context().close();
    }
  });
});
