import type { Preview } from '@storybook/react-vite';
import { QueryClientProvider } from '@tanstack/react-query';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { handlers } from '../mocks/handlers';
import { createQueryClient } from '../src/app/query-client';
import '../src/app/global.scss';

const preview: Preview = {
  loaders: [
    // The app's handlers are given to setupWorker so they survive the addon's reset between stories;
    // a story overrides them with `parameters.msw` or `msw.use()` in its `beforeEach`.
    mswLoader(async () => {
      const worker = setupWorker(...handlers);
      await worker.start({
        serviceWorker: { url: '/mockServiceWorker.js' },
        onUnhandledRequest: 'bypass',
        quiet: true,
      });
      return worker;
    }),
  ],
  // The wizard keeps unsaved answers in localStorage per contact id; a story must not resume another
  // run's answers, so every story starts with none.
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('front-door:contact-events:')) localStorage.removeItem(key);
    }
  },
  decorators: [
    // A fresh client per story, so no story sees another's cached responses.
    (Story) => (
      <QueryClientProvider client={createQueryClient()}>
        <Story />
      </QueryClientProvider>
    ),
  ],
  parameters: {
    // Every story is an accessibility test: an axe violation fails it under Vitest, not just a panel.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;
