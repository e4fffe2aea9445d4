import { faultHandler } from '../faults';
import { auditHandlers } from './audit';
import { authoritiesHandlers } from './authorities';
import { childrenHandlers } from './children';
import { contactsHandlers } from './contacts';
import { demoHandlers } from './demo';
import { infoRequestHandlers } from './info-requests';
import { trainingHandlers } from './training';

// The one list the app (worker), Vitest (server) and Storybook (loader) all start from, so a fixture
// changed here changes everywhere at once. Tests override per case with `server.use(...)`.
// The audit handlers come first: they wrap the contacts handler's PUT of events to record what it accepted.
/** Every /api handler, without fault injection (the fault handler runs them for a timeout's lost answer). */
export const apiHandlers = [
  ...auditHandlers,
  ...authoritiesHandlers,
  ...contactsHandlers,
  ...childrenHandlers,
  ...demoHandlers,
  ...infoRequestHandlers,
  ...trainingHandlers,
];

// Fault injection (mocks/faults.ts) goes in front of everything: it answers nothing unless a test or the
// dev panel switched a fault on, and then fails matching requests before (or instead of) the real handler.
export const handlers = [faultHandler(apiHandlers), ...apiHandlers];
