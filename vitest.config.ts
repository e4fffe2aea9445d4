import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
// Explicit `.js` specifiers (resolved to the .ts files) because Vite warns that extensionless relative
// imports in config files will stop working with its native config loader.
import viteConfig from './vite.config.js';
import { chromiumArgs, chromiumExecutablePath } from './test/support/chromium.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['test/**/*.test.{ts,tsx}'],
            exclude: ['test/e2e/**'],
            setupFiles: ['test/setup.ts'],
          },
        },
        {
          extends: true,
          // The plugin turns every story in .storybook/main.ts's globs into a test: render, play, a11y.
          plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
          // Dependencies Vite only discovers once a story imports them make it re-bundle and reload the
          // browser mid-run, which shows up as flaky story tests. Naming them up front avoids that.
          optimizeDeps: {
            include: ['zod', 'xstate', '@xstate/react', 'react-hook-form', '@hookform/resolvers/zod'],
          },
          test: {
            name: 'storybook',
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({
                launchOptions: { executablePath: chromiumExecutablePath(), args: chromiumArgs },
              }),
              instances: [{ browser: 'chromium' }],
            },
          },
        },
        {
          // Not `extends`: these tests drive a real browser against the built app, so they need neither
          // the React plugin nor jsdom.
          test: {
            name: 'e2e',
            root: dirname,
            environment: 'node',
            include: ['test/e2e/**/*.e2e.ts'],
            globalSetup: ['test/e2e/global-setup.ts'],
            testTimeout: 30_000,
            hookTimeout: 60_000,
            // One preview server and one browser per file: running files side by side on two cores
            // only makes timings noisy.
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
