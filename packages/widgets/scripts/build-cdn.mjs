// The CDN build (see vite.cdn.config.ts): cdn/dauys.js, one file per widget folder,
// cdn/loader.js with its shared chunks, then cdn/integrity.json with the sha384 Subresource
// Integrity hash of every file: the bundles, for the page's script tag, and the chunks, which
// no tag names but an import map's "integrity" can cover (docs/embedding.md).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';

const packageDir = new URL('..', import.meta.url).pathname;
const outDir = join(packageDir, 'cdn');
const configFile = join(packageDir, 'vite.cdn.config.ts');

const widgetFolders = () =>
  readdirSync(join(packageDir, 'src'), { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        entry.name !== 'core' &&
        existsSync(join(packageDir, 'src', entry.name, 'define.ts')),
    )
    .map((entry) => entry.name)
    .sort();

const started = performance.now();
rmSync(outDir, { recursive: true, force: true });

const widgets = widgetFolders();
const targets = ['dauys', ...widgets, 'loader'];
for (const target of targets) {
  process.env.DAUYS_CDN_TARGET = target;
  await build({ configFile, mode: 'production' });
}

const integrity = {};
const chunkFiles = readdirSync(join(outDir, 'chunks'))
  .sort()
  .map((chunk) => `chunks/${chunk}`);
for (const file of ['dauys.js', ...widgets.map((w) => `${w}.js`), 'loader.js', ...chunkFiles]) {
  const digest = createHash('sha384')
    .update(readFileSync(join(outDir, file)))
    .digest('base64');
  integrity[file] = `sha384-${digest}`;
}
writeFileSync(join(outDir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`cdn: ${targets.length} bundles (${widgets.join(', ') || 'no widgets yet'}) in ${seconds}s`);
