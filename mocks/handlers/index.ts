import { authoritiesHandlers } from './authorities';
import { childrenHandlers } from './children';
import { contactsHandlers } from './contacts';
import { demoHandlers } from './demo';

// The one list the app (worker), Vitest (server) and Storybook (loader) all start from, so a fixture
// changed here changes everywhere at once. Tests override per case with `server.use(...)`.
export const handlers = [...authoritiesHandlers, ...contactsHandlers, ...childrenHandlers, ...demoHandlers];
