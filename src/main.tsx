import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { worker } from '../mocks/browser';
import { setTransportReady } from './api/transport';
import { App } from './app/app';
import './app/global.scss';

// There is no back end: the mock API is the API, in development and in the production build alike. It is
// started alongside the first render, not before it (the first question needs no data, and registering the
// service worker took over a second on a cold start); every request waits until the worker intercepts
// (src/api/transport.ts). Its code is loaded with the app's (a dynamic import made a quick navigation abort
// its chunks mid-load, which the browser reports as failed requests).
async function startMockApi() {
  try {
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    // For tests that call the API straight from the page: from now on the worker answers.
    document.documentElement.dataset.mockApi = 'ready';
  } catch (error) {
    // Without service workers (some private browsing modes) the shell still renders and every query
    // shows its error state, which says more than a blank page.
    console.error('Front Door could not start its mock API', error);
  }
}

setTransportReady(startMockApi());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
