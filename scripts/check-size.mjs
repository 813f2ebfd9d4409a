// `npm run size`: brotli sizes of the CDN bundles against the budgets in size-budgets.json.
//   loader.js                 the loader alone (what every page with the loader pays)
//   loader.js + <widget>      the loader plus every chunk it fetches for that one widget
//   <widget>.js               the file of one widget (Lit included)
//   dauys.js                  every widget in one file
// Chunks a bundle imports only on demand (`import()`, e.g. the event finder's list virtualiser)
// are reported beside it; budgets cover what loads up front.
// Each file is compressed on its own (as a CDN serves it) at brotli's highest quality, and the
// sizes of the files a row needs are added. Exits 1 when a row exceeds its budget, when a
// budget names a bundle that was not built, or when a bundle has no budget.
// Options: --json (print the rows as JSON), --update (lower budgets to measured + headroom,
// capped at the goal once a bundle is within it; never raises one).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const cdn = join(root, 'packages/widgets/cdn');
const budgetsFile = join(root, 'size-budgets.json');
const args = new Set(process.argv.slice(2));

if (!existsSync(join(cdn, 'loader.js'))) {
  console.error('size: packages/widgets/cdn is not built; run `npm run build` first.');
  process.exit(1);
}

const read = (file) => readFileSync(join(cdn, file));
const brotli = (buffer) =>
  brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;

const staticImport = /(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+\.js)["']/g;
const dynamicImport = /\bimport\(\s*["'](\.\.?\/[^"']+\.js)["']\s*\)/g;
const imports = (file, pattern) => {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return [...read(file).toString('utf8').matchAll(pattern)].map((m) => join(dir, m[1]).replace(/\\/g, '/'));
};

/** The chunk files a chunk imports statically, transitively (Rollup's minified ESM output). */
function chunkClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dependency of imports(file, staticImport)) chunkClosure(dependency, seen);
  return seen;
}

/** Chunks a widget imports only on demand (`import()`, at any depth), beyond what it loads up front. */
function lazyChunks(files) {
  const lazy = new Set();
  const pending = [...files];
  const visited = new Set();
  while (pending.length) {
    const file = pending.pop();
    if (visited.has(file)) continue;
    visited.add(file);
    for (const dependency of imports(file, dynamicImport)) {
      for (const chunk of chunkClosure(dependency)) {
        lazy.add(chunk);
        pending.push(chunk);
      }
    }
  }
  for (const file of files) lazy.delete(file);
  return [...lazy];
}

const chunks = existsSync(join(cdn, 'chunks')) ? readdirSync(join(cdn, 'chunks')) : [];
const widgets = readdirSync(cdn)
  .filter((f) => f.endsWith('.js') && f !== 'dauys.js' && f !== 'loader.js')
  .map((f) => f.slice(0, -3))
  .sort();

const rows = [{ name: 'loader.js', files: ['loader.js'] }];
for (const widget of widgets) {
  const entry = chunks.find((c) => c.startsWith(`${widget}-`));
  if (!entry) {
    console.error(`size: no loader chunk for ${widget} in cdn/chunks`);
    process.exit(1);
  }
  const files = ['loader.js', ...chunkClosure(`chunks/${entry}`)];
  rows.push({ name: `loader.js + ${widget}`, files, lazy: lazyChunks(files.slice(1)) });
}
for (const file of [...widgets.map((widget) => `${widget}.js`), 'dauys.js']) {
  const files = [...chunkClosure(file)];
  rows.push({ name: file, files, lazy: lazyChunks(files) });
}

for (const row of rows) {
  row.raw = row.files.reduce((sum, f) => sum + read(f).length, 0);
  row.brotli = row.files.reduce((sum, f) => sum + brotli(read(f)), 0);
  row.lazyBrotli = (row.lazy ?? []).reduce((sum, f) => sum + brotli(read(f)), 0);
}

const config = JSON.parse(readFileSync(budgetsFile, 'utf8'));
const budgets = config.budgets ?? {};
const goals = config.goals ?? {};

if (args.has('--update')) {
  const headroom = config.headroom ?? 0.03;
  const rounded = (n) => Math.ceil((n * (1 + headroom)) / 50) * 50;
  // Budgets only go down: a bundle keeps its budget when measured + headroom would be more
  // (growing past it is a decision for a hand edit, with its reason in the commit), and one
  // that has reached its goal never gets headroom past the goal again.
  const budget = (r) =>
    Math.min(
      rounded(r.brotli),
      budgets[r.name] ?? Infinity,
      goals[r.name] && r.brotli <= goals[r.name] ? goals[r.name] : Infinity,
    );
  config.budgets = Object.fromEntries(rows.map((r) => [r.name, budget(r)]));
  writeFileSync(budgetsFile, `${JSON.stringify(config, null, 2)}\n`);
  console.log(`size: budgets rewritten to measured + ${headroom * 100}% in size-budgets.json`);
  process.exit(0);
}

if (args.has('--json')) {
  console.log(
    JSON.stringify(
      rows.map(({ name, files, raw, brotli: br, lazy, lazyBrotli }) => ({
        name,
        files,
        raw,
        brotli: br,
        lazy: lazy ?? [],
        lazyBrotli,
      })),
    ),
  );
  process.exit(0);
}

const kb = (n) => (n / 1024).toFixed(1);
const problems = [];
const table = rows.map((row) => {
  const budget = budgets[row.name];
  let status = 'ok';
  if (budget === undefined) {
    status = 'NO BUDGET';
    problems.push(`${row.name} has no budget in size-budgets.json`);
  } else if (row.brotli > budget) {
    status = 'OVER';
    problems.push(`${row.name} is ${row.brotli} B brotli, over its budget of ${budget} B`);
  }
  const goal = goals[row.name];
  return [
    row.name,
    String(row.files.length),
    kb(row.raw),
    kb(row.brotli),
    row.lazyBrotli ? `+${kb(row.lazyBrotli)}` : '-',
    budget === undefined ? '-' : kb(budget),
    goal === undefined ? '-' : kb(goal),
    status,
  ];
});
for (const name of Object.keys(budgets)) {
  if (!rows.some((r) => r.name === name)) problems.push(`budget for ${name}, but no such bundle was built`);
}

const header = ['bundle', 'files', 'raw KB', 'brotli KB', 'on demand', 'budget KB', 'goal KB', ''];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log(
  '\n1 KB = 1024 bytes; brotli at quality 11, each file compressed on its own. "on demand": chunks' +
    ' a widget imports only when needed (budgets cover what loads up front).',
);

if (problems.length) {
  for (const p of problems) console.error(`size: ${p}`);
  process.exit(1);
}
