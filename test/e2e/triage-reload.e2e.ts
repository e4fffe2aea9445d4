import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE_URL } from './support/app';
import {
  answerChildren,
  answerConcern,
  answerReferrer,
  arrive,
  CONCERN_KEYS,
  parseScenario,
  startContact,
  waitForPage,
  walker,
} from './support/triage';
import { browserPerFile } from './support/browser';

// A reload in the middle of a contact (the browser crashed, the call handler pressed F5) must lose
// nothing: the wizard comes back at the same step with every earlier answer, and the contact list shows
// the draft.

const newPage = browserPerFile();

const scenario = parseScenario({
  kind: 'contact',
  id: 'e2e-reload',
  title: 'Reload half way through',
  authority: 'hertfordshire',
  receivedAt: '2026-03-04T10:15:00+00:00',
  channel: 'in-person',
  referrer: { type: 'professional', agency: 'health', requestsAnonymity: true, relaysThirdParty: true },
  children: [{ caseStatus: 'early-help', disability: true }, { caseStatus: 'closed', unborn: true }],
  concern: { immediateDanger: false, crimeSuspected: true, significantHarm: true, harmByAnotherChild: true, allegationAgainstWorker: false },
  parents: { informed: true, agreed: false },
});

const radio = (page: Page, group: string, value: string) =>
  page.locator(`fieldset:has(#${group}) input[type="radio"][value="${value}"]`);
const yesNo = (v: boolean) => (v ? 'yes' : 'no');

/** Waits until the autosave has reached the (mock) server, then reloads. */
async function reload(page: Page) {
  await page.locator('[data-save-state="saved"]').waitFor();
  await page.reload();
}

/** The values the radios and checkboxes of the current page show as selected. */
async function selected(page: Page): Promise<string[]> {
  return page
    .locator('main input:checked')
    .evaluateAll((els) => els.map((el) => `${(el as HTMLInputElement).name}=${(el as HTMLInputElement).value}`).sort());
}

describe('triage wizard: reload half way through', () => {
  it('comes back at the same step with every earlier answer, and the contact list shows the draft', async () => {
    const { page, errors } = await newPage();
    const walk = walker(page);
    await startContact(walk, scenario);
    await arrive(walk, 'referrer');
    const url = page.url();
    const caption = (await page.locator('.govuk-caption-l').textContent()) ?? '';
    const reference = /FD-[A-Z]{3}-\d{6}/.exec(caption)?.[0];
    expect(reference).toBeDefined();

    await answerReferrer(walk, scenario);
    await arrive(walk, 'children');
    await answerChildren(walk, scenario);
    await arrive(walk, 'concern');

    // Reload on the concern page: back on the concern page.
    await reload(page);
    await waitForPage(page, 'concern');
    expect(page.url()).toBe(url);

    await answerConcern(walk, scenario);
    await arrive(walk, 'parents');

    // Reload on the parents page: back on the parents page, nothing answered there yet.
    await reload(page);
    await waitForPage(page, 'parents');
    expect(page.url()).toBe(url);
    await expect(selected(page)).resolves.toEqual([]);

    // Back through the earlier steps: every answer is still selected.
    const back = () => page.getByRole('button', { name: 'Back', exact: true }).click();
    await back();
    await waitForPage(page, 'concern');
    for (const key of CONCERN_KEYS) {
      await expect(radio(page, key, yesNo(scenario.concern[key])).isChecked(), key).resolves.toBe(true);
    }
    await expect(selected(page)).resolves.toHaveLength(5);

    await back();
    await waitForPage(page, 'children');
    await expect(page.locator('[id^="children-"][id$="-caseStatus"]').count()).resolves.toBe(2);
    for (const [i, child] of scenario.children.entries()) {
      await expect(radio(page, `children-${i}-caseStatus`, child.caseStatus).isChecked(), `child ${i + 1}`).resolves.toBe(true);
      await expect(page.locator(`#children-${i}-unborn`).isChecked()).resolves.toBe(child.unborn);
      await expect(page.locator(`#children-${i}-disability`).isChecked()).resolves.toBe(child.disability);
    }

    await back();
    await waitForPage(page, 'referrer');
    await expect(selected(page)).resolves.toEqual(
      ['agency=health', 'relaysThirdParty=yes', 'requestsAnonymity=yes', 'type=professional'].sort(),
    );

    // The contact list shows it as a draft. Back is an event too and is saved after the page paints: wait
    // for "All answers saved" first, as a call handler would, so leaving does not abort that save.
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.goto(`${BASE_URL}/contacts`);
    const row = page.locator('tr', { has: page.getByRole('link', { name: reference ?? '', exact: true }) });
    await row.waitFor();
    await expect(row.locator('.govuk-tag').textContent()).resolves.toBe('draft');
    await expect(row.getByRole('link').getAttribute('href')).resolves.toBe(new URL(url).pathname);
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('hertfordshire');

    expect(errors).toEqual([]);
    await page.context().close();
  });
});
