#!/usr/bin/env node
// `npm run bench`: the Dauys benchmark harness. Runs every section in one go on loopback,
// prints a table (median of repeated runs, with min and max) and writes the figures as JSON
// under bench/results/. Each section says "not available: …" and steps aside when the piece it
// measures is missing, so the harness always runs end to end.
//
//   node bench/run.mjs [--only=render,finder,countdown,hub,lighthouse] [--quick] [--markdown]
//
// See docs/performance.md for what each figure means.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const rootDir = dirname(benchDir);
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const flagValue = (name) => flag(name)?.split('=')[1];

// 1. The peer libraries and Lighthouse are dev dependencies of the bench only (bench/package.json).
if (!existsSync(join(benchDir, 'node_modules'))) {
  console.log('bench: installing the bench-only dev dependencies (npm install --prefix bench)…');
  const install = spawnSync('npm', ['install', '--prefix', benchDir, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    timeout: 300_000,
  });
  if (install.status !== 0)
    console.log('bench: npm install failed; the peer and Lighthouse sections will be skipped');
}

// 2. Workspace packages are TypeScript sources: run the harness itself under tsx with the
//    `dauys-source` export condition (the same way the node tests run).
if (!process.env.DAUYS_BENCH_CHILD) {
  const child = spawnSync(
    process.execPath,
    ['--conditions=dauys-source', '--import', 'tsx', fileURLToPath(import.meta.url), ...args],
    { stdio: 'inherit', cwd: rootDir, env: { ...process.env, DAUYS_BENCH_CHILD: '1' } },
  );
  process.exit(child.status ?? 1);
}

const started = Date.now();
const loadAtStart = loadavg()[0];
const quick = Boolean(flag('quick'));
const only = flagValue('only')?.split(',');
const runs = quick
  ? { render: 3, finder: 2, finderLarge: 1, countdown: 1, hub: 1, lighthouse: 1 }
  : { render: 15, finder: 5, finderLarge: 3, countdown: 3, hub: 3, lighthouse: 3 };
const log = (message) =>
  console.log(`  [${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

// The whole run is bounded: past 9.5 minutes, print what there is and stop.
const BUDGET_MS = 570_000;
const results = { rows: [], skipped: [], notes: [] };
/** Sections whose pass/fail check failed (the kill -9 check): the run then exits 1. */
const failedChecks = [];
const watchdog = setTimeout(() => {
  results.skipped.push(`stopped after ${BUDGET_MS / 1000} s: the rest did not run`);
  finish(1);
}, BUDGET_MS);
watchdog.unref();

const { startStaticServer } = await import('./lib/server.mjs');
const { launchBrowser, findBrowser } = await import('./lib/browser.mjs');
const { printTable, markdownTable } = await import('./lib/table.mjs');
const { prepareCdn, prepareFeeds, preparePeers } = await import('./lib/prepare.mjs');

const tmp = mkdtempSync(join(tmpdir(), 'dauys-bench-run-'));
const cleanups = [() => rmSync(tmp, { recursive: true, force: true })];
let finished = false;
async function finish(code = 0) {
  if (finished) return;
  finished = true;
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  const seconds = (Date.now() - started) / 1000;
  const machine = { cores: cpus().length, load: { start: loadAtStart, end: loadavg()[0] } };
  console.log('');
  console.log(
    `machine: ${machine.cores} cores, load average ${machine.load.start.toFixed(1)} at start, ${machine.load.end.toFixed(1)} at end` +
      (Math.max(machine.load.start, machine.load.end) > machine.cores
        ? ' — busier than its cores: the figures are slower and noisier than on an idle machine'
        : ''),
  );
  printTable(results.rows);
  if (results.notes.length) {
    console.log('\nNotes:');
    for (const line of results.notes) console.log(`  - ${line}`);
  }
  if (results.skipped.length) {
    console.log('\nNot measured:');
    for (const line of results.skipped) console.log(`  - ${line}`);
  }
  if (flag('markdown')) console.log(`\n${markdownTable(results.rows)}`);
  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date(started).toISOString().replace(/[:.]/g, '-');
  const file = join(resultsDir, `bench-${stamp}.json`);
  const json = JSON.stringify(
    { date: new Date(started).toISOString(), seconds, quick, node: process.version, machine, ...results },
    null,
    2,
  );
  writeFileSync(file, json);
  writeFileSync(join(resultsDir, 'latest.json'), json);
  console.log(`\nbench: ${seconds.toFixed(0)} s; figures written to ${file.slice(rootDir.length + 1)}`);
  process.exit(code);
}
process.on('SIGINT', () => finish(130));

const wants = (key) => !only || only.includes(key);
const cdn = ['render', 'finder', 'countdown', 'lighthouse'].some(wants)
  ? prepareCdn(rootDir, log)
  : { available: false, dir: join(rootDir, 'packages/widgets/cdn'), reason: 'not selected' };
const feeds = await prepareFeeds();
const peers = preparePeers(benchDir);
const server = await startStaticServer({
  mounts: {
    '/cdn/': cdn.dir,
    '/peer/shoelace/': join(benchDir, 'node_modules/@shoelace-style/shoelace/dist'),
    '/peer/': join(tmp, 'peer'),
  },
});
cleanups.push(() => server.close());

const ctx = { rootDir, benchDir, tmp, runs, log, cdn, feeds, peers, server, browser: undefined, quick };
const sections = [
  ['render', 'render', true],
  ['finder', 'event finder', true],
  ['countdown', 'countdown', true],
  ['hub', 'hub', false],
  ['lighthouse', 'Lighthouse', false],
];
const modules = {
  render: () => import('./sections/render.mjs').then((m) => m.benchRender),
  finder: () => import('./sections/finder.mjs').then((m) => m.benchFinder),
  countdown: () => import('./sections/countdown.mjs').then((m) => m.benchCountdown),
  hub: () => import('./sections/hub.mjs').then((m) => m.benchHub),
  lighthouse: () => import('./sections/lighthouse.mjs').then((m) => m.benchLighthouse),
};

for (const [key, name, needsBrowser] of sections) {
  if (!wants(key)) continue;
  console.log(`\n${name}`);
  try {
    if (needsBrowser && !ctx.browser) {
      if (!findBrowser())
        throw new Error('not available: no Chromium (install Debian "chromium" or set CHROME_PATH)');
      const launched = await launchBrowser();
      ctx.browser = launched.browser;
      cleanups.push(launched.close);
    }
    const run = await modules[key]();
    const { rows, skipped, notes = [], failed = false } = await run(ctx);
    if (failed) failedChecks.push(name);
    results.rows.push(...rows);
    results.skipped.push(...skipped);
    results.notes.push(...notes);
    for (const line of skipped) log(line);
  } catch (error) {
    const message = String(error?.message ?? error);
    results.skipped.push(`${name}: ${message.startsWith('not available') ? message : `failed: ${message}`}`);
    log(results.skipped.at(-1));
  }
}
if (failedChecks.length) results.skipped.push(`FAILED checks in: ${failedChecks.join(', ')}`);
await finish(failedChecks.length ? 1 : 0);
