// Section 5, Lighthouse on the demo page: the hub serves demo/partner and the CDN bundles
// (`dauys-hub serve --site-dir demo/partner --cdn-dir packages/widgets/cdn`) with sample
// events and the sample FAQ imported, and Lighthouse (bench-only dev dependency) audits it in
// Debian's Chromium, default (mobile, simulated throttling) settings, several runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser.mjs';
import { startHubProcess } from '../lib/hub-process.mjs';
import { summarise } from '../lib/stats.mjs';

const CATEGORIES = [
  ['performance', 'performance'],
  ['accessibility', 'accessibility'],
  ['best-practices', 'best practices'],
  ['seo', 'SEO'],
];
const AUDITS = [
  ['cumulative-layout-shift', 'CLS', 'CLS'],
  ['largest-contentful-paint', 'largest contentful paint (simulated)', 'ms'],
  ['total-blocking-time', 'total blocking time (simulated)', 'ms'],
];

function hubCli(rootDir, args) {
  const result = spawnSync(
    process.execPath,
    ['--conditions=dauys-source', '--import', 'tsx', join(rootDir, 'packages/hub/src/cli-main.ts'), ...args],
    { cwd: rootDir, encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0)
    throw new Error(`dauys-hub ${args[0]} failed: ${(result.stderr || result.stdout).trim().slice(-300)}`);
}

export async function benchLighthouse(ctx) {
  const { rootDir, benchDir, cdn, runs, log } = ctx;
  const siteDir = join(rootDir, 'demo/partner');
  const notAvailable = (why) => ({ rows: [], skipped: [`Lighthouse: not available: ${why}`] });
  if (!existsSync(join(benchDir, 'node_modules/lighthouse/package.json')))
    return notAvailable('lighthouse is not installed in bench/node_modules');
  if (!existsSync(join(siteDir, 'index.html'))) return notAvailable('no demo site (demo/partner/index.html)');
  if (!existsSync(join(rootDir, 'packages/hub/src/cli-main.ts'))) return notAvailable('no dauys-hub CLI yet');
  if (!cdn.available) return notAvailable(cdn.reason);
  const chromePath = findBrowser();
  if (!chromePath) return notAvailable('no Chromium');

  let lighthouse;
  let chromeLauncher;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch (error) {
    return notAvailable(`lighthouse cannot be loaded here (${error.message.split('\n')[0]})`);
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'dauys-bench-lh-'));
  let hub;
  let chrome;
  try {
    // The demo's data: sample events around today and the sample FAQ, through the hub's CLI.
    if (ctx.feeds.available) {
      const feedFile = join(dataDir, 'events.json');
      writeFileSync(feedFile, ctx.feeds.json(600));
      hubCli(rootDir, ['import-events', feedFile, '--data-dir', dataDir]);
    }
    const faqFile = join(rootDir, 'demo/data/faq.json');
    if (existsSync(faqFile)) hubCli(rootDir, ['import-faq', faqFile, '--data-dir', dataDir]);
    hub = await startHubProcess({
      rootDir,
      args: ['--data-dir', dataDir, '--site-dir', siteDir, '--cdn-dir', cdn.dir],
    });
    const userDataDir = join(dataDir, 'chrome-profile');
    mkdirSync(userDataDir);
    chrome = await chromeLauncher.launch({
      chromePath,
      userDataDir,
      chromeFlags: ['--headless=new', ...chromiumArgs],
      logLevel: 'silent',
    });
    const scores = new Map([...CATEGORIES, ...AUDITS].map(([id]) => [id, []]));
    const warnings = new Set();
    const failingAudits = [];
    const auditDetails = [];
    for (let run = 0; run < runs.lighthouse; run += 1) {
      const result = await lighthouse(`${hub.origin}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES.map(([id]) => id),
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no report');
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      for (const warning of lhr.runWarnings ?? []) warnings.add(warning.split('\n')[0]);
      for (const [id] of CATEGORIES) scores.get(id).push((lhr.categories[id]?.score ?? Number.NaN) * 100);
      for (const [id] of AUDITS) scores.get(id).push(lhr.audits[id]?.numericValue ?? Number.NaN);
      if (run === 0) {
        // What cost points, so the table is actionable.
        const failing = Object.values(lhr.audits)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 0.9 &&
              audit.scoreDisplayMode !== 'informative' &&
              audit.scoreDisplayMode !== 'notApplicable' &&
              audit.scoreDisplayMode !== 'manual',
          )
          .map((audit) => audit.id);
        failingAudits.push(...failing);
        for (const id of ['errors-in-console', 'inspector-issues']) {
          const items = lhr.audits[id]?.details?.items ?? [];
          for (const item of items.slice(0, 5)) {
            const text = item.description ?? item.issueType ?? JSON.stringify(item).slice(0, 200);
            auditDetails.push(
              `${id}: ${String(text).split('\n')[0].slice(0, 240)}${item.sourceLocation?.url ? ` (${item.sourceLocation.url})` : ''}`,
            );
          }
        }
        if (failing.length) log(`Lighthouse: audits under 0.9: ${failing.join(', ')}`);
      }
      log(`Lighthouse: run ${run + 1}/${runs.lighthouse}`);
    }
    const rows = [];
    for (const [id, label] of CATEGORIES)
      rows.push({
        section: 'Lighthouse',
        metric: `demo page: ${label}`,
        unit: 'score',
        ...summarise(scores.get(id)),
      });
    for (const [id, label, unit] of AUDITS)
      rows.push({ section: 'Lighthouse', metric: `demo page: ${label}`, unit, ...summarise(scores.get(id)) });
    return {
      rows,
      skipped: [...warnings].map((w) => `Lighthouse warning: ${w}`),
      notes: [
        ...(failingAudits.length
          ? [`Lighthouse audits under 0.9 (first run): ${failingAudits.join(', ')}`]
          : []),
        ...auditDetails.map((line) => `Lighthouse ${line}`),
      ],
    };
  } catch (error) {
    return { rows: [], skipped: [`Lighthouse: could not run: ${error.message.split('\n')[0]}`] };
  } finally {
    if (chrome) await Promise.resolve(chrome.kill()).catch(() => {});
    await hub?.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}
