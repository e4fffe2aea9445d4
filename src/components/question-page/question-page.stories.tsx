import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { QuestionPage, type QuestionPageProps } from './question-page';

// A one-question page that fails validation until an answer is chosen, the way the wizard's steps do.
function Harness(props: Pick<QuestionPageProps, 'title' | 'onBack' | 'aside'> & { onAnswer: (answer: string) => void }) {
  const [answer, setAnswer] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!answer) {
      setErrors([{ fieldId: 'danger', message: 'Select whether a child is in immediate danger' }]);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors([]);
    props.onAnswer(answer);
  };
  const error = errors[0]?.message;
  return (
    <QuestionPage title={props.title} errors={errors} attempt={attempt} onBack={props.onBack} onSubmit={onSubmit} caption="Dorset · Phone call" aside={props.aside}>
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby={error ? 'danger-error' : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
            <h1 className="govuk-fieldset__heading">{props.title}</h1>
          </legend>
          {error && (
            <p id="danger-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <div className="govuk-radios govuk-radios--inline">
            {['yes', 'no'].map((value, i) => (
              <div className="govuk-radios__item" key={value}>
                <input className="govuk-radios__input" id={i === 0 ? 'danger' : `danger-${value}`} type="radio" name="danger" value={value} onChange={() => setAnswer(value)} />
                <label className="govuk-label govuk-radios__label" htmlFor={i === 0 ? 'danger' : `danger-${value}`}>
                  {value === 'yes' ? 'Yes' : 'No'}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </QuestionPage>
  );
}

const meta = {
  title: 'Components/Question page',
  component: Harness,
  args: { title: 'Is a child in immediate danger?', onBack: fn(), onAnswer: fn() },
} satisfies Meta<typeof Harness>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // A new question page moves focus to its heading.
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveFocus();
    await userEvent.click(canvas.getByLabelText('No'));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.onAnswer).toHaveBeenCalledWith('no');
  },
};

export const ErrorOnEmptyContinue: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('alert').parentElement).toHaveFocus();
    await expect(document.title).toMatch(/^Error: Is a child in immediate danger\?/);
    // Every Continue that fails takes focus back to the summary.
    canvas.getByLabelText('Yes').focus();
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('alert').parentElement).toHaveFocus();
  },
};

export const WithBackLinkAndAside: Story = {
  args: {
    aside: (
      <aside className="fd-guidance" aria-label="Guidance">
        <h2 className="govuk-heading-m">Guidance</h2>
        <p className="govuk-body-s">Guidance for the step sits beside the question.</p>
      </aside>
    ),
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Back' }));
    await expect(args.onBack).toHaveBeenCalledOnce();
  },
};
