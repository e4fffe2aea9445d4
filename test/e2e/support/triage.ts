import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import type { z } from 'zod';
import { PROFILES } from '../../../machines/authorities';
import { contactScenarioSchema, type ContactScenario } from '../../../machines/scenario/scenario.schema';
import { runScenario } from '../../../machines/scenario/run';
import { CHANNEL_LABELS } from '../../../src/lib/labels';
import { BASE_URL } from './app';

// Plays a contract contact scenario (the shape of the files in scenarios/) through the call handler's
// wizard in a real browser, page by page, and reads what the confirmation page recorded. Two ways of
// operating the same pages share one walk: with the mouse (clicks and .check()) and with the keyboard only
// (Tab, Shift+Tab, Space, Enter and the arrow keys, nothing else).

/** A contact scenario as written in a file: defaults may be left out. */
export type ContactScenarioInput = z.input<typeof contactScenarioSchema>;

export type WizardPage =
  | 'start'
  | 'referrer'
  | 'children'
  | 'concern'
  | 'parents'
  | 'routing'
  | 'checklist'
  | 'check-answers'
  | 'confirmation';

/** The h1 of each page (the routing page's h1 depends on the route: it is found by its data-route). */
export const HEADINGS: Record<Exclude<WizardPage, 'routing'>, string> = {
  start: 'Start a contact',
  referrer: 'Who is making the contact?',
  children: 'Which children is the contact about?',
  concern: 'What is the concern?',
  parents: 'What do the parents know about this contact?',
  checklist: 'Information to gather',
  'check-answers': 'Check your answers before recording the contact',
  confirmation: 'Contact recorded',
};

/** What a contact came to: read off the confirmation page, or computed by the scenario runner. */
export interface ContactOutcome {
  route: string;
  actions: string[];
  /** deadline id -> instant */
  deadlines: Record<string, string>;
}

export interface PlayResult extends ContactOutcome {
  reference: string;
  /** The contact's id, from the wizard's URL. */
  id: string;
  /** The pages the walk went through, in order. */
  pages: WizardPage[];
}

export interface PlayOptions {
  /** Operate the pages with the keyboard only. */
  keyboard?: boolean;
  /** Called on arrival at every page (after its heading is shown), e.g. to run axe or check a warning. */
  onPage?: (name: WizardPage, page: Page) => Promise<void>;
}

export function parseScenario(input: ContactScenarioInput): ContactScenario {
  return contactScenarioSchema.parse(input);
}

/** The runner's answer for the same facts: the expected result of a walk. */
export function expectedOutcome(input: ContactScenarioInput): ContactOutcome {
  const result = runScenario(parseScenario(input));
  if (result.kind !== 'contact') throw new Error('not a contact scenario');
  return { route: result.route, actions: [...result.actions], deadlines: { ...result.deadlines } as Record<string, string> };
}

/** The London wall date and time of an instant, as the start page's inputs take them. */
export function londonDateTime(instant: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.parse(instant)));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

// --- Waiting for pages --------------------------------------------------------------------------------

export function h1(page: Page, text: string): Locator {
  return page.getByRole('heading', { level: 1, name: text, exact: true });
}

export async function waitForPage(page: Page, name: WizardPage): Promise<void> {
  if (name === 'routing') await page.locator('h1[data-route]').waitFor();
  else await h1(page, HEADINGS[name]).waitFor();
}

/** Resolves when the focused element is the page's h1 (the pages move focus there on arrival). */
export async function waitForHeadingFocus(page: Page, timeout = 5_000): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const el = document.activeElement;
      return el && el.tagName === 'H1' ? (el.textContent ?? '').trim() : false;
    },
    undefined,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

// --- Operating the pages --------------------------------------------------------------------------------

interface ActiveInfo {
  tag: string;
  id: string;
  name: string;
  type: string;
  value: string;
  checked: boolean;
  text: string;
}

function activeInfo(page: Page): Promise<ActiveInfo | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return null;
    return {
      tag: el.tagName,
      id: el.id,
      name: el.getAttribute('name') ?? '',
      type: el.getAttribute('type') ?? '',
      value: typeof el.value === 'string' ? el.value : '',
      checked: el.checked === true,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

/** The low-level moves a walk needs; the mouse and the keyboard each implement them. */
export interface Operator {
  /** Selects the radio with `value` in the group whose first radio has id `group`. */
  radio(group: string, value: string): Promise<void>;
  /** Selects a radio by its label (start page authority and channel). */
  radioByLabel(group: string, label: string, value: string): Promise<void>;
  checkbox(id: string, on: boolean): Promise<void>;
  /** Presses the button or link with this accessible text. */
  button(text: string): Promise<void>;
  dateTime(date: string, time: string): Promise<void>;
}

function radioInGroup(page: Page, group: string, value: string): Locator {
  return page.locator(`fieldset:has(#${group}) input[type="radio"][value="${value}"]`);
}

export function mouseOperator(page: Page): Operator {
  return {
    radio: (group, value) => radioInGroup(page, group, value).check(),
    radioByLabel: (_group, label) => page.getByRole('radio', { name: label, exact: true }).check(),
    checkbox: (id, on) => page.locator(`#${id}`).setChecked(on),
    button: (text) => page.getByRole('button', { name: text, exact: true }).click(),
    async dateTime(date, time) {
      await page.locator('#date').fill(date);
      await page.locator('#time').fill(time);
    },
  };
}

/**
 * The keyboard only: Tab and Shift+Tab to reach a control (reading document.activeElement to know where
 * focus is), the arrow keys to choose a radio or set a date, Space to tick, Enter to press a button.
 */
export function keyboardOperator(page: Page): Operator {
  const k = page.keyboard;

  /** Moves focus with Tab (then Shift+Tab if it was not ahead) until `match` holds for the focused element. */
  async function tabTo(match: (a: ActiveInfo) => boolean, what: string): Promise<ActiveInfo> {
    const current = await activeInfo(page);
    if (current && match(current)) return current;
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 120; i++) {
        await k.press(key);
        const a = await activeInfo(page);
        if (a && match(a)) return a;
      }
    }
    throw new Error(`Keyboard: could not reach ${what} with Tab or Shift+Tab`);
  }

  async function chooseRadio(name: string, value: string) {
    let a = await tabTo((x) => x.tag === 'INPUT' && x.type === 'radio' && x.name === name, `the "${name}" radios`);
    if (a.value === value) {
      if (!a.checked) await k.press('Space');
      return;
    }
    // The arrow keys move through the group, selecting as they go, and wrap round at the end.
    for (let i = 0; i < 20 && a.value !== value; i++) {
      await k.press('ArrowDown');
      a = (await activeInfo(page)) ?? a;
    }
    if (a.value !== value || !a.checked) throw new Error(`Keyboard: could not select ${value} in the "${name}" radios`);
  }

  const groupName = (group: string) =>
    page.locator(`#${group}`).evaluate((el) => el.getAttribute('name') ?? '');

  return {
    async radio(group, value) {
      await chooseRadio(await groupName(group), value);
    },
    async radioByLabel(group, _label, value) {
      await chooseRadio(await groupName(group), value);
    },
    async checkbox(id, on) {
      const a = await tabTo((x) => x.id === id, `#${id}`);
      if (a.checked !== on) await k.press('Space');
    },
    async button(text) {
      await tabTo((x) => (x.tag === 'BUTTON' || x.tag === 'A') && x.text === text, `the "${text}" button`);
      await k.press('Enter');
    },
    async dateTime(date, time) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      const [hour, minute] = time.split(':').map(Number) as [number, number];
      // Day 1 first, so that no step on the way makes an impossible date (31 February).
      await arrowSegments('date', [{ day: 1 }, { month, year }, { day }]);
      await arrowSegments('time', [{ hour, minute }]);
    },
  };

  // Chromium's date and time inputs are made of segments (month, day, year; hour, minute, AM/PM, in the
  // order of the browser's locale), each a Tab stop changed with the arrow keys. Each segment is first
  // identified by what one ArrowUp changes (undone with ArrowDown), then stepped to its target.
  async function arrowSegments(id: 'date' | 'time', passes: Partial<Record<Segment, number>>[]) {
    const input = page.locator(`#${id}`);
    const value = () => input.inputValue();
    await tabTo((x) => x.id === id, `#${id}`);
    const stops: (Segment | undefined)[] = [];
    for (let stop = 0; stop < 6 && (await activeInfo(page))?.id === id; stop++) {
      const before = await value();
      await k.press('ArrowUp');
      let after = await value();
      await k.press('ArrowDown');
      if (!after) {
        await k.press('ArrowDown');
        after = await value();
        await k.press('ArrowUp');
      }
      stops.push(changedSegment(id, before, after));
      await k.press('Tab');
    }
    const twelveHour = stops.includes('ampm');
    for (const targets of passes) {
      for (let i = 0; i < stops.length; i++) await k.press('Shift+Tab');
      for (const segment of stops) {
        const target = segment && segment !== 'ampm' ? targets[segment] : undefined;
        if (segment && target !== undefined) {
          const read = async () => readSegment(id, await value(), segment);
          const done = (v: number | undefined) =>
            v !== undefined && (segment === 'hour' && twelveHour ? v % 12 === target % 12 : v === target);
          let current = await read();
          const key = segment === 'year' && current !== undefined && current > target ? 'ArrowDown' : 'ArrowUp';
          for (let n = 0; n < 80 && !done(current); n++) {
            await k.press(key);
            current = await read();
          }
          if (!done(current)) throw new Error(`Keyboard: could not set the ${segment} of #${id} to ${target}`);
        }
        if (segment === 'ampm' && targets.hour !== undefined && readSegment(id, await value(), 'hour') !== targets.hour) {
          await k.press('ArrowUp');
        }
        await k.press('Tab');
      }
    }
  }
}

type Segment = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'ampm';

function readSegment(id: 'date' | 'time', value: string, segment: Segment): number | undefined {
  if (!value) return undefined;
  if (id === 'date') {
    const [y, m, d] = value.split('-').map(Number);
    return segment === 'year' ? y : segment === 'month' ? m : segment === 'day' ? d : undefined;
  }
  const [h, min] = value.split(':').map(Number);
  return segment === 'hour' ? h : segment === 'minute' ? min : undefined;
}

function changedSegment(id: 'date' | 'time', before: string, after: string): Segment | undefined {
  if (!before || !after || before === after) return undefined;
  if (id === 'date') {
    const [b, a] = [before.split('-'), after.split('-')];
    if (b[0] !== a[0]) return 'year';
    if (b[1] !== a[1]) return 'month';
    return 'day';
  }
  const [bh, bm] = before.split(':').map(Number) as [number, number];
  const [ah, am] = after.split(':').map(Number) as [number, number];
  if (bm !== am) return 'minute';
  return Math.abs(ah - bh) === 12 ? 'ampm' : 'hour';
}

// --- The walk -------------------------------------------------------------------------------------------

export interface Walk {
  page: Page;
  op: Operator;
  pages: WizardPage[];
  onPage?: PlayOptions['onPage'];
}

export function walker(page: Page, options: PlayOptions = {}): Walk {
  return { page, op: options.keyboard ? keyboardOperator(page) : mouseOperator(page), pages: [], onPage: options.onPage };
}

export async function arrive(walk: Walk, name: WizardPage): Promise<void> {
  await waitForPage(walk.page, name);
  walk.pages.push(name);
  await walk.onPage?.(name, walk.page);
}

const yesNo = (v: boolean | undefined) => (v ? 'yes' : 'no');

/** The start page: opens /contacts/new, fills it in, and presses Start. */
export async function startContact(walk: Walk, s: ContactScenario, { open = true } = {}): Promise<void> {
  const { page, op } = walk;
  if (open) await page.goto(`${BASE_URL}/contacts/new`);
  await arrive(walk, 'start');
  await op.radioByLabel('authority', PROFILES[s.authority].name, s.authority);
  await op.radioByLabel('channel', CHANNEL_LABELS[s.channel], s.channel);
  const { date, time } = londonDateTime(s.receivedAt);
  await op.dateTime(date, time);
  await op.button('Start');
  await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
}

export async function answerReferrer(walk: Walk, s: ContactScenario): Promise<void> {
  const { page, op } = walk;
  const r = s.referrer;
  await op.radio('type', r.type);
  if (r.type === 'professional' && r.agency) await op.radio('agency', r.agency);
  await op.radio('requestsAnonymity', yesNo(r.requestsAnonymity));
  await op.radio('relaysThirdParty', yesNo(r.relaysThirdParty));
  if (await page.locator('#consultedHub').isVisible()) await op.radio('consultedHub', yesNo(r.consultedHub));
  await op.button('Continue');
}

export async function answerChildren(walk: Walk, s: ContactScenario): Promise<void> {
  const { page, op } = walk;
  let shown = await page.locator('[id$="-caseStatus"][id^="children-"]').count();
  while (shown < s.children.length) {
    await op.button('Add another child');
    shown++;
    await page.locator(`#children-${shown - 1}-caseStatus`).waitFor();
  }
  while (shown > s.children.length) {
    await op.button(`Remove child ${shown}`);
    shown--;
  }
  for (const [i, child] of s.children.entries()) {
    await op.radio(`children-${i}-caseStatus`, child.caseStatus);
    await op.checkbox(`children-${i}-unborn`, child.unborn === true);
    await op.checkbox(`children-${i}-disability`, child.disability === true);
  }
  await op.button('Continue');
}

export const CONCERN_KEYS = ['immediateDanger', 'crimeSuspected', 'significantHarm', 'harmByAnotherChild', 'allegationAgainstWorker'] as const;

export async function answerConcern(walk: Walk, s: ContactScenario): Promise<void> {
  for (const key of CONCERN_KEYS) await walk.op.radio(key, yesNo(s.concern[key]));
  await walk.op.button('Continue');
}

export function parentsState(p: ContactScenario['parents']): 'informed-agreed' | 'informed-only' | 'not-informed' {
  return !p.informed ? 'not-informed' : p.agreed ? 'informed-agreed' : 'informed-only';
}

export async function answerParents(walk: Walk, s: ContactScenario): Promise<void> {
  const { page, op } = walk;
  const state = parentsState(s.parents);
  await op.radio('state', state);
  if (state !== 'informed-agreed') {
    await page.locator('#reasonsNotInformed').waitFor();
    const boxes = await page.locator('fieldset:has(#reasonsNotInformed) input[type="checkbox"]').evaluateAll((els) =>
      els.map((el) => ({ id: el.id, value: (el as HTMLInputElement).value })),
    );
    for (const box of boxes) await op.checkbox(box.id, s.parents.reasonsNotInformed.includes(box.value as never));
  }
  await op.button('Continue');
}

/** After the parents page: the routing page of a redirected contact, or the information checklist. */
export async function routingOrChecklist(page: Page): Promise<'routing' | 'checklist'> {
  const routing = page.locator('h1[data-route]');
  await routing.or(h1(page, HEADINGS.checklist)).first().waitFor();
  return (await routing.count()) > 0 ? 'routing' : 'checklist';
}

/** Answers every checklist item "Asked and answered" (so the must-ask one too) and continues. */
export async function answerChecklist(walk: Walk): Promise<void> {
  const groups = await walk.page
    .locator('input[type="radio"][id^="checklist-"][value="answered"]')
    .evaluateAll((els) => els.map((el) => el.id));
  for (const group of groups) await walk.op.radio(group, 'answered');
  await walk.op.button('Continue');
}

/** From the end of the parents page to Check your answers, through the routing page or the checklist. */
export async function throughToCheckAnswers(walk: Walk): Promise<void> {
  const next = await routingOrChecklist(walk.page);
  await arrive(walk, next);
  if (next === 'routing') await walk.op.button('Continue');
  else await answerChecklist(walk);
  await arrive(walk, 'check-answers');
}

export async function readConfirmation(page: Page): Promise<Omit<PlayResult, 'id' | 'pages'>> {
  const route = (await page.getByTestId('submitted-route').getAttribute('data-route')) ?? '';
  const actions = await page.locator('[data-testid="submitted-actions"] li').evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-action') ?? ''),
  );
  const pairs = await page.locator('[data-testid="submitted-deadlines"] li').evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-deadline') ?? '', el.getAttribute('data-due') ?? ''] as const),
  );
  const reference = ((await page.getByTestId('reference').textContent()) ?? '').trim();
  return { route, actions, deadlines: Object.fromEntries(pairs), reference };
}

/** Records the contact from Check your answers and reads the confirmation page. */
export async function recordContact(walk: Walk): Promise<Omit<PlayResult, 'pages'>> {
  const id = new URL(walk.page.url()).pathname.split('/').pop() ?? '';
  await walk.op.button('Record the contact');
  await arrive(walk, 'confirmation');
  return { ...(await readConfirmation(walk.page)), id };
}

/** From the start page to Check your answers, every intake answer given. */
export async function toCheckAnswers(page: Page, input: ContactScenarioInput, options: PlayOptions = {}): Promise<Walk> {
  const s = parseScenario(input);
  const walk = walker(page, options);
  await startContact(walk, s);
  await arrive(walk, 'referrer');
  await answerReferrer(walk, s);
  await arrive(walk, 'children');
  await answerChildren(walk, s);
  await arrive(walk, 'concern');
  await answerConcern(walk, s);
  await arrive(walk, 'parents');
  await answerParents(walk, s);
  await throughToCheckAnswers(walk);
  return walk;
}

/** The whole contact, from the start page to the confirmation page. */
export async function playContact(page: Page, input: ContactScenarioInput, options: PlayOptions = {}): Promise<PlayResult> {
  const walk = await toCheckAnswers(page, input, options);
  const result = await recordContact(walk);
  return { ...result, pages: walk.pages };
}

// --- Checks ---------------------------------------------------------------------------------------------

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The axe-core that @axe-core/playwright runs, injected once per page rather than on every analysis: the
// wizard is a single-page app, so one injection serves every step of a walk (AxeBuilder re-injects each time,
// which costs about a second a page on this machine).
const axeSource = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe's violations (AXE_TAGS) on the page as it is now, one line each ("id: help (selectors)"). */
export async function axeViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, AXE_TAGS);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Deadlines as instants (ms), so the same moment written with another offset compares equal. */
export function deadlineInstants(deadlines: Record<string, string>): Record<string, number> {
  return Object.fromEntries(Object.entries(deadlines).map(([k, v]) => [k, Date.parse(v)]));
}
