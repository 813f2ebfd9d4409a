// Runs the schema and hub tests with Node's own test runner, TypeScript loaded through tsx.
// Node 20 has no glob support in `node --test`, so the files are listed here.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = ['packages/schema/src', 'packages/hub/src', 'packages/widgets/test'];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts')) files.push(path);
  }
};
for (const root of roots) if (existsSync(root)) walk(root);
files.sort();

const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
const result = spawnSync(
  process.execPath,
  ['--conditions=dauys-source', '--import', 'tsx', '--test', '--test-concurrency=1', ...selected],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
