#!/usr/bin/env node
// In the workspace (sources present, tsx installed) the CLI runs from the TypeScript sources,
// with the `dauys-source` export condition pointing @dauys/* packages at their src/, so it is never
// stale; an installed package (no src/) runs the compiled dist/.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const source = new URL('../src/cli-main.ts', import.meta.url);
let tsx;
if (existsSync(fileURLToPath(source))) {
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    // no tsx: fall through to dist
  }
}
if (tsx) {
  tsx.register();
  // Registered last, so it runs first: adds the `dauys-source` condition, then hands on to tsx.
  const addSourceCondition = `export async function resolve(specifier, context, next) {
    const conditions = context.conditions.includes('dauys-source') ? context.conditions : [...context.conditions, 'dauys-source'];
    return next(specifier, { ...context, conditions });
  }`;
  register(`data:text/javascript,${encodeURIComponent(addSourceCondition)}`);
  await import(source.href);
} else {
  await import(new URL('../dist/cli-main.js', import.meta.url).href);
}
