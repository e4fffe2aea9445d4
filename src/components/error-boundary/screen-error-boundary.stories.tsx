import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useState } from 'react';
import { ScreenErrorBoundary } from './screen-error-boundary';

// A screen that crashes while it renders, until told not to: what the boundary shows, and Try again.
function Crashing({ crash }: { crash: boolean }) {
  if (crash) throw new Error('Cannot read properties of undefined (reading "deadlines")');
  return <h1 className="govuk-heading-l">Which children is the contact about?</h1>;
}

function Harness() {
  const [crash, setCrash] = useState(true);
  return (
    <>
      <ScreenErrorBoundary>
        <Crashing crash={crash} />
      </ScreenErrorBoundary>
      {crash && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setCrash(false)}>
          Fix the screen
        </button>
      )}
    </>
  );
}

const meta = {
  title: 'Components/Screen error boundary',
  component: Harness,
} satisfies Meta<typeof Harness>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AfterACrash: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with this page' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByText(/Nothing you entered has been lost/)).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Go back' })).toBeInTheDocument();
    // Once the cause is gone, Try again shows the screen.
    await userEvent.click(canvas.getByRole('button', { name: 'Fix the screen' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Which children is the contact about?' })).toBeInTheDocument();
  },
};
