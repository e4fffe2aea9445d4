import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import { AuthorPage } from '../../src/features/training/author-page';
import { mockUser, signIn, signOut } from '../../src/lib/session';
import { api } from '../mocks/support';
import { shippedScenario, withQuery } from './training-support';

// Deleting a scenario a trainer wrote: only after a confirmation, and never a shipped one (the page offers
// no delete for it; the server refuses one too).

const trainer = { name: 'Pat Trainer', role: 'trainer' } as const;
const authored = { ...shippedScenario('der-training-anonymous-sunday-night'), id: 'der-my-sunday-night', title: 'My Sunday night call' };

beforeEach(async () => {
  await resetStore();
  const created = await api('POST', '/api/training/scenarios', { as: trainer, body: authored });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  signIn(mockUser('derbyshire', 'trainer'));
});
afterEach(() => signOut());

describe('deleting an authored scenario', { timeout: 30_000 }, () => {
  it('asks first; "No, keep it" keeps the scenario and gives focus back to the button', async () => {
    const user = userEvent.setup();
    render(withQuery(<AuthorPage id={authored.id} />));
    await user.click(await screen.findByRole('button', { name: 'Delete this scenario: My Sunday night call' }));

    expect(screen.getByRole('heading', { name: 'Are you sure you want to delete “My Sunday night call”?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(screen.getByRole('button', { name: 'Delete this scenario: My Sunday night call' })).toHaveFocus();
    expect((await api('GET', `/api/training/scenarios/${authored.id}`, { as: trainer })).status).toBe(200);
  });

  it('deletes on "Yes, delete it": the page says so in place of the form, and the scenario is gone', async () => {
    const user = userEvent.setup();
    render(withQuery(<AuthorPage id={authored.id} />));
    await user.click(await screen.findByRole('button', { name: 'Delete this scenario: My Sunday night call' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Scenario deleted' })).toHaveFocus();
    expect(screen.getByText('“My Sunday night call” was deleted. Trainees can no longer take it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
    expect((await api('GET', `/api/training/scenarios/${authored.id}`, { as: trainer })).status).toBe(404);
    const list = await api<{ items: { id: string }[] }>('GET', '/api/training/scenarios', { as: trainer });
    expect(list.body.items.map((s) => s.id)).not.toContain(authored.id);
  });

  it('says why when the server refuses, and keeps the question open', async () => {
    const user = userEvent.setup();
    render(withQuery(<AuthorPage id={authored.id} />));
    await user.click(await screen.findByRole('button', { name: 'Delete this scenario: My Sunday night call' }));
    // Deleted elsewhere meanwhile (another trainer): this delete finds nothing.
    expect((await api('DELETE', `/api/training/scenarios/${authored.id}`, { as: trainer })).status).toBe(204);
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/The scenario was not deleted: .*not found/i);
    expect(screen.getByRole('button', { name: 'Yes, delete it' })).toBeInTheDocument();
  });

  it('offers no delete for a shipped scenario, which is copied instead', async () => {
    render(withQuery(<AuthorPage id="der-training-anonymous-sunday-night" />));
    expect(await screen.findByRole('heading', { level: 1, name: /^Copy: / })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete this scenario/ })).not.toBeInTheDocument();
    // And the server would refuse it anyway.
    expect((await api('DELETE', '/api/training/scenarios/der-training-anonymous-sunday-night', { as: trainer })).status).toBe(409);
  });
});
