import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import { api } from '../mocks/support';
import { AuthorForm, AuthorPage } from '../../src/features/training/author-page';
import { emptyForm } from '../../src/features/training/author-form';
import { mockUser, signIn, signOut } from '../../src/lib/session';
import { withQuery } from './training-support';

// Authoring as a trainer meets it: the form is validated by the training scenario schema with messages
// naming each field; an imported file is checked first and a bad one is refused with messages naming the
// fields while the form keeps what was typed; a good one fills the form; Preview runs the scenario runner.

const fileText = (id: string) => readFileSync(resolve(__dirname, '../../training/scenarios', `${id}.json`), 'utf8');
const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

afterEach(() => signOut());

// A long form in jsdom, on a machine shared with other work: generous time per test (nothing here is timed).
describe('authoring', { timeout: 30_000 }, () => {
  it('refuses an empty scenario with an error summary naming each field, linked to its input', async () => {
    const user = userEvent.setup();
    render(withQuery(<AuthorForm initial={emptyForm()} heading="Write a training scenario" />));
    await user.click(screen.getByRole('button', { name: 'Save the scenario' }));

    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    const text = links.map((a) => a.textContent ?? '');
    for (const name of ['Scenario id', 'Title', 'Authority', 'Received at', 'Who is calling', 'Expected route', 'Difficulty', 'Learning goals', 'Rules the call teaches', 'Opening line']) {
      expect(text.some((t) => t.startsWith(`${name}:`)), `${name} in ${text.join(' | ')}`).toBe(true);
    }
    // Each link leads to an input that exists, and the input shows the same message inline.
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target, link.getAttribute('href')!).not.toBeNull();
    }
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(/Title:/);
    expect(document.title).toMatch(/^Error: /);
  });

  it('refuses a bad file with messages naming the fields, and keeps what was entered', async () => {
    const user = userEvent.setup();
    render(withQuery(<AuthorForm initial={emptyForm()} heading="Write a training scenario" />));
    await user.type(screen.getByLabelText('Title'), 'My draft call');
    const bad = JSON.parse(fileText('der-training-anonymous-sunday-night'));
    bad.authority = 'atlantis';
    bad.training.difficulty = 'easy';
    delete bad.training.opening;
    await user.upload(screen.getByLabelText('Import a scenario from a JSON file'), jsonFile('bad.json', JSON.stringify(bad)));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('bad.json: Authority:');
    expect(summary).toHaveTextContent('bad.json: Difficulty:');
    expect(summary).toHaveTextContent('bad.json: Opening line: Enter the caller’s opening line');
    expect(screen.getByLabelText('Title')).toHaveValue('My draft call');
    expect(screen.getByLabelText('Import a scenario from a JSON file')).toHaveAccessibleDescription(/The file was not imported/);
  });

  it('refuses a file that is not JSON at all', async () => {
    const user = userEvent.setup();
    render(withQuery(<AuthorForm initial={emptyForm()} heading="Write a training scenario" />));
    await user.upload(screen.getByLabelText('Import a scenario from a JSON file'), jsonFile('notes.json', 'caller says hello'));
    expect(await screen.findByRole('alert')).toHaveTextContent('notes.json: The file: Not valid JSON');
  });

  it('fills the form from a good file, and Preview shows what the machine expects and that the file agrees', async () => {
    const user = userEvent.setup();
    render(withQuery(<AuthorForm initial={emptyForm()} heading="Write a training scenario" />));
    await user.upload(screen.getByLabelText('Import a scenario from a JSON file'), jsonFile('good.json', fileText('der-training-anonymous-sunday-night')));

    expect(await screen.findByRole('status')).toHaveTextContent('Imported “Anonymous caller late on Sunday');
    expect(screen.getByLabelText('Scenario id')).toHaveValue('der-training-anonymous-sunday-night');
    expect(screen.getByLabelText('Caller’s name (as the transcript shows it)')).toHaveValue('Caller from a nearby house');

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByTestId('preview');
    expect(preview).toHaveTextContent('Front door screening (front-door)');
    expect(within(preview).getByTestId('preview-agrees')).toBeInTheDocument();
  });

  it('shows where the expected result disagrees with the machine', async () => {
    const user = userEvent.setup();
    render(withQuery(<AuthorForm initial={emptyForm()} heading="Write a training scenario" />));
    await user.upload(screen.getByLabelText('Import a scenario from a JSON file'), jsonFile('good.json', fileText('der-training-anonymous-sunday-night')));
    await screen.findByRole('status');
    await user.selectOptions(screen.getByLabelText('Expected route'), 'out-of-hours');
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(await screen.findByTestId('preview-differences')).toHaveTextContent('route: you expect "out-of-hours", the machine gives "front-door"');
  });

  it('saves as a trainer: an id already taken is refused on the id field, a new id is stored', async () => {
    await resetStore();
    signIn(mockUser('derbyshire', 'trainer'));
    const user = userEvent.setup();
    render(withQuery(<AuthorForm initial={emptyForm()} heading="Write a training scenario" />));
    await user.upload(screen.getByLabelText('Import a scenario from a JSON file'), jsonFile('good.json', fileText('der-training-anonymous-sunday-night')));
    await screen.findByRole('status');

    // The shipped scenario's own id: the server answers 409 and the form says so beside the id.
    await user.click(screen.getByRole('button', { name: 'Save the scenario' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This id is already used by another scenario');
    expect(screen.getByLabelText('Scenario id')).toHaveAccessibleDescription(/already used/);

    await user.clear(screen.getByLabelText('Scenario id'));
    await user.type(screen.getByLabelText('Scenario id'), 'der-my-sunday-night');
    await user.click(screen.getByRole('button', { name: 'Save the scenario' }));
    await expect.poll(() => window.location.pathname).toBe('/training/author/der-my-sunday-night');
    const stored = await api('GET', '/api/training/scenarios/der-my-sunday-night', { as: { name: 'Pat', role: 'trainer' } });
    expect(stored.body).toMatchObject({ source: 'authored', version: 1, scenario: { id: 'der-my-sunday-night', authority: 'derbyshire' } });
  });

  it('tells someone who is not a trainer who may write scenarios', () => {
    signIn(mockUser('derbyshire', 'call-handler'));
    render(withQuery(<AuthorPage />));
    expect(screen.getByText(/Only a trainer can write or edit scenarios\. You are signed in as Dev Moss \(Call handler\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save the scenario' })).not.toBeInTheDocument();
  });
});
