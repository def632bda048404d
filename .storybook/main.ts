// Storybook for the widgets: stories in stories/, docs from packages/widgets/custom-elements.json.
// Start with `npm run storybook` (it starts a sandbox too); see scripts/storybook.ts.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(config) {
    // Widgets and core from their sources, like the tests and `npm start`.
    config.resolve ??= {};
    config.resolve.conditions = ['@learning-city/source', 'browser', 'module', 'import', 'default'];
    return config;
  },
};

export default config;
