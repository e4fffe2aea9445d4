import { describe, expect, it } from 'vitest';
import {
  deadlineInstants,
  expectedOutcome,
  HEADINGS,
  playContact,
  waitForHeadingFocus,
  type ContactScenarioInput,
  type WizardPage,
} from './support/triage';
import { browserPerFile } from './support/browser';

// A whole contact taken with the keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys; the date and
// time too, with the arrow keys), from the start page to "Contact recorded". On every new page focus
// must be on the page's h1, so a keyboard or screen reader user starts at the question.

const newPage = browserPerFile();

/** Hertfordshire, a school that has consulted the hub (so the hub question is asked), two children. */
const scenario: ContactScenarioInput = {
  kind: 'contact',
  id: 'e2e-keyboard',
  title: 'School, hub already consulted, taken with the keyboard',
  authority: 'hertfordshire',
  receivedAt: '2026-10-20T14:35:00+01:00',
  channel: 'email',
  referrer: { type: 'professional', agency: 'school', requestsAnonymity: false, relaysThirdParty: true, consultedHub: true },
  children: [{ caseStatus: 'unknown', disability: true }, { caseStatus: 'early-help' }],
  concern: { immediateDanger: false, crimeSuspected: true, significantHarm: true, harmByAnotherChild: true, allegationAgainstWorker: false },
  parents: { informed: false, agreed: false, reasonsNotInformed: ['intimidation'] },
};

describe('triage wizard: keyboard only', () => {
  it('takes a whole contact with the keyboard, focus on each new page’s h1', async () => {
    const { page, errors } = await newPage();
    // Any mouse event at all would mean the walk was not keyboard-only.
    await page.addInitScript(() => {
      const w = window as unknown as { mouseEvents: number };
      w.mouseEvents = 0;
      for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown']) {
        window.addEventListener(type, (event) => {
          // Enter on a button fires a synthetic click with no pointer position (detail 0): not the mouse.
          if (!(type === 'click' && (event as MouseEvent).detail === 0)) w.mouseEvents++;
        }, true);
      }
    });

    const focused: Partial<Record<WizardPage, string>> = {};
    const shown = await playContact(page, scenario, {
      keyboard: true,
      async onPage(name, p) {
        focused[name] = await waitForHeadingFocus(p);
      },
    });

    expect(shown.pages).toEqual(['start', 'referrer', 'children', 'concern', 'parents', 'checklist', 'check-answers', 'confirmation']);
    for (const name of shown.pages) {
      expect(focused[name], `focus on arrival at ${name}`).toBe(HEADINGS[name as Exclude<WizardPage, 'routing'>]);
    }

    const expected = expectedOutcome(scenario);
    expect(shown.route).toBe('front-door');
    expect(shown.route).toBe(expected.route);
    expect([...shown.actions].sort()).toEqual([...expected.actions].sort());
    expect(deadlineInstants(shown.deadlines)).toEqual(deadlineInstants(expected.deadlines));
    // The received time was set with the arrow keys: the deadlines prove it landed on the right minute.
    expect(shown.actions).toEqual(expect.arrayContaining(['remind-to-feed-back-to-source', 'send-both-children-details', 'notify-police']));

    await expect(page.evaluate(() => (window as unknown as { mouseEvents: number }).mouseEvents)).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
