// What the sections need before they start: the CDN build, the sample feeds, the peer libraries.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WIDGET_FILES = ['countdown.js', 'faq.js', 'event-finder.js', 'volunteer-form.js'];

function newestMtime(dir) {
  let newest = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else newest = Math.max(newest, stat.mtimeMs);
    }
  };
  if (existsSync(dir)) walk(dir);
  return newest;
}

/**
 * The CDN build (packages/widgets/cdn). Built with the widgets' own `build:cdn` script when it
 * is missing or older than the sources, so the figures are always of the current code.
 */
export function prepareCdn(rootDir, log) {
  const widgetsDir = join(rootDir, 'packages/widgets');
  const dir = join(widgetsDir, 'cdn');
  const present = () => WIDGET_FILES.filter((file) => existsSync(join(dir, file)));
  const builtAt = present().length ? Math.min(...present().map((f) => statSync(join(dir, f)).mtimeMs)) : 0;
  const stale = builtAt < newestMtime(join(widgetsDir, 'src'));
  if (stale) {
    if (!existsSync(join(widgetsDir, 'scripts/build-cdn.mjs'))) {
      if (!present().length)
        return {
          available: false,
          dir,
          reason: 'no CDN build (packages/widgets/cdn) and no build:cdn script yet',
        };
      log(
        'CDN build is older than the sources, and there is no build:cdn script to refresh it: measuring it as it is',
      );
    } else {
      log('building the CDN bundles (npm run build:cdn -w @dauys/widgets)…');
      const build = spawnSync('npm', ['run', 'build:cdn', '-w', '@dauys/widgets'], {
        cwd: rootDir,
        encoding: 'utf8',
        timeout: 240_000,
      });
      if (build.status !== 0) {
        const why = `${build.stderr ?? ''}${build.stdout ?? ''}`.trim().split('\n').slice(-3).join(' / ');
        if (!present().length) return { available: false, dir, reason: `the CDN build failed: ${why}` };
        log(`the CDN build failed (${why}); measuring the previous build`);
      }
    }
  }
  if (!present().length) return { available: false, dir, reason: 'the CDN build has no widget files' };
  return { available: true, dir, files: present() };
}

/** Sample event feeds from @dauys/schema/sample, made once per size, around today. */
export async function prepareFeeds() {
  let sample;
  try {
    sample = await import('@dauys/schema/sample');
  } catch (error) {
    return {
      available: false,
      reason: `@dauys/schema/sample cannot be loaded (${error.message.split('\n')[0]})`,
    };
  }
  if (typeof sample.sampleEventFeed !== 'function' && typeof sample.generateSampleEvents !== 'function')
    return { available: false, reason: '@dauys/schema/sample has no generator' };
  const now = `${new Date().toISOString().slice(0, 10)}T00:00:00Z`;
  const cache = new Map();
  return {
    available: true,
    now,
    events: (count) => sample.generateSampleEvents({ count, seed: 2026, now }),
    json(count) {
      if (!cache.has(count)) {
        const feed =
          typeof sample.sampleEventFeed === 'function'
            ? sample.sampleEventFeed({ count, seed: 2026, now })
            : {
                version: 1,
                generatedAt: now,
                events: sample.generateSampleEvents({ count, seed: 2026, now }),
              };
        cache.set(count, JSON.stringify(feed));
      }
      return cache.get(count);
    },
  };
}

/** Lion and Shoelace, installed in bench/node_modules only. */
export function preparePeers(benchDir) {
  const missing = ['@lion/ui', '@shoelace-style/shoelace'].filter(
    (name) => !existsSync(join(benchDir, 'node_modules', name, 'package.json')),
  );
  return missing.length
    ? { available: false, reason: `${missing.join(' and ')} not installed in bench/node_modules` }
    : { available: true };
}
