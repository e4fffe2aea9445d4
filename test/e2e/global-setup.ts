import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { E2E_PORT } from './support/app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The e2e suite tests the production build, not the dev server: that is what proves the MSW worker
// and the GOV.UK assets survive `vite build`. Building is the caller's job (scripts/e2e.mjs) so that
// a failing build is reported as a build failure rather than as a test failure.
export default async function setup() {
  // E2E_DIST lets parallel work build into its own folder (e.g. dist-training) without clobbering dist/.
  const dist = path.resolve(root, process.env.E2E_DIST ?? 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error('dist/ has no build to test. Run `npm run build` first, or `npm run test:e2e` which does both.');
  }
  const server = await preview({
    root,
    // No config file: serving static files needs none, and loading it would pull in the app plugins.
    configFile: false,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { port: E2E_PORT, strictPort: true, host: 'localhost' },
  });
  return async () => {
    await server.close();
  };
}
