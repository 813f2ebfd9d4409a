import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser, chromiumArgs } from './scripts/find-browser.mjs';
import { testRoutesMiddleware } from './scripts/wtr-test-routes.mjs';

// A visitor far from Kazakhstan (UTC-10, no DST) proves that times do not depend on the
// browser's own zone; tests that need another zone emulate it themselves.
const timezone = process.env.DAUYS_TEST_TZ ?? 'Pacific/Honolulu';

export default {
  files: ['packages/widgets/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['dauys-source', 'production', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './packages/widgets/tsconfig.json', target: 'es2022' })],
  middleware: [testRoutesMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser(),
        headless: true,
        args: chromiumArgs,
        env: { ...process.env, TZ: timezone },
      },
    }),
  ],
  // One test file at a time: in headless Chromium a second page is a background page that gets
  // no animation frames, so fixtures that wait for a frame never settle.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['packages/widgets/src/**/*.ts'],
    exclude: ['**/*.test.ts', '**/generated/**', '**/node_modules/**'],
    threshold: { statements: 80, branches: 70, functions: 75, lines: 80 },
  },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
