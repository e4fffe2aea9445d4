import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  // Serves public/mockServiceWorker.js at the root, where the MSW loader registers it.
  staticDirs: ['../public'],
  // The build machine has no internet access; a telemetry call only adds a timeout.
  core: { disableTelemetry: true },
};

export default config;
