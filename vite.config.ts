import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

type PostcssAtRule = { params: string; remove: () => void };

// govuk-frontend still ships an IE 9–11 hack, `@media ... and (min-width: 0\0)`, in the service
// navigation styles. Sass turns the escaped NUL into U+FFFD, which Vite's CSS minifier (Lightning CSS)
// rejects as an invalid media query, failing the build. No browser we support matches that query, so the
// rule is dropped before minifying.
const dropInternetExplorerMediaHacks = {
  postcssPlugin: 'front-door:drop-ie-media-hacks',
  AtRule: {
    media(rule: PostcssAtRule) {
      if (/\\0|\uFFFD/.test(rule.params)) rule.remove();
    },
  },
};

// The app's own build and dev server. Test projects live in vitest.config.ts so that `vite`, `vite build`
// and Storybook (which reads this file) never load the Storybook test plugin or browser provider.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    // The mock API (MSW) ships in the production bundle on purpose, which puts the one chunk just over
    // Vite's 500 kB default; warn only if it grows well past that.
    chunkSizeWarningLimit: 800,
  },
  css: {
    postcss: { plugins: [dropInternetExplorerMediaHacks] },
    preprocessorOptions: {
      scss: {
        // govuk-frontend 5 is still written with @import; its deprecation warnings are not ours to fix
        // and would bury real warnings from our own styles.
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin'],
      },
    },
  },
});
