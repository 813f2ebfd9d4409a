import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook over stories/ (one file per widget, plus docs pages). Offline and quiet: telemetry
 * off, no update check, no crash reports; widgets and @dauys/schema come from their TypeScript
 * sources (the `source` export condition), Lit in its production build.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['source', 'production', 'browser', 'module'] },
      build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
      // The preview is served from its own folder; nothing should be fetched from elsewhere.
      server: { host: '127.0.0.1' },
    });
  },
};

export default config;
