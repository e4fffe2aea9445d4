import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { worker } from '../mocks/browser';
import { App } from './app/app';
import './app/global.scss';

// There is no back end: the mock API is the API, in development and in the production build alike,
// so the worker must be intercepting before the first query fires.
async function startMockApi() {
  try {
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  } catch (error) {
    // Without service workers (some private browsing modes) the shell still renders and every query
    // shows its error state, which says more than a blank page.
    console.error('Front Door could not start its mock API', error);
  }
}

await startMockApi();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
