import { setupWorker } from 'msw/browser';
import { faults } from './faults';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);

// For tests driving a real browser (Playwright's page.evaluate): switch the mock backend's faults on and off.
if (typeof window !== 'undefined') window.__frontDoorFaults = faults;
