#!/usr/bin/env node
// Runs the CLI from dist/ after `npm run build`, or from the TypeScript sources through tsx in
// the workspace (where the `source` export condition points @dauys/* packages at their src/),
// so `npx dauys-hub …` works either way.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli-main.js', import.meta.url);
if (existsSync(fileURLToPath(built))) {
  await import(built.href);
} else {
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  // Registered last, so it runs first: adds the `source` condition, then hands on to tsx.
  const addSourceCondition = `export async function resolve(specifier, context, next) {
    const conditions = context.conditions.includes('source') ? context.conditions : [...context.conditions, 'source'];
    return next(specifier, { ...context, conditions });
  }`;
  register(`data:text/javascript,${encodeURIComponent(addSourceCondition)}`);
  await import(new URL('../src/cli-main.ts', import.meta.url).href);
}
