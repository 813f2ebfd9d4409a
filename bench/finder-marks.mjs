// The event finder's own part of a first render, from its User Timing entries: feed data
// received → validated → indexed → filtered → first rows laid out (`dauys-event-finder:*`).
// Unlike sections/finder.mjs (navigation → first event on screen, CDN build) this needs no
// build: it runs the TypeScript sources through the dev server, so a change can be measured
// at once. Sample feeds as in the benchmark (seed 2026, around today).
//
//   PORT=8018 npx wds --config web-dev-server.config.mjs &   # in the repo root
//   node bench/finder-marks.mjs [--base=http://127.0.0.1:8018] [--runs=7] [--sizes=1000,10000,50000]
//     [--compare=/.tmp/base/packages/widgets/src/event-finder/define.ts]
//
// --compare runs another copy of the sources in turn with these (run by run, so that a busy
// machine slows both alike) and prints both medians.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { prepareFeeds } from './lib/prepare.mjs';

const flag = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const base = flag('base', 'http://127.0.0.1:8018');
const runs = Number(flag('runs', 7));
const sizes = flag('sizes', '1000,10000,50000').split(',').map(Number);
// Another copy of the widget sources to measure instead (--module) or beside these (--compare),
// e.g. an older commit unpacked under .tmp/: `git archive <commit> packages/widgets/src
// packages/schema/src | tar -x -C .tmp/base`, then point its '@dauys/schema' imports at
// '/.tmp/base/packages/schema/src/index.ts' (else it runs with today's schema), and
// --compare=/.tmp/base/packages/widgets/src/event-finder/define.ts
const module = flag('module', '/packages/widgets/src/event-finder/define.ts');
const compare = flag('compare', undefined);
const modules = compare ? [module, compare] : [module];
const names = ['validate', 'index', 'filter', 'render', 'first-render'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '.tmp/finder-marks');
mkdirSync(dir, { recursive: true });
const feeds = await prepareFeeds();
if (!feeds.available) throw new Error(feeds.reason);
for (const size of sizes) writeFileSync(join(dir, `feed-${size}.json`), feeds.json(size));
writeFileSync(
  join(dir, 'page.html'),
  `<!doctype html><html lang="kk"><meta charset="utf-8"><body>
<script type="module">
  await import(new URLSearchParams(location.search).get('m'));
  const el = document.createElement('dauys-event-finder');
  el.setAttribute('url-state', 'off');
  el.setAttribute('src', 'feed-' + new URLSearchParams(location.search).get('n') + '.json');
  document.body.append(el);
</script>`,
);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const { browser, close } = await launchBrowser();
try {
  console.log(`median of ${runs} runs, ms (${names.join(' / ')})`);
  for (const size of sizes) {
    const samples = modules.map(() => Object.fromEntries(names.map((name) => [name, []])));
    for (let run = 0; run < runs + 1; run++) {
      for (const [m, path] of modules.entries()) {
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        await tab.goto(`${base}/.tmp/finder-marks/page.html?n=${size}&m=${encodeURIComponent(path)}`);
        await tab.waitForFunction(
          () => performance.getEntriesByName('dauys-event-finder:first-render').length > 0,
          { timeout: 60_000, polling: 50 },
        );
        const entries = await tab.evaluate(() =>
          performance
            .getEntriesByType('measure')
            .filter((entry) => entry.name.startsWith('dauys-event-finder:'))
            .map((entry) => [entry.name.slice('dauys-event-finder:'.length), entry.duration]),
        );
        await context.close();
        if (run === 0) continue; // warm-up: the dev server compiles and caches the modules
        for (const name of names) {
          const entry = entries.find(([n]) => n === name);
          if (entry) samples[m][name].push(entry[1]);
        }
      }
    }
    for (const [m, path] of modules.entries()) {
      const cells = names.map((name) =>
        samples[m][name].length ? median(samples[m][name]).toFixed(0) : '-',
      );
      const label = compare ? ` ${m === 0 ? 'these' : 'compare'}` : '';
      console.log(`${String(size).padStart(6)} events${label}: ${cells.join(' / ')}${m ? ` (${path})` : ''}`);
    }
  }
} finally {
  await close();
}
