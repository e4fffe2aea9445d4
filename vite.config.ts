import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app's own build and dev server. Test projects live in vitest.config.ts so that `vite`, `vite build`
// and Storybook (which reads this file) never load the Storybook test plugin or browser provider.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  css: {
    preprocessorOptions: {
      scss: {
        // govuk-frontend 5 is still written with @import; its deprecation warnings are not ours to fix
        // and would bury real warnings from our own styles.
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'mixed-decls'],
      },
    },
  },
});
