import { useEffect } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Agency, AuthorityId, CaseStatus, Channel, ReasonNotInformed, ReferrerType, Route } from '../../../machines/contact/contact.schema';
import { getContact, useCreateContact } from '../../api/contacts';
import { ContactWizard } from '../../features/triage/contact-wizard';
import { AGENCY_LABELS, CASE_STATUS_LABELS, REASON_LABELS, REFERRER_TYPE_LABELS } from '../../lib/labels';
import { choose } from '../support/play';

// A scenario file (scenarios/*.json, shared/spec/scenario-contract.md) played through the wizard as a call
// handler would: the contact is created on the mock backend, every answer is clicked in, and the result is
// checked twice, on screen (route, actions, deadlines in the guidance panel) and in the record the backend
// derived by replaying the saved log through the machine.

export interface ContactScenario {
  id: string;
  title: string;
  authority: AuthorityId;
  receivedAt: string;
  channel: Channel;
  referrer: { type: ReferrerType; agency?: Agency; requestsAnonymity?: boolean; relaysThirdParty?: boolean; consultedHub?: boolean };
  children: { caseStatus: CaseStatus; unborn?: boolean; disability?: boolean }[];
  concern: { immediateDanger: boolean; crimeSuspected: boolean; significantHarm: boolean; harmByAnotherChild?: boolean; allegationAgainstWorker?: boolean };
  parents: { informed: boolean; agreed: boolean; reasonsNotInformed?: ReasonNotInformed[] };
  expect: { route: Route; actions: string[]; deadlines: Record<string, string> };
}

/** Creates the scenario's contact on the mock backend, then runs the wizard on it. */
export function ScenarioContact({ scenario }: { scenario: ContactScenario }) {
  const create = useCreateContact();
  const { mutate } = create;
  useEffect(() => {
    mutate({ authority: scenario.authority, channel: scenario.channel, receivedAt: scenario.receivedAt });
  }, [mutate, scenario]);
  if (create.isError) return <p className="govuk-body">The contact could not be created: {create.error.message}</p>;
  if (!create.data) return <p className="govuk-body">Creating the contact…</p>;
  return <ContactWizard record={create.data} />;
}

const yesNo = (value: boolean | undefined) => (value ? 'Yes' : 'No');

async function clickContinue(canvasElement: HTMLElement) {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue' }));
}

export async function playScenario(canvasElement: HTMLElement, scenario: ContactScenario) {
  const canvas = within(canvasElement);
  const { referrer, children, concern, parents } = scenario;

  await canvas.findByRole('heading', { level: 1, name: 'Who is making the contact?' }, { timeout: 5000 });
  await choose(canvasElement, 'Who is making the contact?', REFERRER_TYPE_LABELS[referrer.type]);
  if (referrer.agency) await choose(canvasElement, 'Which agency are they from?', AGENCY_LABELS[referrer.agency]);
  await choose(canvasElement, 'Do they want to stay anonymous?', yesNo(referrer.requestsAnonymity));
  await choose(canvasElement, 'Are they passing on what someone else told them?', yesNo(referrer.relaysThirdParty));
  if (canvas.queryByRole('group', { name: /Consultation Hub/ })) await choose(canvasElement, /Consultation Hub/, yesNo(referrer.consultedHub));
  await clickContinue(canvasElement);

  await canvas.findByRole('heading', { level: 1, name: 'Which children is the contact about?' });
  for (let i = 1; i < children.length; i++) await userEvent.click(canvas.getByRole('button', { name: 'Add another child' }));
  for (const [i, child] of children.entries()) {
    await choose(canvasElement, `Is child ${i + 1} known to children’s social care?`, CASE_STATUS_LABELS[child.caseStatus]);
    if (child.unborn) await choose(canvasElement, `About child ${i + 1}`, 'Unborn baby');
    if (child.disability) await choose(canvasElement, `About child ${i + 1}`, 'Has a disability');
  }
  await clickContinue(canvasElement);

  await canvas.findByRole('heading', { level: 1, name: 'What is the concern?' });
  await choose(canvasElement, 'Is a child in immediate danger?', yesNo(concern.immediateDanger));
  await choose(canvasElement, 'Might a crime have been committed against a child?', yesNo(concern.crimeSuspected));
  await choose(canvasElement, 'Is there reason to suspect significant harm?', yesNo(concern.significantHarm));
  await choose(canvasElement, 'Was the harm caused by another child?', yesNo(concern.harmByAnotherChild));
  await choose(canvasElement, 'Is the concern about an adult who works or volunteers with children?', yesNo(concern.allegationAgainstWorker));
  await clickContinue(canvasElement);

  await canvas.findByRole('heading', { level: 1, name: 'What do the parents know about this contact?' });
  const state = !parents.informed ? 'They have not been told or asked' : parents.agreed ? 'They know, and agreed to information being shared' : 'They know, but have not agreed to sharing';
  await choose(canvasElement, 'What do the parents know about this contact?', state);
  for (const reason of parents.reasonsNotInformed ?? []) await choose(canvasElement, 'Why were they not told or asked?', REASON_LABELS[reason]);
  await clickContinue(canvasElement);

  // Where the machine sent the contact: a routing page for a redirect, else the information checklist.
  const redirected = scenario.expect.route !== 'front-door' && scenario.expect.route !== 'out-of-hours';
  if (redirected) {
    await waitFor(() => expect(canvas.getByRole('heading', { level: 1 })).toHaveAttribute('data-route', scenario.expect.route));
  } else {
    await canvas.findByRole('heading', { level: 1, name: 'Information to gather' });
  }

  // What the procedure now requires, as the guidance panel shows it.
  const shown = [...canvasElement.querySelectorAll('[data-action]')].map((el) => el.getAttribute('data-action'));
  await expect(shown.sort()).toEqual([...scenario.expect.actions].sort());
  for (const [deadline, due] of Object.entries(scenario.expect.deadlines)) {
    const el = canvasElement.querySelector(`[data-deadline="${deadline}"]`);
    await expect(el, `deadline ${deadline}`).not.toBeNull();
    await expect(Date.parse(el?.getAttribute('data-due') ?? '')).toBe(Date.parse(due));
  }

  // And what the backend derived from the saved log.
  await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('All answers saved'), { timeout: 5000 });
  const record = await serverRecordShown(canvasElement);
  await expect(record.route).toBe(scenario.expect.route);
  await expect(record.actions.map((a) => a.action).sort()).toEqual([...scenario.expect.actions].sort());
}

/** The backend's record for the contact on screen, found by the reference in the page caption. */
async function serverRecordShown(canvasElement: HTMLElement) {
  const reference = within(canvasElement).getAllByText(/FD-[A-Z]{3}-\d{6}/)[0]?.textContent?.match(/FD-[A-Z]{3}-\d{6}/)?.[0];
  const response = await fetch('/api/contacts', { headers: { 'X-User': 'Story', 'X-Role': 'call-handler' } });
  const { items } = (await response.json()) as { items: { id: string; reference: string }[] };
  const summary = items.find((i) => i.reference === reference);
  if (!summary) throw new Error(`No contact ${reference} on the mock backend`);
  return getContact(summary.id);
}
