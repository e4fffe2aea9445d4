import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FaultInput } from '../../mocks/faults';
import { appErrors as withoutNoise, BASE_URL } from './support/app';
import {
  answerChildren,
  answerConcern,
  answerReferrer,
  arrive,
  axeViolations,
  h1,
  HEADINGS,
  parseScenario,
  startContact,
  waitForPage,
  walker,
} from './support/triage';
import { browserPerFile } from './support/browser';

// Nothing a call handler enters is lost when the backend misbehaves, and a bad moment never makes a second
// contact or overwrites someone else's work. The mock backend's fault injection (mocks/faults.ts, reached
// through window.__frontDoorFaults) makes the server fail on cue; the API is read back from inside the page,
// where the mock backend lives.

const newPage = browserPerFile();

// Errors the browser reports that are the injected faults doing their job, not the app misbehaving.
const INJECTED = [
  /Failed to load resource: the server responded with a status of 5\d\d/,
  /Failed to load resource: net::ERR_FAILED/,
  /\/api\/.* net::ERR_FAILED/,
  // The client giving up on the submit whose answer never comes (the timeout test).
  /\/api\/contacts\/[0-9a-f-]+\/submit net::ERR_ABORTED/,
];
const appErrors = (errors: string[]) => withoutNoise(errors, INJECTED);

const scenario = parseScenario({
  kind: 'contact',
  id: 'e2e-reliability',
  title: 'A neighbour worried about significant harm',
  authority: 'dorset',
  receivedAt: '2026-03-04T10:15:00+00:00',
  channel: 'phone',
  referrer: { type: 'public', requestsAnonymity: false, relaysThirdParty: false },
  children: [{ caseStatus: 'unknown' }, { caseStatus: 'closed', disability: true }],
  concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true, harmByAnotherChild: false, allegationAgainstWorker: false },
  parents: { informed: true, agreed: true },
});

const setFaults = (page: Page, list: FaultInput[]) =>
  page.evaluate((faults) => {
    const api = window.__frontDoorFaults;
    if (!api) throw new Error('window.__frontDoorFaults is missing');
    api.set(faults);
    return api.list().length;
  }, list);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are checked field by field below
type Loose = any;

/** A request to the mock API from inside the page, as the app makes it. */
async function apiInPage(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: Loose }> {
  // The mock API starts alongside the first render: wait until it intercepts (src/main.tsx marks it).
  await page.waitForFunction(() => document.documentElement.dataset.mockApi === 'ready');
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { 'X-User': 'E2E', 'X-Role': 'call-handler', 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    { method, path, body },
  );
}

const contactId = (page: Page) => new URL(page.url()).pathname.split('/').pop() ?? '';

describe('reliability: the backend fails, nothing is lost', () => {
  it('a save fails, the call carries on, a reload keeps the answers, and they reach the server once it is back', async () => {
    const { page, errors } = await newPage();
    const walk = walker(page);
    await startContact(walk, scenario);
    await arrive(walk, 'referrer');
    const id = contactId(page);

    // Saving answers fails (every attempt, retries included) until the fault is removed.
    await setFaults(page, [{ kind: 'server-error', method: 'PUT', path: '/api/contacts/:id/events' }]);
    await answerReferrer(walk, scenario);
    // The call goes on: the next question shows at once, with a message that does not stand in the way.
    await arrive(walk, 'children');
    await expect(page.locator('[data-save-state]').textContent()).resolves.toMatch(/^(Saving…|The server is not answering)/);
    await page.locator('[data-save-state="failed"]').waitFor({ timeout: 15_000 });
    await expect(page.locator('[data-save-state="failed"]').textContent()).resolves.toMatch(
      /^Not saved to the server yet: your answers are kept in this browser/,
    );
    await answerChildren(walk, scenario);
    await arrive(walk, 'concern');
    expect(await axeViolations(page)).toEqual([]);

    // Nothing reached the server; both answers are in this browser.
    await expect(apiInPage(page, 'GET', `/api/contacts/${id}`).then((r) => r.body.events.length)).resolves.toBe(0);

    // A reload while the server is still failing: back on the same step, the faults still on (this tab's
    // sessionStorage), the answers restored from this browser.
    await page.reload();
    await waitForPage(page, 'concern');
    await expect(page.evaluate(() => window.__frontDoorFaults?.list().length)).resolves.toBe(1);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForPage(page, 'children');
    await expect(page.locator('[id^="children-"][id$="-caseStatus"]').count()).resolves.toBe(2);
    await expect(page.locator('#children-1-disability').isChecked()).resolves.toBe(true);
    // Back again is an answer too (step.back); the log keeps it and replays it.
    await answerChildren(walk, scenario);
    await arrive(walk, 'concern');

    // The server is back: the wizard sends everything again by itself, without another answer.
    await setFaults(page, []);
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
    const saved = await apiInPage(page, 'GET', `/api/contacts/${id}`);
    const types = (saved.body.events as { type: string }[]).map((e) => e.type);
    expect(types).toEqual(['referrer.identified', 'children.recorded', 'step.back', 'children.recorded']);
    expect(saved.body.events[0].referrer).toMatchObject({ type: 'public', requestsAnonymity: false });
    expect(saved.body.events[3].children).toHaveLength(2);
    expect(saved.body.state).toBe('intake.concern');

    await answerConcern(walk, scenario);
    await arrive(walk, 'parents');
    await page.locator('[data-save-state="saved"]').waitFor();
    await expect(apiInPage(page, 'GET', `/api/contacts/${id}`).then((r) => r.body.events.length)).resolves.toBe(5);

    expect(appErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('a submit whose answer is lost to a timeout is retried and creates exactly one recorded contact', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${BASE_URL}/contacts`);
    await h1(page, 'Contacts').waitFor();
    const created = await apiInPage(page, 'POST', '/api/contacts', {
      authority: scenario.authority,
      channel: scenario.channel,
      receivedAt: scenario.receivedAt,
    });
    expect(created.status).toBe(201);
    const { id, reference } = created.body as { id: string; reference: string };
    const intake = [
      { type: 'referrer.identified', referrer: { type: 'public', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false } },
      { type: 'children.recorded', children: [{ caseStatus: 'unknown', unborn: false, disability: false }] },
      {
        type: 'concern.described',
        concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true, harmByAnotherChild: false, allegationAgainstWorker: false },
      },
      { type: 'parents.recorded', parents: { informed: true, agreed: true, reasonsNotInformed: [] } },
      { type: 'information.completed' },
    ];
    await expect(apiInPage(page, 'PUT', `/api/contacts/${id}/events`, { version: 1, events: intake }).then((r) => r.status)).resolves.toBe(200);

    await page.goto(`${BASE_URL}/contacts/${id}`);
    await waitForPage(page, 'check-answers');
    // The server records the contact, then the answer never arrives: the client gives up and tries again.
    await setFaults(page, [{ kind: 'timeout', method: 'POST', path: '/api/contacts/:id/submit', remaining: 1, lostAnswer: true }]);
    await page.getByRole('button', { name: 'Record the contact', exact: true }).click();
    // Already recorded on the server while the browser still waits for the lost answer.
    await expect
      .poll(() => apiInPage(page, 'GET', `/api/contacts/${id}`).then((r) => r.body.status), { timeout: 5_000 })
      .toBe('submitted');
    await expect(h1(page, HEADINGS.confirmation).isVisible()).resolves.toBe(false);

    // The retry (same Idempotency-Key) gets the recorded contact back instead of a second submission.
    await waitForPage(page, 'confirmation');
    await expect(page.getByTestId('reference').textContent()).resolves.toContain(reference);
    const list = await apiInPage(page, 'GET', '/api/contacts');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id, reference, status: 'submitted' });
    const record = await apiInPage(page, 'GET', `/api/contacts/${id}`);
    // Submitted once: one version step for the submission after the save (1 -> 2 -> 3).
    expect(record.body.version).toBe(3);
    await expect(page.evaluate(() => window.__frontDoorFaults?.list().length)).resolves.toBe(0);

    expect(appErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('two tabs editing one contact: the second gets a visible conflict, overwrites nothing, and can load the latest', async () => {
    const { page: first, errors } = await newPage();
    await first.goto(`${BASE_URL}/contacts`);
    await h1(first, 'Contacts').waitFor();
    const created = await apiInPage(first, 'POST', '/api/contacts', {
      authority: scenario.authority,
      channel: scenario.channel,
      receivedAt: scenario.receivedAt,
    });
    const id = created.body.id as string;
    const second = await first.context().newPage();
    const secondErrors: string[] = [];
    second.on('pageerror', (error) => secondErrors.push(error.message));
    for (const tab of [first, second]) {
      await tab.goto(`${BASE_URL}/contacts/${id}`);
      await waitForPage(tab, 'referrer');
    }

    // The first tab answers: a member of the public.
    await answerReferrer(walker(first), scenario);
    await waitForPage(first, 'children');
    await first.locator('[data-save-state="saved"]').waitFor();

    // The second tab, still on the first version, answers differently: a professional from the police.
    await answerReferrer(
      walker(second),
      parseScenario({ ...scenario, referrer: { type: 'professional', agency: 'police', requestsAnonymity: false, relaysThirdParty: false } }),
    );
    const banner = second.getByTestId('save-conflict');
    await banner.waitFor();
    await expect(banner.getAttribute('role')).resolves.toBe('alert');
    await expect(banner.textContent()).resolves.toContain('This contact was changed in another tab or by someone else');
    await expect(second.locator('[data-save-state]').getAttribute('data-save-state')).resolves.toBe('conflict');
    expect(await axeViolations(second)).toEqual([]);

    // Nothing was overwritten: the server holds the first tab's answer.
    const onServer = await apiInPage(second, 'GET', `/api/contacts/${id}`);
    expect(onServer.body.events).toHaveLength(1);
    expect(onServer.body.events[0].referrer.type).toBe('public');

    // Resolved by loading the latest version: the second tab carries on from the first tab's answer.
    await second.getByRole('button', { name: 'Load the latest version', exact: true }).click();
    await waitForPage(second, 'children');
    await expect(second.locator('[data-save-state]').getAttribute('data-save-state')).resolves.toBe('saved');
    await second.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForPage(second, 'referrer');
    await expect(second.locator('input[name="type"][value="public"]').isChecked()).resolves.toBe(true);
    await answerReferrer(walker(second), scenario);
    await waitForPage(second, 'children');
    await second.locator('[data-save-state="saved"]').waitFor();
    const after = await apiInPage(second, 'GET', `/api/contacts/${id}`);
    expect(after.body.events.map((e: { type: string }) => e.type)).toEqual(['referrer.identified', 'step.back', 'referrer.identified']);

    expect(appErrors([...errors, ...secondErrors])).toEqual([]);
    await first.context().close();
  });

  it('the fault panel works with the keyboard, passes axe, and its faults survive a reload of the tab', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('list', { name: 'Authorities' }).waitFor();
    await page.getByRole('link', { name: 'Developer tools: make the mock server fail' }).click();
    await h1(page, 'Make the mock server fail').waitFor();
    await expect(page.getByTestId('no-faults').isVisible()).resolves.toBe(true);

    // An invalid count is refused with a message naming the field; nothing is added.
    await page.locator('#kind-offline').focus();
    await page.keyboard.press('Space');
    await page.locator('#remaining').focus();
    await page.keyboard.type('none');
    await page.keyboard.press('Enter');
    await page.locator('.govuk-error-summary').waitFor();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('how many requests should fail');
    await expect(page.title()).resolves.toMatch(/^Error: /);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#remaining').fill('2');
    await page.locator('#remaining').press('Enter');
    await page.getByTestId('active-faults').waitFor();
    await expect(page.getByTestId('active-faults').textContent()).resolves.toContain('Offline (network error): any method /api/*, the next 2 matching requests');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByTestId('active-faults').waitFor();
    await expect(page.evaluate(() => window.__frontDoorFaults?.list().map((f) => f.kind))).resolves.toEqual(['offline']);
    await page.getByRole('button', { name: 'Remove all faults' }).click();
    await page.getByTestId('no-faults').waitFor();

    expect(appErrors(errors)).toEqual([]);
    await page.context().close();
  });
});
