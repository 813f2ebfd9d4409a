/**
 * The CDN build: files a webmaster loads with one `<script type="module">`, Lit bundled, in its
 * production build, minified, ES2022. One target per Vite run (`DAUYS_CDN_TARGET`):
 *   dauys            cdn/dauys.js            every widget in one file
 *   <widget folder>  cdn/<widget>.js         one widget
 * (both load on demand only what few pages need, from cdn/chunks/: the list virtualiser)
 *   loader           cdn/loader.js + cdn/chunks/…   imports only the widgets on the page
 * `node scripts/build-cdn.mjs` runs them all and writes cdn/integrity.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error: a plain .mjs build helper without types.
import { minifyTemplates } from './scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = (path: string) => fileURLToPath(new URL(`src/${path}`, import.meta.url));

function entryOf(target: string): string {
  if (target === 'dauys') return src('index.ts');
  if (target === 'loader') return src('loader.ts');
  const entry = src(`${target}/define.ts`);
  if (!existsSync(entry)) throw new Error(`CDN target "${target}" has no src/${target}/define.ts`);
  return entry;
}

/**
 * Lit `css` templates lose their comments and whitespace, `html` and `svg` templates their
 * source indentation (esbuild and terser leave template text alone).
 */
function minifyLitTemplates(): Plugin {
  return {
    name: 'dauys-minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('node_modules')) return null;
      const result = minifyTemplates(code, id) as string | null;
      return result === null ? null : { code: result, map: null };
    },
  };
}

const srcDir = fileURLToPath(new URL('src', import.meta.url));

/**
 * Renames internal names to short codes in the widgets' sources (`codes`: name → code, the same
 * in every bundle and chunk of a build). `pattern` finds a candidate; its first group, when it
 * has one, is the name within the match. A name not in `codes` stays as written.
 */
function shortNames(name: string, codes: ReadonlyMap<string, string>, pattern: RegExp): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(srcDir) || !id.endsWith('.ts')) return null;
      const result = code.replace(pattern, (match: string, ...rest: unknown[]) => {
        // Without a group, replace()'s second argument is the offset, not a string.
        const name = typeof rest[0] === 'string' ? rest[0] : match;
        const short = codes.get(name);
        return short === undefined ? match : match.replace(name, short);
      });
      return result === code ? null : { code: result, map: null };
    },
  };
}

/** Sorted names numbered in base 36: `prefix` + `0`, `1`, … `z`, `10`, … */
const numbered = (names: Iterable<string>, prefix = '') =>
  new Map([...new Set(names)].sort().map((name, index) => [name, `${prefix}${index.toString(36)}`]));

/**
 * Every message id (`msg('…', { id: 'volunteer-form.error.phone-required' })` and the same key
 * in the generated kk/ru modules) becomes a short code in the CDN files: the ids are for
 * translators and the source, and their text is about 1 KB of dauys.js after brotli. The ids
 * are the trans-units of xliff/<widget>/kk.xlf. Only a quoted literal equal to a whole id is
 * replaced; in the widgets' runtime code those are exactly the msg ids and the catalogue keys
 * (check:cdn shows the Kazakh and Russian texts still render).
 */
function shortMessageIds(): Plugin {
  const xliffDir = fileURLToPath(new URL('xliff', import.meta.url));
  const ids = readdirSync(xliffDir).flatMap((folder) =>
    [...readFileSync(`${xliffDir}/${folder}/kk.xlf`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map(
      (match) => match[1]!,
    ),
  );
  return shortNames('dauys-short-message-ids', numbered(ids), /'([a-z0-9.-]+)'/g);
}

/**
 * The widgets' private custom properties (`--_accent`, `--_ef-row-border`: the `--_*` copies of
 * the public `--dauys-*` tokens) become short names (`--_a`) in the CDN files. They are internal
 * to each widget's styles, never part of its API, and every one is named literally in src/
 * (none is built from pieces), so one map made from the sources renames all of their uses.
 */
function shortPrivateCustomProperties(): Plugin {
  const privateProperty = /--_[a-z][a-z0-9-]*/g;
  const names = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .flatMap((file) => readFileSync(`${srcDir}/${file}`, 'utf8').match(privateProperty) ?? []);
  return shortNames('dauys-short-private-custom-properties', numbered(names, '--_'), privateProperty);
}

/**
 * Vite leaves whitespace in ES library output (to keep pure annotations for a later bundler);
 * CDN files are final, so they are minified once every chunk is rendered. Terser, with three
 * compress passes over the whole module, makes every bundle 4–6% smaller after brotli than
 * esbuild's minifier did (measured on cdn/*.js).
 */
function minifyFinalChunks(): Plugin {
  return {
    name: 'dauys-minify-cdn',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 3, pure_getters: true },
          mangle: { toplevel: true },
          format: { comments: false },
        });
        if (result.code === undefined) throw new Error(`terser produced no code for ${chunk.fileName}`);
        chunk.code = result.code;
      }
    },
  };
}

export default defineConfig(() => {
  const target = process.env.DAUYS_CDN_TARGET ?? 'dauys';
  return {
    root,
    logLevel: 'warn',
    // Lit's `production` export condition (no dev-mode warnings); @dauys/schema from source.
    resolve: { conditions: ['dauys-source', 'production', 'browser', 'module'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    esbuild: { legalComments: 'none' },
    plugins: [shortMessageIds(), shortPrivateCustomProperties(), minifyLitTemplates(), minifyFinalChunks()],
    build: {
      outDir: 'cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: {
        entry: entryOf(target),
        formats: ['es'],
        fileName: () => `${target}.js`,
      },
      rollupOptions: {
        // The on-demand chunks may import Lit and the core from the widget file itself (an
        // export more) rather than Rollup moving them all into a second chunk loaded up front.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Widgets load through the loader as shared chunks: one per widget (named after its
          // folder), plus what several widgets share (Lit, the core). The single files carry
          // everything they need up front; code only some pages need (the event finder's list
          // virtualiser) comes on demand from chunks/, imported relative to the file itself.
          chunkFileNames: (chunk) => {
            const widget = /[/\\]src[/\\]([^/\\]+)[/\\]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
            const withLit = chunk.moduleIds.some((id) => id.includes('@lit/reactive-element'));
            return `chunks/${widget ?? (withLit ? 'lit' : '[name]')}-[hash].js`;
          },
        },
      },
    },
  };
});
