import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ContactScenario } from '../../machines/scenario/scenario.schema';
import { runScenario } from '../../machines/scenario/run';
import { questionsFor } from '../../machines/training/questions';
import { toContractScenario, trainingScenarioSchema, type TrainingScenario } from '../../machines/training/training.schema';
import { appErrors, BASE_URL } from './support/app';
import {
  answerChildren,
  answerConcern,
  answerParents,
  answerReferrer,
  arrive,
  londonDateTime,
  routingOrChecklist,
  walker,
  type Walk,
} from './support/triage';
import { browserPerFile } from './support/browser';

// Training end to end, against the production build: a trainee takes one shipped scenario in guided mode and
// gets it right (passed), and one in assessed mode with a deliberate mistake (saying agency checks may start
// now where a manager must first authorise sharing without the parents' agreement), which the debrief shows
// as a breach with its rule id. The trainee uses the real wizard; axe runs on every training page.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scenario = (id: string): TrainingScenario =>
  trainingScenarioSchema.parse(JSON.parse(readFileSync(path.join(root, 'training/scenarios', `${id}.json`), 'utf8')));

const newPage = browserPerFile();


async function axe(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function signIn(page: Page, authority: string) {
  await page.goto(`${BASE_URL}/sign-in`);
  await page.locator(`#authority-${authority}`).check();
  await page.locator('#role').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Work queue' }).waitFor();
}

/** Asks the caller every question the scenario scripts for the step on screen (a trainee who asks well). */
async function askScripted(page: Page, s: TrainingScenario) {
  const asks = page.locator('.fd-caller__ask');
  const scripted = new Set(s.training.lines.map((l) => l.question));
  for (const q of questionsFor(s.kind, s.authority)) {
    if (!scripted.has(q.id)) continue;
    const button = asks.filter({ hasText: q.ask });
    if ((await button.count()) === 0) continue;
    await button.first().click();
    const reply = s.training.lines.find((l) => l.question === q.id)!.says;
    await page.getByRole('log', { name: 'Transcript' }).getByText(reply, { exact: false }).last().waitFor();
  }
}

/** The checklist as the caller answered it: "not known" where the caller did not know, otherwise answered. */
async function answerChecklistAsTold(walk: Walk, s: TrainingScenario) {
  const groups = await walk.page.locator('input[type="radio"][id^="checklist-"][value="answered"]').evaluateAll((els) => els.map((el) => el.id));
  for (const group of groups) {
    const item = group.replace(/^checklist-/, '');
    const line = s.training.lines.find((l) => l.question === `checklist:${item}`);
    await walk.op.radio(group, line?.dontKnow ? 'not-known' : 'answered');
  }
  await walk.op.button('Continue');
}

/** `checkPages`: run axe on every training page of the walk (the second walk checks only its debrief, to keep the suite short). */
async function takeCall(
  page: Page,
  s: TrainingScenario,
  mode: 'guided' | 'assessed',
  wrapUp: { agencyChecksNow?: 'yes' | 'no'; tellFamily: 'yes' | 'no' },
  checkPages: boolean,
) {
  const facts = toContractScenario(s) as ContactScenario;
  const expected = runScenario(facts);
  if (expected.kind !== 'contact') throw new Error('contact scenario expected');

  await page.goto(`${BASE_URL}/training`);
  await page.locator(`[data-scenario="${s.id}"]`).waitFor();
  if (checkPages) await axe(page, 'training home');
  await page.locator(`#mode-${mode}`).check();
  await page.locator(`[data-scenario="${s.id}"] button`).click();
  await page.waitForURL(/\/training\/run\/[0-9a-f-]{36}\?/);

  const walk = walker(page);
  const hint = page.getByTestId('training-hint');
  const step = async (name: 'referrer' | 'children' | 'concern' | 'parents', answer: () => Promise<void>) => {
    await arrive(walk, name);
    // Guided mode shows a hint before each step; assessed mode none until the debrief.
    expect(await hint.count()).toBe(mode === 'guided' ? 1 : 0);
    await askScripted(page, s);
    if (checkPages && name === 'referrer') await axe(page, `${mode} ${name}`);
    await answer();
  };
  await page.getByRole('log', { name: 'Transcript' }).getByText(s.training.opening).waitFor();
  await step('referrer', () => answerReferrer(walk, facts));
  await step('children', () => answerChildren(walk, facts));
  await step('concern', () => answerConcern(walk, facts));
  await step('parents', () => answerParents(walk, facts));
  const next = await routingOrChecklist(page);
  await arrive(walk, next);
  if (next === 'checklist') {
    await askScripted(page, s);
    await answerChecklistAsTold(walk, s);
  } else await walk.op.button('Continue');
  await arrive(walk, 'check-answers');
  if (checkPages) await axe(page, `${mode} check answers`);
  await page.getByRole('button', { name: 'Record the contact' }).click();

  // After the call: the decision deadline as the runner has it (UK wall time), then the yes/no questions.
  await page.getByRole('heading', { level: 1, name: 'After the call' }).waitFor();
  if (checkPages) await axe(page, `${mode} after the call`);
  const due = expected.deadlines.decision;
  if (due) {
    const { date, time } = londonDateTime(due);
    await page.locator('#dueDate').fill(date);
    await page.locator('#dueTime').fill(time);
  }
  if (wrapUp.agencyChecksNow) await page.locator(wrapUp.agencyChecksNow === 'yes' ? '#agencyChecksNow' : '#agencyChecksNow-no').check();
  await page.locator(wrapUp.tellFamily === 'yes' ? '#tellFamilyWhoCalled' : '#tellFamilyWhoCalled-no').check();
  await page.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await page.waitForURL(/\/training\/attempts\//);
  await page.getByTestId('debrief-score').waitFor();
  await axe(page, `${mode} debrief`);
}

describe('training (production build)', () => {
  it('a trainee passes a guided call and is caught out on an assessed one, with the rule id', async () => {
    const { page, errors } = await newPage();
    await signIn(page, 'derbyshire');

    // Guided, done right: an anonymous caller late on Sunday (Derbyshire is always open).
    const guided = scenario('der-training-anonymous-sunday-night');
    await takeCall(page, guided, 'guided', { agencyChecksNow: 'no', tellFamily: 'no' }, true);
    await expect(page.getByTestId('debrief-score').textContent()).resolves.toMatch(/^Passed/);
    await expect(page.getByTestId('breach-warning').count()).resolves.toBe(0);
    // The chart helper's path comparison fills the debrief's chart slot (lazy-loaded by app.tsx).
    await page.getByRole('heading', { level: 2, name: 'Your path and the expected path', exact: true }).waitFor();

    // Assessed, with a mistake: the mother knows but refused sharing, and the trainee says checks may start.
    const assessed = scenario('dor-training-gp-informed-not-agreed');
    await takeCall(page, assessed, 'assessed', { agencyChecksNow: 'yes', tellFamily: 'yes' }, false);
    await expect(page.getByTestId('debrief-score').textContent()).resolves.toMatch(/^Not passed/);
    await expect(page.getByTestId('breach-warning').textContent()).resolves.toContain('CONSENT-MANAGER-OVERRIDE');
    const breach = page.locator('[data-item="wrapup:agency-checks"]');
    await expect(breach.getAttribute('data-result')).resolves.toBe('breach');
    await expect(breach.textContent()).resolves.toMatch(/Breach.*\(CONSENT-MANAGER-OVERRIDE\)/s);
    // Breaches come first.
    await expect(page.locator('[data-testid="debrief-items"] tbody tr').first().getAttribute('data-result')).resolves.toBe('breach');

    // History lists both attempts, newest first.
    await page.goto(`${BASE_URL}/training/history`);
    await page.getByText('2 attempts, 1 passed.').waitFor();
    await axe(page, 'history');

    expect(appErrors(errors)).toEqual([]);
  }, 90_000);
});
