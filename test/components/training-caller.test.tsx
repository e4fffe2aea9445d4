import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { QuestionStep } from '../../machines/training/questions';
import type { TrainingScenario } from '../../machines/training/training.schema';
import { useCallLog } from '../../src/features/training/call-log';
import { CallerPanel } from '../../src/features/training/caller-panel';
import { HintPanel } from '../../src/features/training/hint-panel';
import { shippedScenario } from './training-support';

// The simulated caller as a trainee meets it: the opening line, lines volunteered on reaching a step, Ask
// buttons for the step's questions, replies in a polite live transcript, "does not know" marked in words,
// and the transcript kept across a reload.

const scenario = shippedScenario('der-training-anonymous-sunday-night');

function Call({ s, step, walkKey = 'contact-1' }: { s: TrainingScenario; step: QuestionStep | undefined; walkKey?: string }) {
  const { log, reach, ask } = useCallLog(walkKey);
  useEffect(() => {
    if (step) reach(step);
  }, [step, reach]);
  return <CallerPanel scenario={s} step={step} log={log} onAsk={ask} />;
}

beforeEach(() => localStorage.clear());

describe('caller panel', () => {
  it('opens with the caller’s opening line and what they volunteer at the first step, in a polite live region', () => {
    render(<Call s={scenario} step="referrer" />);
    const transcript = screen.getByRole('log', { name: 'Transcript' });
    expect(transcript).toHaveAttribute('aria-live', 'polite');
    const lines = within(transcript).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines[0]).toBe(`${scenario.training.persona.name}: ${scenario.training.opening}`);
    expect(lines[1]).toContain('Don’t ask my name, I won’t give it.');
    // A line given only if asked is not heard until it is asked.
    expect(transcript).not.toHaveTextContent('I live on the same street.');
  });

  it('answers an asked question in the transcript and takes its button away', async () => {
    const user = userEvent.setup();
    render(<Call s={scenario} step="referrer" />);
    await user.click(screen.getByRole('button', { name: /Can I take your name, and how do you know the family\?/ }));

    const transcript = screen.getByRole('log', { name: 'Transcript' });
    expect(transcript).toHaveTextContent('You: Can I take your name, and how do you know the family?');
    expect(transcript).toHaveTextContent(`${scenario.training.persona.name}: I live on the same street.`);
    expect(screen.queryByRole('button', { name: /Can I take your name/ })).not.toBeInTheDocument();
  });

  it('marks an answer the caller does not know in words, and gives an unscripted question a “cannot help” reply', async () => {
    const user = userEvent.setup();
    render(<Call s={scenario} step="checklist" />);
    const familyIssues = scenario.training.lines.find((l) => l.question === 'checklist:family-issues');
    expect(familyIssues?.dontKnow).toBe(true);
    const ask = screen.getAllByRole('button').find((b) => b.textContent?.toLowerCase().includes('domestic abuse'));
    expect(ask).toBeDefined();
    await user.click(ask!);
    const transcript = screen.getByRole('log', { name: 'Transcript' });
    const reply = within(transcript).getByText((_, el) => el?.tagName === 'LI' && el.textContent?.includes(familyIssues!.says) === true);
    expect(reply).toHaveTextContent('Does not know');

    const unscripted = screen.getAllByRole('button', { name: /^Ask:/ })[0]!;
    await user.click(unscripted);
    expect(within(transcript).getAllByText('Does not know').length).toBe(2);
  });

  it('keeps the transcript across a reload (stored by the walk-through’s key)', async () => {
    const user = userEvent.setup();
    const first = render(<Call s={scenario} step="referrer" />);
    await user.click(screen.getByRole('button', { name: /Can I take your name/ }));
    first.unmount();

    render(<Call s={scenario} step="referrer" />);
    expect(screen.getByRole('log', { name: 'Transcript' })).toHaveTextContent('I live on the same street.');
    expect(screen.queryByRole('button', { name: /Can I take your name/ })).not.toBeInTheDocument();
  });

  it('offers no questions between steps (routing, check answers)', () => {
    render(<Call s={scenario} step={undefined} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('guided hint', () => {
  it('cites the rules the call teaches that bear on the step, with the authority’s section', () => {
    render(<HintPanel scenario={scenario} step="referrer" />);
    const hint = screen.getByTestId('training-hint');
    expect(hint).toHaveTextContent('Hint: who is calling');
    expect(hint).toHaveTextContent('(ANON-RECORD-EXPLAIN)');
    expect(hint).toHaveTextContent(/Derbyshire/);
    // CONSENT-MANAGER-OVERRIDE is taught by this call, but at the parents step.
    expect(hint).not.toHaveTextContent('CONSENT-MANAGER-OVERRIDE');
  });

  it('names the consent rule at the parents step', () => {
    render(<HintPanel scenario={scenario} step="parents" />);
    expect(screen.getByTestId('training-hint')).toHaveTextContent('(CONSENT-MANAGER-OVERRIDE)');
  });
});
