/**
 * Hardening check: the CDN build under a strict Content-Security-Policy with Trusted Types
 * enforced. The bundles are built on the fly (Vite, the CDN config, into a temporary folder),
 * served with their feeds from one loopback server whose pages carry
 *
 *   script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none';
 *   require-trusted-types-for 'script'; trusted-types lit-html dauys-faq
 *
 * (plus 'allow-duplicates' for the page with several single-widget files, each with its own
 * Lit), and all four widgets are rendered and used in headless Chromium: countdowns, the FAQ
 * from light DOM and from a feed with markup and JSON-LD (and, on its own page, a hostile feed),
 * the event finder with a feed (search, region), the volunteer form (errors, then a real
 * signup). Any `securitypolicyviolation` event, console error, page error or failed request
 * fails the test with the list.
 *
 * Runs with the node tests (`node scripts/test-node.mjs hardening`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { generateSampleEvents } from '@dauys/schema/sample';
// @ts-expect-error: a plain .mjs helper without types.
import { chromiumArgs, findBrowser } from '../../../scripts/find-browser.mjs';
// @ts-expect-error: a plain .mjs helper without types.
import { strictCsp, TRUSTED_TYPES_POLICIES } from '../../../scripts/strict-csp.mjs';

// Images from the page itself or data: URLs; forms post only to the page's own origin.
const PAGE_DIRECTIVES = ["img-src 'self' data:", "form-action 'self'"];
const CSP = strictCsp(TRUSTED_TYPES_POLICIES.join(' '), PAGE_DIRECTIVES);
/**
 * Each single-widget file bundles its own Lit, and every copy creates the `lit-html` policy:
 * a page that loads more than one of them must also allow duplicate policy names (or load
 * `dauys.js` or `loader.js` instead, which share one Lit).
 */
const CSP_SINGLE_FILES = strictCsp(`${TRUSTED_TYPES_POLICIES.join(' ')} 'allow-duplicates'`, PAGE_DIRECTIVES);

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const WIDGETS = ['countdown', 'faq', 'event-finder', 'volunteer-form'].filter((widget) =>
  existsSync(join(packageDir, 'src', widget, 'define.ts')),
);

const FAQ_FEED = {
  version: 1,
  entries: [
    {
      id: 'where',
      question: { kk: 'Қайда дауыс беремін?', ru: 'Где голосовать?', en: 'Where do I vote?' },
      answer: {
        kk: '<p>Учаскеңізде. <a href="https://www.election.gov.kz/">ОСК сайты</a></p><ul><li><strong>07:00</strong>–20:00</li></ul>',
        ru: '<p>На своём участке.</p>',
        en: '<p>At your polling station.</p>',
      },
    },
    { id: 'plain', question: 'Құжат керек пе?', answer: 'Жеке куәлік немесе паспорт.' },
  ],
};

/** A feed an attacker wrote: the sanitiser must drop all of it, and nothing may run. */
const HOSTILE_FAQ_FEED = {
  version: 1,
  entries: [
    {
      id: 'hostile',
      question: 'Қауіпті жауап',
      answer:
        '<p>Мәтін<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
        '<a href="javascript:window.__pwned=3">сілтеме</a><span style="color:red" onclick="window.__pwned=4">стиль</span>' +
        '<iframe src="/x"></iframe><svg><script>window.__pwned=5</script></svg><form action="/x"><button>b</button></form></p>',
    },
  ],
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

function page(title: string, scripts: string[]): string {
  const upcoming = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 19) + 'Z';
  return `<!doctype html>
<html lang="kk">
<head>
<meta charset="utf-8">
<title>${title}</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head>
<body>
<main>
<h1>${title}</h1>
<dauys-countdown></dauys-countdown>
<dauys-countdown target="${upcoming}" variant="compact"></dauys-countdown>
<dauys-faq id="light">
<details id="faq-docs"><summary>Қандай құжат керек?</summary><p>Жеке куәлік немесе <strong>паспорт</strong>.</p></details>
<details id="faq-time"><summary>Учаскелер қашан ашылады?</summary><p>07:00-ден 20:00-ге дейін.</p></details>
</dauys-faq>
<dauys-faq id="feed" src="/feeds/faq.json" structured-data></dauys-faq>
<dauys-event-finder src="/feeds/events.json"></dauys-event-finder>
<dauys-volunteer-form endpoint="/api/v1/signups" partner="hardening" privacy-url="/privacy.html" consent-version="privacy-2026-11"></dauys-volunteer-form>
</main>
</body>
</html>`;
}

function hostilePage(): string {
  return `<!doctype html>
<html lang="kk">
<head><meta charset="utf-8"><title>hostile feed</title><script type="module" src="/cdn/faq.js"></script></head>
<body><main><dauys-faq id="feed" src="/feeds/faq-hostile.json" structured-data></dauys-faq></main></body>
</html>`;
}

/**
 * In-page check (a string: tsx would add helpers to a function's source that the page lacks):
 * a sample event is listed. Rows may sit in nested shadow roots, so the text is read deeply.
 */
const FINDER_HAS_EVENTS = `(() => {
  let text = '';
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.data;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  const root = document.querySelector('dauys-event-finder')?.shadowRoot;
  if (root) walk(root);
  return text.includes('Үлгі: ');
})()`;

interface Report {
  violations: string[];
  errors: string[];
}

describe('hardening: the CDN build under a strict CSP with Trusted Types', { timeout: 180_000 }, () => {
  let outDir = '';
  let userDataDir = '';
  let server: Server | undefined;
  let origin = '';
  let browser: Browser | undefined;
  const signups: unknown[] = [];

  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'dauys-hardening-'));
    // The real CDN configuration, into a temporary folder (the checked-out cdn/ is left alone).
    const configFile = join(packageDir, 'vite.cdn.config.ts');
    for (const target of ['dauys', 'loader', ...WIDGETS]) {
      process.env.DAUYS_CDN_TARGET = target;
      await build({
        configFile,
        mode: 'production',
        logLevel: 'error',
        build: { outDir, emptyOutDir: false },
      });
    }
    delete process.env.DAUYS_CDN_TARGET;

    const events = JSON.stringify({
      version: 1,
      generatedAt: new Date().toISOString(),
      events: generateSampleEvents({ count: 300, seed: 'hardening', now: new Date() }),
    });
    const pages: Record<string, string> = {
      '/all.html': page('dauys.js', ['/cdn/dauys.js']),
      '/loader.html': page('loader.js', ['/cdn/loader.js']),
      '/single.html': page(
        'one file per widget',
        WIDGETS.map((w) => `/cdn/${w}.js`),
      ),
      '/hostile.html': hostilePage(),
      '/privacy.html': '<!doctype html><title>Privacy</title><p>Privacy notice.</p>',
    };
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const csp = url.pathname === '/single.html' ? CSP_SINGLE_FILES : CSP;
      const headers = {
        'content-security-policy': csp,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      };
      const send = (status: number, type: string, body: string | Buffer) => {
        response.writeHead(status, { ...headers, 'content-type': type });
        response.end(body);
      };
      if (request.method === 'POST' && url.pathname === '/api/v1/signups') {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
          signups.push(JSON.parse(body));
          send(201, TYPES['.json'], JSON.stringify({ id: `s-${signups.length}`, status: 'created' }));
        });
        return;
      }
      if (url.pathname in pages) return send(200, TYPES['.html'], pages[url.pathname]);
      if (url.pathname === '/feeds/events.json') return send(200, TYPES['.json'], events);
      if (url.pathname === '/feeds/faq.json') return send(200, TYPES['.json'], JSON.stringify(FAQ_FEED));
      if (url.pathname === '/feeds/faq-hostile.json')
        return send(200, TYPES['.json'], JSON.stringify(HOSTILE_FAQ_FEED));
      if (url.pathname.startsWith('/cdn/')) {
        const file = join(outDir, normalize(url.pathname.slice('/cdn/'.length)).replace(/^(\.\.[/\\])+/, ''));
        if (file.startsWith(outDir) && existsSync(file))
          return send(200, TYPES[extname(file)] ?? 'text/plain', readFileSync(file));
      }
      if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
      send(404, 'text/plain; charset=utf-8', 'not found');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    // `npm test` runs the node tests before the browser tests, so Chromium may not be there yet
    // on a fresh machine: get it the way the browser tests do.
    if (!findBrowser())
      spawnSync(process.execPath, [join(packageDir, '../../scripts/ensure-browser.mjs')], {
        stdio: 'inherit',
      });
    const executablePath = findBrowser() as string | undefined;
    assert.ok(executablePath, 'no Chromium: run `node scripts/ensure-browser.mjs` or set CHROME_PATH');
    userDataDir = mkdtempSync(join(tmpdir(), 'dauys-hardening-profile-'));
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      args: chromiumArgs as string[],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    for (const dir of [outDir, userDataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const fail = (report: Report) => [
    ...report.violations.map((v) => `CSP/Trusted Types violation: ${v}`),
    ...report.errors,
  ];

  /** Opens a page with violation listeners installed before any of its scripts runs. */
  async function open(path: string): Promise<{ page: Page; report: Report }> {
    const report: Report = { violations: [], errors: [] };
    const context = await browser!.createBrowserContext();
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') report.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => report.errors.push(`page error: ${(error as Error).message ?? error}`));
    page.on('requestfailed', (request) => report.errors.push(`request failed: ${request.url()}`));
    await page.exposeFunction('__reportViolation', (line: string) => report.violations.push(line));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
          const sample = event.sample ? ` «${event.sample}»` : '';
          (window as unknown as { __reportViolation(line: string): void }).__reportViolation(
            `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where}${sample}`,
          );
        },
        { capture: true },
      );
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0', timeout: 30_000 });
    return { page, report };
  }

  /** Waits until `check` (run in the page) is true, or fails with `what` and what the page reported. */
  async function until(page: Page, report: Report, what: string, check: string | (() => boolean)) {
    await page.waitForFunction(check, { timeout: 30_000, polling: 50 }).catch(() => {
      const said = fail(report);
      throw new Error(
        `${what} did not happen within 30 s${said.length ? `; the page reported:\n${said.join('\n')}` : ''}`,
      );
    });
  }

  /** Renders and uses every widget on the page; returns what CSP and the console reported. */
  async function exercise(path: string): Promise<Report> {
    const { page, report } = await open(path);
    try {
      if (WIDGETS.includes('countdown'))
        await until(page, report, 'countdowns render', () =>
          [...document.querySelectorAll('dauys-countdown')].every(
            (el) => (el.shadowRoot?.textContent ?? '').trim().length > 0,
          ),
        );
      if (WIDGETS.includes('faq')) {
        await until(page, report, 'the FAQ from the feed renders', () =>
          (document.querySelector('#feed')?.shadowRoot?.textContent ?? '').includes('Қайда дауыс беремін?'),
        );
        // Open every question of both FAQs (the sanitised answers go into the DOM now).
        await page.evaluate(() => {
          for (const faq of document.querySelectorAll('dauys-faq'))
            for (const button of faq.shadowRoot?.querySelectorAll<HTMLButtonElement>(
              'button[aria-expanded="false"]',
            ) ?? [])
              button.click();
        });
        await until(page, report, 'the feed answers render', () =>
          (document.querySelector('#feed')?.shadowRoot?.textContent ?? '').includes('ОСК сайты'),
        );
        // Search with highlight.
        const search = await page.evaluateHandle(
          () => document.querySelector('#feed')?.shadowRoot?.querySelector('input[type="search"]') ?? null,
        );
        const searchInput = search.asElement() as
          import('puppeteer-core').ElementHandle<HTMLInputElement> | null;
        if (searchInput) {
          await searchInput.type('дауыс');
          await new Promise((resolve) => setTimeout(resolve, 400));
        }
      }
      if (WIDGETS.includes('event-finder')) {
        // The list is virtualised: rows render once it is on screen, as for a visitor who scrolls.
        await page.evaluate(() => document.querySelector('dauys-event-finder')?.scrollIntoView());
        await until(page, report, 'the event finder lists sample events', FINDER_HAS_EVENTS);
        const finderSearch = await page.evaluateHandle(
          () =>
            document.querySelector('dauys-event-finder')?.shadowRoot?.querySelector('input[type="search"]') ??
            null,
        );
        const input = finderSearch.asElement() as
          import('puppeteer-core').ElementHandle<HTMLInputElement> | null;
        if (input) await input.type('Алматы');
        await page.evaluate(() => {
          const select = document
            .querySelector('dauys-event-finder')
            ?.shadowRoot?.querySelector<HTMLSelectElement>('select#region');
          if (!select) return;
          select.value = 'almaty';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      if (WIDGETS.includes('volunteer-form')) {
        await until(page, report, 'the volunteer form renders', () => {
          // The form renders into light DOM (the shadow root holds the silence notice and a slot).
          const host = document.querySelector('dauys-volunteer-form');
          return !!host?.querySelector('button[type="submit"]');
        });
        // An empty submission: the error summary takes focus and links to each field.
        await page.evaluate(() => {
          document
            .querySelector('dauys-volunteer-form')!
            .querySelector<HTMLButtonElement>('button[type="submit"]')!
            .click();
        });
        await until(
          page,
          report,
          'the error summary shows',
          () => !!document.querySelector('.dauys-vf__summary'),
        );
        // Then a real signup, typed and ticked as a person would, sent to this server (connect-src 'self').
        const form = await page.$('dauys-volunteer-form');
        await (await form!.$('input[autocomplete="name"]'))?.type('Айгүл Серікова');
        await (await form!.$('input[type="tel"]'))?.type('7011234567');
        await (await form!.$('select'))?.select('almaty');
        for (const box of await form!.$$('input[type="checkbox"]')) {
          if (!(await box.evaluate((el) => (el as HTMLInputElement).checked))) await box.click();
        }
        await new Promise((resolve) => setTimeout(resolve, 2_100)); // past the minimum fill time
        const before = signups.length;
        await (await form!.$('button[type="submit"]'))!.click();
        await until(
          page,
          report,
          'the thank-you step shows',
          () => !!document.querySelector('.dauys-vf__done'),
        );
        assert.equal(signups.length, before + 1, 'the signup reached the endpoint once');
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      // The page's scripts have had their say; whatever CSP reported is in the report.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return report;
    } finally {
      await page.browserContext().close();
    }
  }

  test('dauys.js (all widgets in one file)', async () => {
    assert.deepEqual(fail(await exercise('/all.html')), []);
  });

  test('loader.js (widgets on demand, shared chunks)', async () => {
    assert.deepEqual(fail(await exercise('/loader.html')), []);
  });

  test('one file per widget, several on one page (policy allows duplicates)', async () => {
    assert.deepEqual(fail(await exercise('/single.html')), []);
  });

  test(
    'a hostile FAQ feed: nothing runs, nothing unsafe reaches the page',
    { skip: !WIDGETS.includes('faq') },
    async () => {
      const { page, report } = await open('/hostile.html');
      try {
        await until(page, report, 'the hostile question renders', () =>
          (document.querySelector('#feed')?.shadowRoot?.textContent ?? '').includes('Қауіпті жауап'),
        );
        await page.evaluate(() => {
          for (const button of document
            .querySelector('#feed')!
            .shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'))
            button.click();
        });
        await until(page, report, 'the sanitised answer renders', () =>
          (document.querySelector('#feed')?.shadowRoot?.textContent ?? '').includes('сілтеме'),
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        const { unsafe, pwned } = await page.evaluate(() => ({
          unsafe: [
            ...document
              .querySelector('#feed')!
              .shadowRoot!.querySelectorAll(
                'script, iframe, svg, form, img, [onerror], [onclick], [style], a[href^="javascript:"]',
              ),
          ].map((el) => el.outerHTML),
          pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        }));
        assert.equal(pwned, null, 'hostile feed markup ran');
        assert.deepEqual(unsafe, [], 'the sanitiser let unsafe markup through');
        // Not even a report: Chromium reports inline handlers and style attributes in any HTML it
        // parses under this policy, so hostile markup must never reach an HTML parser.
        assert.deepEqual(fail(report), []);
      } finally {
        await page.browserContext().close();
      }
    },
  );
});
