import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, openPage } from './support/app';
import { answerChildren, answerConcern, answerParents, answerReferrer, arrive, parseScenario, startContact, walker } from './support/triage';

// The state chart (issue #5) against the production build: every authority's chart, simulate, path,
// compare, details, exports, the text version, accessibility, and that none of it loads with the wizard.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const AUTHORITIES = ['dorset', 'hertfordshire', 'leicester', 'derbyshire', 'lincolnshire'];

async function openChart(path: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser);
  await opened.page.setViewportSize({ width: 1400, height: 1000 });
  await opened.page.goto(`${BASE_URL}${path}`);
  await opened.page.locator('.fd-chart-page[data-painted="true"]').waitFor({ timeout: 20_000 });
  return opened;
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** A structural check of Mermaid stateDiagram-v2 text (no Mermaid parser is installed). */
function checkMermaid(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines[0] !== 'stateDiagram-v2') problems.push(`first line is "${lines[0]}"`);
  let depth = 0;
  const id = String.raw`(?:\[\*\]|[A-Za-z_][A-Za-z0-9_]*)`;
  const transition = new RegExp(String.raw`^\s*${id} --> ${id}(?: : [^{}:;]+)?$`);
  const state = new RegExp(String.raw`^\s*state (?:"[^"]+" as )?[A-Za-z_][A-Za-z0-9_]*(?: <<choice>>| \{)?$`);
  for (const line of lines.slice(1)) {
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    if (depth < 0) problems.push(`unbalanced "}" at: ${line}`);
    if (line.includes('-->')) {
      if (!transition.test(line)) problems.push(`not an "A --> B" transition: ${line}`);
    } else if (!state.test(line) && line.trim() !== '}') {
      problems.push(`unexpected line: ${line}`);
    }
  }
  if (depth !== 0) problems.push(`braces unbalanced by ${depth}`);
  return problems;
}

describe('state chart (production build)', () => {
  it.each(AUTHORITIES)('draws the contact and information-request charts for %s', async (authority) => {
    for (const machine of ['contact', 'info-request']) {
      const { page, errors } = await openChart(`/chart/${machine}/${authority}`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(machine === 'contact' ? 'Contact' : 'Information request');
      const states = await page.locator('.fd-chart-canvas [data-state-id]').count();
      expect(states, machine).toBeGreaterThan(machine === 'contact' ? 15 : 12);
      // The eventless decision point is drawn as one, with its ordered, guarded branches.
      const decision = machine === 'contact' ? 'routing' : 'deciding';
      await expect(page.locator(`.fd-chart-canvas [data-state-id="${decision}"]`).getAttribute('data-kind')).resolves.toBe('choice');
      await expect(page.locator(`.fd-chart-label[data-transition-id="${decision}:always:1"]`).textContent()).resolves.toMatch(/^2\.\[is/);
      expect(errors, machine).toEqual([]);
      await page.context().close();
    }
  });

  it('greys out branches a profile can never take, and explains rules with the authority’s sections', async () => {
    const { page, errors } = await openChart('/chart/contact/dorset');
    const hub = page.locator('.fd-chart-label[data-transition-id="routing:always:3"]');
    await expect(hub.textContent()).resolves.toContain('needsConsultationHub');
    await page.locator('.fd-chart-label[data-transition-id="routing:always:3"][data-greyed="true"]').waitFor({ timeout: 15_000 });
    await page.locator('.fd-chart-canvas [data-state-id="consultationHub"][data-greyed="true"]').waitFor();

    await hub.click();
    const details = page.getByTestId('chart-details');
    await expect(details.getAttribute('data-selected-transition')).resolves.toBe('routing:always:3');
    await expect(details.textContent()).resolves.toContain('Never taken in Dorset');
    await expect(details.textContent()).resolves.toContain("Dorset: not stated in this authority's procedure (INT-HUB)");

    await page.locator('.fd-chart-canvas [data-state-id="intake.referrer"] .fd-chart-node__title').click();
    await expect(details.getAttribute('data-selected-state')).resolves.toBe('intake.referrer');
    await expect(details.locator('[data-rule-id="ANON-PROFESSIONAL-NEVER"]').textContent()).resolves.toContain('(ANON-PROFESSIONAL-NEVER)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('simulate: clicking an enabled transition moves the active state; a blocked one says which guard and rule', async () => {
    const { page, errors } = await openChart('/chart/contact/hertfordshire?mode=simulate');
    const active = () => page.locator('.fd-chart-canvas .fd-chart-node[data-active="true"]:not(.fd-chart-node--compound)').getAttribute('data-state-id');
    await expect(active()).resolves.toBe('intake.referrer');

    await page.locator('.fd-chart-label[data-event="referrer.identified"][data-status="enabled"]').click();
    await page.locator('.fd-chart-canvas [data-state-id="intake.children"][data-active="true"]').waitFor();
    await expect(active()).resolves.toBe('intake.children');
    await expect(page.locator('.fd-chart-label[data-event="referrer.identified"]').getAttribute('data-taken')).resolves.toBe('true');
    await expect(page.getByTestId('chart-status').textContent()).resolves.toContain('Current state: Intake › Children');

    // Through the side panel, with sample answers, to information gathering (a school below the
    // child-protection threshold on a weekday morning: the front door takes it in Hertfordshire).
    await page.locator('[data-send="intake.children:children.recorded:0"]').click();
    await page
      .locator('.fd-chart-option[data-transition-id="intake.concern:concern.described:0"]')
      .getByLabel('Sample answer')
      .selectOption({ label: 'Below the child-protection threshold' });
    await page.locator('[data-send="intake.concern:concern.described:0"]').click();
    await page.locator('[data-send="intake.parents:parents.recorded:0"]').click();
    await page.locator('.fd-chart-canvas [data-state-id="informationGathering"][data-active="true"]').waitFor();
    await expect(page.locator('.fd-chart-canvas [data-state-id="routing"]').getAttribute('data-passed')).resolves.toBe('true');

    // Hertfordshire must ask about family issues first: information.completed is blocked, and says why.
    const blocked = page.locator('.fd-chart-option[data-transition-id="informationGathering:information.completed:0"]');
    await expect(blocked.getAttribute('data-status')).resolves.toBe('blocked');
    await expect(blocked.textContent()).resolves.toContain('hasAskedRequiredQuestions');
    await expect(blocked.textContent()).resolves.toContain('INFO-ASK-FAMILY-ISSUES');
    await expect(page.locator('.fd-chart-label[data-event="information.completed"]').getAttribute('data-status')).resolves.toBe('blocked');

    await expect(axe(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('path: runs a built-in scenario and steps through its path', async () => {
    const { page, errors } = await openChart('/chart/contact/leicester?mode=path');
    await page.getByTestId('path-run').click();
    const steps = page.getByTestId('path-steps').locator('li');
    await steps.first().waitFor();
    const count = await steps.count();
    expect(count).toBe(11);
    await expect(page.getByTestId('chart-status').textContent()).resolves.toContain(`Step 1 of ${count}: Intake › Referrer`);
    for (let i = 0; i < 5; i++) await page.getByTestId('path-next').click();
    await expect(page.getByTestId('chart-status').textContent()).resolves.toContain(`Step 6 of ${count}: Front door`);
    await expect(page.locator('.fd-chart-label[data-transition-id="routing:always:5"]').getAttribute('data-taken')).resolves.toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('compare: marks and lists the branches one authority can take and the other never can', async () => {
    const { page, errors } = await openChart('/chart/contact/hertfordshire?mode=compare');
    const branches = page.getByTestId('compare-branches');
    await branches.waitFor({ timeout: 20_000 });
    await expect(branches.textContent()).resolves.toContain('needsConsultationHub');
    const dorset = page.locator('section[data-authority="dorset"]');
    await dorset.locator('.fd-chart-label[data-transition-id="routing:always:3"][data-greyed="true"]').waitFor();
    await expect(page.locator('section[data-authority="hertfordshire"] .fd-chart-label[data-transition-id="routing:always:3"]').getAttribute('data-greyed')).resolves.toBeNull();
    await expect(axe(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports SVG, PNG and Mermaid text that parses as a state diagram', async () => {
    const { page, errors } = await openChart('/chart/contact/hertfordshire');

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('contact-hertfordshire.svg');
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('data-state-id="routing"');
    const wellFormed = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null, svg);
    expect(wellFormed).toBe(true);

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    const png = await readFile((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    await page.getByRole('button', { name: 'Show Mermaid text' }).click();
    const mermaid = await page.getByLabel('Mermaid state diagram').inputValue();
    expect(checkMermaid(mermaid)).toEqual([]);
    expect(mermaid).toContain('state routing <<choice>>');
    expect(mermaid).toContain('routing --> consultationHub : 4. [needsConsultationHub] INT-HUB');
    expect(mermaid).toContain('closed --> [*]');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has a keyboard-walkable text version and passes axe', async () => {
    const { page, errors } = await openChart('/chart/contact/hertfordshire');
    const outline = page.getByRole('list', { name: 'Text version of the chart' });
    const first = outline.locator('button[data-outline]').first();
    await first.focus();
    await expect(first.textContent()).resolves.toBe("Intake");
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Collapse Intake in the drawing');
    await page.keyboard.press('Enter');
    await page.locator('.fd-chart-canvas [data-state-id="intake"] [data-toggle-state][data-open="false"]').waitFor();
    await expect(page.locator('.fd-chart-canvas [data-state-id="intake.referrer"]').count()).resolves.toBe(0);
    await page.keyboard.press('Enter');
    await page.locator('.fd-chart-canvas [data-state-id="intake.referrer"]').waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Referrer');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('referrer.identified');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('chart-details').getAttribute('data-selected-transition')).resolves.toBe('intake.referrer:referrer.identified:0');
    // Branches a profile can never take are named as such in the text version too.
    await page.locator('[data-outline-transition="routing:always:4"]', { hasText: 'never taken in Hertfordshire' }).waitFor({ timeout: 15_000 });
    await expect(axe(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the chart code and the ELK worker out of the wizard’s load', async () => {
    const { page, errors } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${BASE_URL}/contacts/new`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => /chart-(page|workspace)|elk-worker|xyflow/.test(url))).toEqual([]);

    // Following the start page's link loads them. The first view's layout was computed ahead by ELK, so
    // the worker is needed only for a new layout (collapse, expand).
    await page.goto(BASE_URL);
    await page.getByRole('link', { name: 'See the procedure as a state chart' }).click();
    await page.locator('.fd-chart-page[data-painted="true"]').waitFor({ timeout: 20_000 });
    expect(requested.some((url) => /chart-workspace-.*\.js$/.test(url))).toBe(true);
    await page.locator('.fd-chart-canvas [data-toggle-state="intake"]').click();
    await page.locator('.fd-chart-canvas [data-toggle-state="intake"][data-open="false"]').waitFor({ timeout: 20_000 });
    expect(requested.some((url) => /elk-worker/.test(url))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('live: a contact taken with the chart shown moves its active state, and the wizard loaded no chart code first', async () => {
    const { page, errors } = await openPage(browser);
    await page.setViewportSize({ width: 1280, height: 1000 });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const chartCode = (url: string) => /live-chart|chart-(page|workspace|canvas)|elk-|xyflow/.test(url);
    const walk = walker(page);
    const s = parseScenario({
      kind: 'contact',
      id: 'e2e-live-chart',
      title: 'Live chart beside the wizard',
      authority: 'hertfordshire',
      receivedAt: '2026-10-20T10:15:00+01:00',
      channel: 'phone',
      referrer: { type: 'public', requestsAnonymity: false, relaysThirdParty: false },
      children: [{ caseStatus: 'unknown' }],
      concern: { immediateDanger: false, crimeSuspected: false, significantHarm: false, harmByAnotherChild: false, allegationAgainstWorker: false },
      parents: { informed: true, agreed: true, reasonsNotInformed: [] },
    });
    await startContact(walk, s);
    await arrive(walk, 'referrer');
    await page.waitForLoadState('networkidle');
    expect(requested.filter(chartCode)).toEqual([]);

    const live = page.getByTestId('live-chart');
    const status = live.getByRole('status');
    const active = (id: string) => live.locator(`.fd-chart-canvas [data-state-id="${id}"][data-active="true"]`);
    await page.getByRole('button', { name: 'Show where this call is in the procedure' }).click();
    await active('intake.referrer').waitFor({ timeout: 20_000 });
    await expect(status.textContent()).resolves.toBe('Now: Intake › Referrer.');

    await answerReferrer(walk, s);
    await arrive(walk, 'children');
    await active('intake.children').waitFor();
    await expect(status.textContent()).resolves.toBe('Now: Intake › Children, after referrer.identified.');
    await expect(live.locator('.fd-chart-label[data-event="referrer.identified"]').getAttribute('data-taken')).resolves.toBe('true');
    await expect(live.locator('.fd-chart-canvas [data-state-id="intake.referrer"]').getAttribute('data-active')).resolves.not.toBe('true');

    await answerChildren(walk, s);
    await arrive(walk, 'concern');
    await answerConcern(walk, s);
    await arrive(walk, 'parents');
    await answerParents(walk, s);
    await arrive(walk, 'checklist');
    // Through the routing decision (its default branch) and the front door, into information gathering.
    await active('informationGathering').waitFor();
    await expect(status.textContent()).resolves.toMatch(/^Now: Information gathering, after parents\.recorded, then 6\. otherwise/);
    await expect(live.locator('.fd-chart-canvas [data-state-id="routing"]').getAttribute('data-passed')).resolves.toBe('true');

    // The chart's code came with the toggle; its layout was precomputed, so ELK's worker never loaded.
    expect(requested.some((url) => /live-chart/.test(url))).toBe(true);
    expect(requested.filter((url) => /elk-worker/.test(url))).toEqual([]);
    await expect(axe(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
