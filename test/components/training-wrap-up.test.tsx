import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { WrapUp } from '../../machines/training/score';
import { WrapUpForm } from '../../src/features/training/wrap-up';

// The questions after the call, as a GOV.UK question page: validation on Continue with an error summary,
// UK wall time turned into an instant with the right offset, and "I do not know" sent as null.

const ALL = ['decisionDue', 'agencyChecksNow', 'tellFamilyWhoCalled'] as const;

describe('wrap-up questions', () => {
  it('lists every unanswered question in the error summary and keeps the page title prefixed', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn<(w: WrapUp) => Promise<void>>();
    render(<WrapUpForm questions={ALL} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Finish and see the debrief' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#dueDate', 'Enter the date the decision is due, like 2026-03-05'],
      ['#dueTime', 'Enter the time the decision is due in 24-hour format, like 23:59'],
      ['#agencyChecksNow', 'Select whether checks with other agencies may start now'],
      ['#tellFamilyWhoCalled', 'Select whether the family may be told who made the contact'],
    ]);
    expect(document.title).toBe('Error: After the call – Front Door');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the decision time as an instant in UK time (summer time here) with the yes/no answers', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn<(w: WrapUp) => Promise<void>>().mockResolvedValue();
    render(<WrapUpForm questions={ALL} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('Date'), '2026-07-02');
    await user.type(screen.getByLabelText('Time'), '23:59');
    await user.click(within(screen.getByRole('group', { name: /checks with other agencies/ })).getByLabelText('No'));
    await user.click(within(screen.getByRole('group', { name: /who made this contact/ })).getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Finish and see the debrief' }));

    expect(onSubmit).toHaveBeenCalledWith({ decisionDue: '2026-07-02T23:59:00+01:00', agencyChecksNow: false, tellFamilyWhoCalled: false });
  });

  it('asks only the questions that apply, and sends “I do not know” as null', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn<(w: WrapUp) => Promise<void>>().mockResolvedValue();
    render(<WrapUpForm questions={['decisionDue', 'tellFamilyWhoCalled']} onSubmit={onSubmit} />);
    expect(screen.queryByRole('group', { name: /checks with other agencies/ })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('I do not know'));
    await user.click(within(screen.getByRole('group', { name: /who made this contact/ })).getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Finish and see the debrief' }));

    expect(onSubmit).toHaveBeenCalledWith({ decisionDue: null, tellFamilyWhoCalled: true });
  });

  it('keeps every answer and says so when sending fails', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn<(w: WrapUp) => Promise<void>>().mockRejectedValue(new Error('The server did not answer'));
    render(<WrapUpForm questions={['tellFamilyWhoCalled']} onSubmit={onSubmit} />);
    await user.click(screen.getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Finish and see the debrief' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your answers were not sent: The server did not answer');
    expect(screen.getByLabelText('Yes')).toBeChecked();
  });
});
