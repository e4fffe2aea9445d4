import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerChildren,
  answerConcern,
  answerReferrer,
  arrive,
  deadlineInstants,
  expectedOutcome,
  h1,
  HEADINGS,
  parseScenario,
  recordContact,
  toCheckAnswers,
  type ContactScenarioInput,
  type Walk,
} from './support/triage';
import { browserPerFile } from './support/browser';

// Change links on Check your answers (GOV.UK pattern): a change that keeps the route goes straight back
// to Check your answers; a change that moves the contact to another route shows that route's page first.

const newPage = browserPerFile();

const frontDoor: ContactScenarioInput = {
  kind: 'contact',
  id: 'e2e-change',
  title: 'Neighbour calls; then it turns out the child has an allocated worker',
  authority: 'hertfordshire',
  receivedAt: '2026-06-03T11:20:00+01:00',
  channel: 'phone',
  referrer: { type: 'public' },
  children: [{ caseStatus: 'unknown' }],
  concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true },
  parents: { informed: true, agreed: true },
};

const routeShown = (page: Page) => page.getByTestId('route').getAttribute('data-route');
const row = (page: Page, key: string) =>
  page.locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('dd').first();
const change = (page: Page, what: string) => page.getByRole('button', { name: `Change ${what}`, exact: true }).click();

async function expectRecordedAsRunnerSays(walk: Walk, input: ContactScenarioInput) {
  const shown = await recordContact(walk);
  const expected = expectedOutcome(input);
  expect(shown.route).toBe(expected.route);
  expect([...shown.actions].sort()).toEqual([...expected.actions].sort());
  expect(deadlineInstants(shown.deadlines)).toEqual(deadlineInstants(expected.deadlines));
}

describe('triage wizard: Change on Check your answers', () => {
  it('changing the children to an open case moves the contact to the allocated worker, whose page comes first', async () => {
    const { page, errors } = await newPage();
    const walk = await toCheckAnswers(page, frontDoor);
    await expect(routeShown(page)).resolves.toBe('front-door');

    await change(page, 'child 1');
    await arrive(walk, 'children');
    // The page shows the answer being changed.
    await expect(page.locator('fieldset:has(#children-0-caseStatus) input[value="unknown"]').isChecked()).resolves.toBe(true);
    const changed: ContactScenarioInput = { ...frontDoor, children: [{ caseStatus: 'open' }] };
    await answerChildren(walk, parseScenario(changed));

    // The later answers are kept; the new route's own page comes before Check your answers.
    await arrive(walk, 'routing');
    await expect(page.locator('h1[data-route]').getAttribute('data-route')).resolves.toBe('allocated-worker');
    await expect(h1(page, HEADINGS['check-answers']).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await arrive(walk, 'check-answers');
    await expect(routeShown(page)).resolves.toBe('allocated-worker');
    await expect(row(page, 'Child 1').textContent()).resolves.toBe('Open case with an allocated worker');
    await expect(row(page, 'Significant harm suspected').textContent()).resolves.toBe('Yes');
    await expect(row(page, 'What they know').textContent()).resolves.toBe('Told, and agreed to sharing');

    await expectRecordedAsRunnerSays(walk, changed);
    expect(walk.pages).toEqual(['start', 'referrer', 'children', 'concern', 'parents', 'checklist', 'check-answers', 'children', 'routing', 'check-answers', 'confirmation']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a change that keeps the route returns straight to Check your answers, showing the new answer', async () => {
    const { page, errors } = await newPage();
    const walk = await toCheckAnswers(page, frontDoor);
    await expect(row(page, 'Possible crime').textContent()).resolves.toBe('No');

    await change(page, 'possible crime');
    await arrive(walk, 'concern');
    const changed: ContactScenarioInput = { ...frontDoor, concern: { ...frontDoor.concern, crimeSuspected: true } };
    await answerConcern(walk, parseScenario(changed));

    await arrive(walk, 'check-answers');
    await expect(row(page, 'Possible crime').textContent()).resolves.toBe('Yes');
    await expect(routeShown(page)).resolves.toBe('front-door');
    await expect(row(page, 'Actions').textContent()).resolves.toContain('Tell the police straight away');

    await expectRecordedAsRunnerSays(walk, changed);
    expect(walk.pages).toEqual(['start', 'referrer', 'children', 'concern', 'parents', 'checklist', 'check-answers', 'concern', 'check-answers', 'confirmation']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a redirected contact, a change that keeps the route also returns to Check your answers', async () => {
    const { page, errors } = await newPage();
    const openCase: ContactScenarioInput = { ...frontDoor, id: 'e2e-change-open', children: [{ caseStatus: 'open' }] };
    const walk = await toCheckAnswers(page, openCase);
    expect(walk.pages).toContain('routing');
    await expect(routeShown(page)).resolves.toBe('allocated-worker');

    await change(page, 'anonymity');
    await arrive(walk, 'referrer');
    const changed: ContactScenarioInput = { ...openCase, referrer: { type: 'public', requestsAnonymity: true } };
    await answerReferrer(walk, parseScenario(changed));

    await arrive(walk, 'check-answers');
    await expect(row(page, 'Wants to stay anonymous').textContent()).resolves.toBe('Yes');
    await expect(routeShown(page)).resolves.toBe('allocated-worker');

    await expectRecordedAsRunnerSays(walk, changed);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
