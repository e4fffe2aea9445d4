import { auditHandlers } from './audit';
import { authoritiesHandlers } from './authorities';
import { childrenHandlers } from './children';
import { contactsHandlers } from './contacts';
import { demoHandlers } from './demo';
import { infoRequestHandlers } from './info-requests';

// The one list the app (worker), Vitest (server) and Storybook (loader) all start from, so a fixture
// changed here changes everywhere at once. Tests override per case with `server.use(...)`.
// The audit handlers come first: they wrap the contacts handler's PUT of events to record what it accepted.
export const handlers = [
  ...auditHandlers,
  ...authoritiesHandlers,
  ...contactsHandlers,
  ...childrenHandlers,
  ...demoHandlers,
  ...infoRequestHandlers,
];
