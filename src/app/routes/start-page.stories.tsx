import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, within } from 'storybook/test';
import { StartPage } from './start-page';

const meta = {
  title: 'Pages/Start page',
  component: StartPage,
} satisfies Meta<typeof StartPage>;

export default meta;
type Story = StoryObj<typeof meta>;

// Served by the shared handlers through the MSW worker, as in the app.
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Authorities' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(5);
  },
};

export const AuthoritiesUnavailable: Story = {
  parameters: {
    msw: [http.get('/api/authorities', () => new HttpResponse(null, { status: 503 }))],
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('could not be loaded');
  },
};
