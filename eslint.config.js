import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

const FEATURES = ['triage', 'chart', 'training', 'desk', 'info-requests'];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => names.map(escapeRegex).join('|');

// no-restricted-imports sees only the import string, not the resolved file, so each boundary is written
// twice: once for paths that name the folder (`../../features/chart/x`, `src/...`) and once for a relative
// hop to a sibling (`../chart/x` from inside src/features/triage). A feature that names one of its own
// sub-folders after another feature would trip the second form; rename the sub-folder.
function featureBoundary(feature) {
  const others = FEATURES.filter((name) => name !== feature);
  return {
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)features/(${anyOf(others)})(/|$)`,
              message: `Features do not import each other. Move what ${feature} shares into src/components, src/api or machines/, or compose the features in src/app.`,
            },
            {
              regex: `^(\\.\\./)+(${anyOf(others)})(/|$)`,
              message: `Features do not import each other. Move what ${feature} shares into src/components, src/api or machines/, or compose the features in src/app.`,
            },
          ],
        },
      ],
    },
  };
}

export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', '.scratch*/', 'storybook-static/', 'coverage/', 'public/mockServiceWorker.js', 'node_modules/', '.vitest-reports/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // `_`-prefixed names mark a parameter that a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The procedure engine must run headless (scenario CLI, model-based tests) and be readable on its own:
    // no UI framework, no app code, no mocks, no browser I/O. See shared/spec/conventions.md §1.
    files: ['machines/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|@xstate/react)(/.*)?$',
              message: 'machines/ is pure TypeScript: React belongs in src/. Expose what the UI needs from the machine (tags, meta, can()) instead.',
            },
            {
              regex: '(^|/)(src|mocks)(/|$)',
              message: 'machines/ must not depend on the app (src/) or the mock API (mocks/); the dependency runs the other way.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'machines/ does no I/O: give the machine an actor with .provide() instead.' },
        { name: 'window', message: 'machines/ must run without a DOM.' },
        { name: 'document', message: 'machines/ must run without a DOM.' },
        { name: 'localStorage', message: 'machines/ does no I/O: persistence belongs to the app.' },
      ],
    },
  },
  ...FEATURES.map(featureBoundary),
  {
    // Shared code flows one way, shared -> features -> app: the shared layers never reach up.
    files: ['src/components/**/*.{ts,tsx}', 'src/api/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(features|app)(/|$)',
              message: 'Shared components and API hooks must not import features or the app shell; pass what they need in as props.',
            },
          ],
        },
      ],
    },
  },
);
