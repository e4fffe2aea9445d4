import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  deadlineInstants,
  expectedOutcome,
  playContact,
  type ContactScenarioInput,
  type PlayResult,
  type WizardPage,
} from './support/triage';
import { browserPerFile } from './support/browser';

// One contact per authority (and then some) taken from the start page to "Contact recorded" in the
// production build. The expected route, actions and deadlines are not written here: they come from the
// scenario runner (machines/scenario/run.ts) given the same facts, so the screen must agree with the
// headless runner, which drives the same machine.
//
// Every receivedAt is in the past: the start page refuses a time received in the future.

const newPage = browserPerFile();

const base: Pick<ContactScenarioInput, 'kind' | 'children' | 'concern' | 'parents'> = {
  kind: 'contact',
  children: [{ caseStatus: 'unknown' }],
  concern: { immediateDanger: false, crimeSuspected: false, significantHarm: false },
  parents: { informed: true, agreed: true },
};

/** Dorset: an anonymous member of the public, late on a Sunday (Dorset's front door is 24/7). */
const dorsetAnonymousPublic: ContactScenarioInput = {
  ...base,
  id: 'e2e-dor-anon-public',
  title: 'Anonymous neighbour, Sunday night, possible assault',
  authority: 'dorset',
  receivedAt: '2026-06-14T22:40:00+01:00',
  channel: 'phone',
  referrer: { type: 'public', requestsAnonymity: true, relaysThirdParty: true },
  concern: { immediateDanger: false, crimeSuspected: true, significantHarm: true },
};

/** Leicester: a professional who asks to stay anonymous, and cannot. */
const leicesterProfessionalAnonymity: ContactScenarioInput = {
  ...base,
  id: 'e2e-lei-professional-anonymity',
  title: 'GP asks not to be named',
  authority: 'leicester',
  receivedAt: '2026-10-07T14:20:00+01:00',
  channel: 'email',
  referrer: { type: 'professional', agency: 'gp', requestsAnonymity: true },
  children: [{ caseStatus: 'closed' }, { caseStatus: 'unknown', unborn: true }],
};

/** Derbyshire: a child with an open case goes to the allocated worker, whoever calls. */
const derbyshireOpenCase: ContactScenarioInput = {
  ...base,
  id: 'e2e-der-open-case',
  title: 'Aunt calls about a child with an allocated worker',
  authority: 'derbyshire',
  receivedAt: '2026-04-21T09:05:00+01:00',
  channel: 'phone',
  referrer: { type: 'family' },
  children: [{ caseStatus: 'unknown' }, { caseStatus: 'open', disability: true }],
  concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true },
  parents: { informed: true, agreed: false },
};

/** Hertfordshire on a Sunday: the Customer Service Centre is closed, so out of hours. */
const hertfordshireSunday: ContactScenarioInput = {
  ...base,
  id: 'e2e-her-sunday-ooh',
  title: 'Sunday morning, a child phones',
  authority: 'hertfordshire',
  receivedAt: '2026-11-15T11:00:00+00:00',
  channel: 'phone',
  referrer: { type: 'child', requestsAnonymity: true },
  parents: { informed: false, agreed: false },
};

/** Derbyshire: police, significant harm, parents not told for a reason: a manager must authorise sharing. */
const derbyshireNotInformed: ContactScenarioInput = {
  ...base,
  id: 'e2e-der-not-informed-reason',
  title: 'Police, parents not told because of domestic abuse risk',
  authority: 'derbyshire',
  receivedAt: '2026-09-02T16:45:00+01:00',
  channel: 'phone',
  referrer: { type: 'professional', agency: 'police' },
  concern: { immediateDanger: false, crimeSuspected: true, significantHarm: true },
  parents: { informed: false, agreed: false, reasonsNotInformed: ['domestic-abuse-risk', 'evidence-loss'] },
};

/** Lincolnshire: a child in immediate danger, in office hours: call 999 first. */
const lincolnshireEmergency: ContactScenarioInput = {
  ...base,
  id: 'e2e-lin-emergency',
  title: 'Caller hears a child screaming next door',
  authority: 'lincolnshire',
  receivedAt: '2026-07-08T10:00:00+01:00',
  channel: 'phone',
  referrer: { type: 'public' },
  concern: { immediateDanger: true, crimeSuspected: true, significantHarm: true, harmByAnotherChild: false },
};

/** Hertfordshire: an open case in immediate danger: the routing page shows the 999 warning. */
const hertfordshireOpenEmergency: ContactScenarioInput = {
  ...base,
  id: 'e2e-her-open-emergency',
  title: 'Teacher: child with an allocated worker is in danger now',
  authority: 'hertfordshire',
  receivedAt: '2026-05-12T13:30:00+01:00',
  channel: 'phone',
  referrer: { type: 'professional', agency: 'school' },
  children: [{ caseStatus: 'open' }],
  concern: { immediateDanger: true, crimeSuspected: false, significantHarm: true },
};

function expectSameOutcome(shown: PlayResult, scenario: ContactScenarioInput) {
  const expected = expectedOutcome(scenario);
  expect(shown.route, 'route').toBe(expected.route);
  expect([...shown.actions].sort(), 'actions').toEqual([...expected.actions].sort());
  expect(deadlineInstants(shown.deadlines), 'deadlines').toEqual(deadlineInstants(expected.deadlines));
  expect(shown.reference).toMatch(/^FD-[A-Z]{3}-\d{6}$/);
  return expected;
}

/** The 999 warning, as the routing page and Check your answers show it. */
const warning = (page: Page) => page.locator('.govuk-warning-text', { hasText: 'Call 999 now' });

/**
 * An onPage hook that runs axe on every page of a walk, and on `errorPage` first presses Continue with
 * nothing answered so that the error state is audited too.
 */
function auditEveryPage(errorPage: WizardPage) {
  const results: Record<string, string[]> = {};
  return {
    results,
    async onPage(name: WizardPage, p: Page) {
      if (name === errorPage) {
        await p.getByRole('button', { name: 'Continue', exact: true }).click();
        await p.locator('.govuk-error-summary').waitFor();
        results[`${name} (error)`] = await axeViolations(p);
      }
      results[name] = await axeViolations(p);
    },
  };
}

describe('triage wizard: a contact per authority, start to submit, as the scenario runner says', () => {
  it('Dorset: an anonymous member of the public (every page passes axe, including an error state)', async () => {
    const { page, errors } = await newPage();
    const audit = auditEveryPage('referrer');
    const shown = await playContact(page, dorsetAnonymousPublic, { onPage: audit.onPage });
    expect(shown.pages).toEqual(['start', 'referrer', 'children', 'concern', 'parents', 'checklist', 'check-answers', 'confirmation']);
    expect(Object.keys(audit.results).sort()).toEqual([...shown.pages, 'referrer (error)'].sort());
    for (const [name, violations] of Object.entries(audit.results)) expect(violations, `axe on ${name}`).toEqual([]);

    const expected = expectSameOutcome(shown, dorsetAnonymousPublic);
    expect(expected.actions).toEqual(expect.arrayContaining(['explain-confidentiality-limits', 'notify-police']));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Leicester: a professional asking to stay anonymous is told they cannot; identity stays named', async () => {
    const { page, errors } = await newPage();
    let identity = '';
    const shown = await playContact(page, leicesterProfessionalAnonymity, {
      async onPage(name, p) {
        if (name === 'check-answers') {
          identity = (await p.locator('.govuk-summary-list__row', { hasText: 'Caller’s identity' }).locator('dd').first().textContent()) ?? '';
        }
      },
    });
    expect(identity).toMatch(/^Named/);
    expect(shown.actions).toContain('explain-professionals-not-anonymous');
    expectSameOutcome(shown, leicesterProfessionalAnonymity);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Derbyshire: an open case is routed to the allocated worker (every page passes axe, the routing page too)', async () => {
    const { page, errors } = await newPage();
    const audit = auditEveryPage('children');
    let heading = '';
    const shown = await playContact(page, derbyshireOpenCase, {
      async onPage(name, p) {
        if (name === 'routing') heading = (await p.locator('h1[data-route]').getAttribute('data-route')) ?? '';
        await audit.onPage(name, p);
      },
    });
    expect(shown.pages).toEqual(['start', 'referrer', 'children', 'concern', 'parents', 'routing', 'check-answers', 'confirmation']);
    expect(Object.keys(audit.results).sort()).toEqual([...shown.pages, 'children (error)'].sort());
    for (const [name, violations] of Object.entries(audit.results)) expect(violations, `axe on ${name}`).toEqual([]);
    expect(heading).toBe('allocated-worker');
    expect(shown.route).toBe('allocated-worker');
    expectSameOutcome(shown, derbyshireOpenCase);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Hertfordshire on a Sunday: out of hours', async () => {
    const { page, errors } = await newPage();
    const shown = await playContact(page, hertfordshireSunday);
    expect(shown.route).toBe('out-of-hours');
    expectSameOutcome(shown, hertfordshireSunday);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Derbyshire: parents not told, with reasons: a manager must authorise sharing', async () => {
    const { page, errors } = await newPage();
    let guidance: string[] = [];
    let summary = '';
    const shown = await playContact(page, derbyshireNotInformed, {
      async onPage(name, p) {
        if (name === 'checklist') {
          guidance = await p.locator('[data-testid="actions"] li').evaluateAll((els) => els.map((el) => el.getAttribute('data-action') ?? ''));
        }
        if (name === 'check-answers') {
          summary = (await p.locator('.govuk-summary-list__row', { hasText: 'Reasons' }).textContent()) ?? '';
        }
      },
    });
    // "Actions required" beside the checklist, and on the confirmation page.
    expect(guidance).toContain('manager-authorise-sharing');
    expect(shown.actions).toContain('manager-authorise-sharing');
    expect(summary).toContain('It could raise the risk of domestic abuse');
    expect(summary).toContain('Evidence could be lost');
    expectSameOutcome(shown, derbyshireNotInformed);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  describe('Lincolnshire: a child in immediate danger, in office hours (front door)', () => {
    // One walk, two checks: the second is expected to fail until the wizard lists call-999 first.
    let shown: PlayResult;
    let errors: string[];
    let warned = false;
    let checkAnswersActions: string[] = [];

    beforeAll(async () => {
      const opened = await newPage();
      errors = opened.errors;
      shown = await playContact(opened.page, lincolnshireEmergency, {
        async onPage(name, p) {
          if (name !== 'check-answers') return;
          warned = await warning(p).isVisible();
          checkAnswersActions = await p
            .locator('.govuk-summary-list__row', { has: p.locator('dt', { hasText: /^Actions$/ }) })
            .locator('li')
            .allTextContents();
        },
      });
      expect(await warning(opened.page).isVisible(), '999 warning on the confirmation page').toBe(true);
      await opened.page.context().close();
    });

    it('shows the 999 warning on Check your answers and records what the runner says', () => {
      expect(warned).toBe(true);
      expect(shown.actions).toContain('call-999');
      expectSameOutcome(shown, lincolnshireEmergency);
      expect(errors).toEqual([]);
    });

    it('lists call-999 first in the actions (Check your answers and the confirmation page)', () => {
      expect(checkAnswersActions[0]).toMatch(/^Call 999 now/);
      expect(shown.actions[0]).toBe('call-999');
    });
  });

  it('Hertfordshire: an open case in immediate danger: the 999 warning on the routing page, first in the actions', async () => {
    const { page, errors } = await newPage();
    let warned = false;
    const shown = await playContact(page, hertfordshireOpenEmergency, {
      async onPage(name, p) {
        if (name === 'routing') warned = await warning(p).isVisible();
      },
    });
    expect(warned).toBe(true);
    expect(shown.route).toBe('allocated-worker');
    expect(shown.actions[0]).toBe('call-999');
    expectSameOutcome(shown, hertfordshireOpenEmergency);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
