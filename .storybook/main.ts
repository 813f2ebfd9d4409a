import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook over stories/ (one file per widget, plus docs pages). Offline and quiet: telemetry
 * off, no update check, no crash reports; widgets and @dauys/schema come from their TypeScript
 * sources (the `dauys-source` export condition). `build-storybook` bundles Lit's production build;
 * the dev server keeps Lit's development build (its warnings help while writing stories).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    const merged = mergeConfig(viteConfig, {
      build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
      // Storybook's renderer imports this Lit module directly; pre-bundled with Lit, it shares
      // Lit's one copy in the dev server instead of loading a second one.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      server: {
        host: '127.0.0.1',
        // Build output, coverage and scratch pages change while other commands run.
        watch: {
          ignored: ['**/coverage/**', '**/storybook-static/**', '**/.tmp/**', '**/dist/**', '**/cdn/**'],
        },
      },
    });
    // Replaced, not merged (mergeConfig would append to Storybook's list): stories, widgets and
    // @dauys/schema from source, and in the static build Lit's production build.
    merged.resolve = { ...merged.resolve, conditions: ['dauys-source', 'production', 'browser', 'module'] };
    return merged;
  },
};

export default config;
