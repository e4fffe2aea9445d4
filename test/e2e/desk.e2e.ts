import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appErrors, BASE_URL } from './support/app';
import { playContact, type ContactScenarioInput } from './support/triage';
import { browserPerFile } from './support/browser';

// The decision desk end to end, against the production build: a call handler takes a contact through the
// wizard (the same walk as the triage e2e) and records it, a social worker screens it, a social worker's and a call handler's decisions are refused (in the UI and at the
// API), a team manager authorises the outcome, feedback is drafted and sent, and the audit trail shows it.

const newPage = browserPerFile();

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function signIn(page: Page, authority: string, role: string) {
  await page.goto(`${BASE_URL}/sign-in`);
  await page.locator(`#authority-${authority}`).check();
  await page.locator(role === 'call-handler' ? '#role' : `#role-${role}`).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Work queue' }).waitFor();
}

/** The contact the call handler takes: an anonymous neighbour, significant harm, Hertfordshire, in office hours. */
const CALL: ContactScenarioInput = {
  id: 'desk-e2e',
  title: 'Desk e2e',
  kind: 'contact',
  authority: 'hertfordshire',
  receivedAt: '2026-03-04T10:15:00+00:00',
  channel: 'phone',
  referrer: { type: 'public', requestsAnonymity: true },
  children: [{ caseStatus: 'unknown' }],
  concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true },
  parents: { informed: true, agreed: true },
};

describe('decision desk (production build)', () => {
  it('takes a contact from submission to closure, refusing authorisation to the wrong roles', async () => {
    const { page, errors } = await newPage();
    await page.goto(BASE_URL);
    await signIn(page, 'hertfordshire', 'call-handler');
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('call handler, Hertfordshire');
    expect(await axe(page)).toEqual([]);

    // The call handler takes the call through the wizard and records it.
    const taken = await playContact(page, CALL);
    const contact = { id: taken.id, reference: taken.reference };
    expect(taken.route).toBe('front-door');

    // A social worker screens it.
    await signIn(page, 'hertfordshire', 'social-worker');
    await page.goto(`${BASE_URL}/desk`);
    await page.getByRole('link', { name: contact.reference }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('link', { name: contact.reference }).click();
    await page.getByRole('heading', { name: `${contact.reference}: Awaiting screening` }).waitFor();
    await expect(page.locator('[data-deadline="strategyDecision"]').count()).resolves.toBe(1);
    expect(await axe(page)).toEqual([]);
    for (const name of ['knownBefore', 'childProtectionPlan', 'lookedAfter', 'siblingsKnown', 'adultsKnown', 'agencyChecks']) {
      await page.locator(`#${name}-no`).check();
    }
    await page.locator('#threshold').fill('Child in need: level 3');
    await page.locator('#notes').fill('Neighbour reports the children left alone in the evenings.');
    await page.getByRole('button', { name: 'Record screening' }).click();
    await page.getByRole('heading', { name: `${contact.reference}: Awaiting decision` }).waitFor();
    expect(await axe(page)).toEqual([]);

    // The social worker's decision breaks DEC-MANAGER: the machine refuses it and the page says who must act.
    await page.getByText('A team manager must authorise this decision in Hertfordshire (DEC-MANAGER). You are signed in as social worker.').waitFor();
    await page.locator('#outcome-assessment').check();
    await page.locator('#reason').fill('Needs a child and family assessment.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.locator('.govuk-error-summary').getByText('In Hertfordshire a team manager must authorise the decision (DEC-MANAGER).').waitFor();
    // Sent anyway, straight to the API, the backend refuses it too: 403 naming the role and the rule, nothing stored.
    const asSocialWorker = await page.evaluate(async (id) => {
      const headers = { 'Content-Type': 'application/json', 'X-User': 'Farah%20Hale', 'X-Role': 'social-worker' };
      const record = await (await fetch(`/api/contacts/${id}`, { headers })).json();
      const decision = { type: 'decision.recorded', decision: { outcome: 'assessment', authorisedBy: 'social-worker', at: new Date().toISOString() } };
      const response = await fetch(`/api/contacts/${id}/events`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ version: record.version, events: [...record.events, decision] }),
      });
      const after = await (await fetch(`/api/contacts/${id}`, { headers })).json();
      return { status: response.status, body: await response.json(), version: record.version, after: after.version };
    }, contact.id);
    expect(asSocialWorker.status).toBe(403);
    expect(asSocialWorker.body).toMatchObject({ title: 'Only a team manager can do this', rules: ['DEC-MANAGER'] });
    expect(asSocialWorker.after).toBe(asSocialWorker.version);

    // A call handler cannot authorise: refused in the UI, and by the API with 403.
    await signIn(page, 'hertfordshire', 'call-handler');
    await page.goto(`${BASE_URL}/desk/${contact.id}`);
    await page.locator('#outcome-assessment').check();
    await page.locator('#reason').fill('Trying to authorise.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.locator('.govuk-error-summary').getByText('A team manager must authorise this. You are signed in as call handler.').waitFor();
    const api = await page.evaluate(async (id) => {
      const headers = { 'Content-Type': 'application/json', 'X-User': 'Ben%20Hale', 'X-Role': 'call-handler' };
      const record = await (await fetch(`/api/contacts/${id}`, { headers })).json();
      const decision = { type: 'decision.recorded', decision: { outcome: 'assessment', authorisedBy: 'manager', at: new Date().toISOString() } };
      const response = await fetch(`/api/contacts/${id}/events`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ version: record.version, events: [...record.events, decision] }),
      });
      return { status: response.status, body: await response.json() };
    }, contact.id);
    expect(api.status).toBe(403);
    expect(api.body.errors[0].message).toContain('authorised by a team manager, but you are signed in as a call handler');

    // The team manager authorises the outcome, under Hertfordshire's own name for it.
    await signIn(page, 'hertfordshire', 'team-manager');
    await page.goto(`${BASE_URL}/desk/${contact.id}`);
    await page.getByLabel('Option 3: Child and Family Assessment (S17)').check();
    await page.locator('#reason').fill('Child in need: assessment, child seen within 5 working days.');
    await page.getByRole('button', { name: 'Authorise decision' }).click();
    await page.getByRole('heading', { name: `${contact.reference}: Decided: feedback to send` }).waitFor();
    await expect(page.locator('[data-deadline="childSeen"]').count()).resolves.toBe(1);

    // The referrer's feedback: anonymous, so the name given never reaches the family or an agency.
    await page.locator('#referrer-name').fill('Jo Bloggs');
    await expect(page.getByTestId('feedback-acknowledgement').textContent()).resolves.toContain('Dear Jo Bloggs,');
    await expect(page.getByTestId('feedback-outcome').textContent()).resolves.toContain('we cannot tell you the details');
    await expect(page.getByTestId('feedback-family').textContent()).resolves.not.toContain('Jo Bloggs');
    await expect(page.getByTestId('feedback-agency').textContent()).resolves.not.toContain('Jo Bloggs');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Mark feedback as sent and close the contact' }).click();
    await page.getByRole('heading', { name: `${contact.reference}: Closed` }).waitFor();

    // The audit trail shows each step, who took it and what it changed.
    const audit = page.getByRole('table', { name: 'Audit trail' });
    await audit.getByText('feedback.sent').waitFor();
    const rows = await audit.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('information.completed') && r.includes('call handler'))).toBe(true);
    expect(rows.some((r) => r.includes('screening.recorded') && r.includes('social worker') && r.includes('screeningdecision'))).toBe(true);
    expect(rows.some((r) => r.includes('decision.recorded') && r.includes('team manager') && r.includes('decisionfeedback'))).toBe(true);
    expect(rows.some((r) => r.includes('feedback.sent') && r.includes('feedbackclosed'))).toBe(true);
    expect(rows.filter((r) => r.includes('decision.recorded'))).toHaveLength(1);
    expect(await axe(page)).toEqual([]);

    // The one expected failure is the refused authorisation (the browser logs the 403).
    expect(appErrors(errors).filter((e) => !e.includes('403'))).toEqual([]);
    await page.context().close();
  }, 90_000); // a whole contact through the wizard, then four roles at the desk

  it('logs an information request and shows the decision, its rule and a drafted reply', async () => {
    const { page, errors } = await newPage();
    await page.goto(BASE_URL);
    await signIn(page, 'hertfordshire', 'social-worker');
    await page.goto(`${BASE_URL}/info-requests/new`);
    await page.getByRole('heading', { name: 'Log an information request' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.locator('#agency').selectOption('ukba');
    await page.locator('#purpose').selectOption('future-of-child');
    await page.locator('#replyTo').fill('caseworker@homeoffice.gov.uk');
    await page.locator('#status-closed').check();
    await page.getByRole('button', { name: 'Log and decide' }).click();
    await page.getByRole('heading', { name: 'Decision: Confirm without consent' }).waitFor();
    await expect(page.getByTestId('ir-rules').textContent()).resolves.toContain('UK Border Agency requests');
    await expect(page.getByTestId('ir-reply').textContent()).resolves.toContain('.gov.uk');
    expect(await axe(page)).toEqual([]);
    await page.goto(`${BASE_URL}/info-requests`);
    await page.getByRole('table', { name: 'Information requests' }).waitFor();
    expect(await axe(page)).toEqual([]);
    expect(appErrors(errors)).toEqual([]);
    await page.context().close();
  });
});
