import { expect, userEvent, within } from 'storybook/test';

/** The GOV.UK error pattern every step shares: Continue with nothing answered puts focus on the summary. */
export async function continueEmptyShowsErrorSummary(canvasElement: HTMLElement, firstMessage: string | RegExp) {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
  const alert = await canvas.findByRole('alert');
  await expect(alert.closest('.govuk-error-summary')).toHaveFocus();
  await expect(within(alert).getAllByRole('link')[0]).toHaveTextContent(firstMessage);
  await expect(document.title).toMatch(/^Error: /);
}

/** Picks an answer inside the fieldset whose legend is the question. */
export async function choose(canvasElement: HTMLElement, question: string | RegExp, answer: string | RegExp) {
  const group = within(canvasElement).getByRole('group', { name: question });
  await userEvent.click(within(group).getByLabelText(answer));
}
