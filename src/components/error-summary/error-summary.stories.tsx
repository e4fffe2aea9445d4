import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ErrorSummary } from './error-summary';

const meta = {
  title: 'Components/Error summary',
  component: ErrorSummary,
  args: {
    errors: [
      { fieldId: 'referrer-name', message: 'Enter the name of the person making the contact' },
      { fieldId: 'child-age', message: 'Enter the child’s age in years' },
    ],
  },
  // The fields the summary links to, as they would sit on a question page below it.
  render: (args) => (
    <>
      <ErrorSummary {...args} />
      <div className="govuk-form-group govuk-form-group--error">
        <label className="govuk-label" htmlFor="referrer-name">
          Name of the person making the contact
        </label>
        <p id="referrer-name-error" className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> Enter the name of the person making the contact
        </p>
        <input
          className="govuk-input govuk-input--error"
          id="referrer-name"
          name="referrerName"
          type="text"
          aria-describedby="referrer-name-error"
        />
      </div>
      <div className="govuk-form-group govuk-form-group--error">
        <label className="govuk-label" htmlFor="child-age">
          Child’s age in years
        </label>
        <p id="child-age-error" className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> Enter the child’s age in years
        </p>
        <input
          className="govuk-input govuk-input--width-3 govuk-input--error"
          id="child-age"
          name="childAge"
          type="text"
          inputMode="numeric"
          aria-describedby="child-age-error"
        />
      </div>
    </>
  ),
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TakesFocusOnMount: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('alert').parentElement;
    await expect(summary).toHaveFocus();
    await expect(canvas.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeVisible();
  },
};

export const LinksMoveFocusToTheField: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: 'Enter the child’s age in years' }));
    await expect(canvas.getByLabelText('Child’s age in years')).toHaveFocus();
  },
};

export const NoErrorsRendersNothing: Story = {
  args: { errors: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('alert')).not.toBeInTheDocument();
  },
};
