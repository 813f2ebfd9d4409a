// `npm run dev`: serves the repository with TypeScript sources compiled on the fly, so a page
// such as /demo/dev.html can import /packages/widgets/src/<widget>/define.ts directly.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: { exportConditions: ['dauys-source', 'production', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './packages/widgets/tsconfig.json', target: 'es2022' })],
};
