import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/app/query-client';
import { api, FRONT_DOOR } from '../mocks/support';

// A crash inside a screen: the screen's error boundary says what happened in plain words, offers Try again
// and Go back, and the wizard's draft (kept in localStorage as each answer is given) is untouched, so the
// call comes back where it was after Try again and after a reload.

// The guidance panel renders beside every wizard step; making it throw on demand stands in for any bug in
// a screen's render.
const crash = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/features/triage/guidance-panel', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/features/triage/guidance-panel')>();
  return {
    ...original,
    GuidancePanel: (props: Parameters<typeof original.GuidancePanel>[0]) => {
      if (crash.on) throw new Error('Cannot read properties of undefined (reading "deadlines")');
      return original.GuidancePanel(props);
    },
  };
});

const draftOf = (id: string) =>
  JSON.parse(localStorage.getItem(`front-door:contact-events:${id}`) ?? 'null') as { events: { type: string }[] } | null;

function renderApp() {
  return render(<App queryClient={createQueryClient()} />);
}

const pick = (name: string, value: string) => {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  if (!input) throw new Error(`no ${name}=${value} radio`);
  return input;
};

let id = '';

beforeEach(async () => {
  await resetStore();
  localStorage.clear();
  crash.on = false;
  const created = await api('POST', '/api/contacts', { body: FRONT_DOOR });
  id = created.body.id;
  window.history.pushState(null, '', `/contacts/${id}`);
  // React logs a caught render error to the console; the test asserts on the page instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  // jsdom has no scrolling; the router scrolls to the top on navigation.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  window.history.pushState(null, '', '/');
});

describe('screen error boundary', () => {
  it('shows a plain message with Try again and Go back, and keeps the draft for after the crash and a reload', async () => {
    const user = userEvent.setup();
    const first = renderApp();

    // The wizard is a lazy chunk: the first screen can take a moment to arrive.
    await screen.findByRole('heading', { level: 1, name: 'Who is making the contact?' }, { timeout: 10_000 });
    await user.click(pick('type', 'public'));
    await user.click(pick('requestsAnonymity', 'no'));
    await user.click(pick('relaysThirdParty', 'no'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Which children is the contact about?' });
    await user.click(pick('children.0.caseStatus', 'unknown'));

    // The next page crashes while it renders.
    crash.on = true;
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with this page' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Nothing you entered has been lost/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go back' })).toBeInTheDocument();
    expect(document.title).toBe('Sorry, there is a problem with this page – Front Door');
    // The rest of the app (header, footer) is still there.
    expect(screen.getByRole('link', { name: 'Developer tools: make the mock server fail' })).toBeInTheDocument();

    // Both answers, including the one given as the page crashed, are in this browser's draft.
    expect(draftOf(id)?.events.map((e) => e.type)).toEqual(['referrer.identified', 'children.recorded']);

    // Fixed (say, the data that tripped it changed): Try again shows the step the call had reached.
    crash.on = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'What is the concern?' });

    // A reload (a fresh app on the same address) comes back on the same step, with the earlier answers.
    first.unmount();
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'What is the concern?' }, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'Which children is the contact about?' });
    expect(pick('children.0.caseStatus', 'unknown')).toBeChecked();
    // Two renders of the whole app and a dozen clicks: seconds on a busy machine.
  }, 20_000);

  it('clears the message when the call handler goes to another screen', async () => {
    crash.on = true;
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with this page' }, { timeout: 10_000 });
    crash.on = false;
    await user.click(screen.getByRole('link', { name: 'Go to your contacts' }));
    await screen.findByRole('heading', { level: 1, name: 'Contacts' }, { timeout: 10_000 });
    expect(screen.queryByText('Sorry, there is a problem with this page')).not.toBeInTheDocument();
    expect(window.location.pathname).toBe('/contacts');
  });
});
