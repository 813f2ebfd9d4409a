// `npm run check:cdn`: loads the built CDN files the way a webmaster's page does, in headless
// Chromium, under the strict policy docs/embedding.md documents (CSP without unsafe-inline or
// unsafe-eval, Trusted Types with only the policies `lit-html` and `dauys-faq`), and checks:
//   - cdn/dauys.js and every cdn/<widget>.js, each with its `integrity` from integrity.json,
//     define their elements and render them;
//   - event-finder.js with a long feed loads its list virtualiser on demand, the chunk checked
//     by an import map's "integrity" (allowed by a CSP hash), and with a wrong hash falls
//     back to a plain list;
//   - two single-widget files on one page (two copies of Lit) work with 'allow-duplicates';
//   - cdn/loader.js loads the widgets on the page, one added later and one inside an open
//     shadow root, and fetches no chunk of a widget the page does not use;
//   - no console error or warning, no CSP or Trusted Types violation, no failed request.
// Run after `npm run build`. Exits 1 on the first page that fails.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowser } from './find-browser.mjs';
import { strictCsp, TRUSTED_TYPES_POLICIES } from './strict-csp.mjs';

const cdnDir = new URL('../packages/widgets/cdn/', import.meta.url).pathname;
if (!existsSync(join(cdnDir, 'integrity.json'))) {
  console.error('check-cdn: packages/widgets/cdn is not built; run `npm run build` first.');
  process.exit(1);
}
const integrity = JSON.parse(readFileSync(join(cdnDir, 'integrity.json'), 'utf8'));
const widgets = Object.keys(integrity)
  .filter((file) => file !== 'dauys.js' && file !== 'loader.js' && !file.includes('/'))
  .map((file) => file.slice(0, -3));

const trustedTypes = process.env.DAUYS_CHECK_TRUSTED_TYPES ?? TRUSTED_TYPES_POLICIES.join(' ');
const policy = strictCsp(trustedTypes);
// Each single-widget file carries its own Lit, and each copy creates a `lit-html` policy.
const policyForSingleFiles = strictCsp(`${trustedTypes} 'allow-duplicates'`);

/** Each widget as a page would write it, with what it needs to render without a server. */
const markup = {
  countdown: '<dauys-countdown now="2026-03-10T12:00:00+05:00"></dauys-countdown>',
  faq: `<dauys-faq>
      <details id="faq-when"><summary>Референдум қашан өтеді?</summary><p>15 наурызда.</p></details>
    </dauys-faq>`,
  'event-finder':
    '<dauys-event-finder src="/feed/events.json" url-state="off" now="2026-03-01T12:00:00+05:00"></dauys-event-finder>',
  'volunteer-form': `<dauys-volunteer-form endpoint="/api/v1/signups" privacy-url="/privacy"
      consent-version="2026-01" now="2026-03-01T12:00:00+05:00"></dauys-volunteer-form>`,
};

const page = (title, head, body) => `<!doctype html>
<html lang="kk">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    ${head}
  </head>
  <body>
    ${body}
    <div id="later"></div>
    <x-host></x-host>
  </body>
</html>`;
const scriptTag = (file) =>
  `<script type="module" src="/cdn/${file}" integrity="${integrity[file]}" crossorigin="anonymous"></script>`;

const events = {
  version: 1,
  generatedAt: '2026-03-01T00:00:00+05:00',
  events: [
    {
      id: 'astana-1',
      title: { kk: 'Астанадағы кездесу', ru: 'Встреча в Астане', en: 'Meeting in Astana' },
      type: 'meeting',
      start: '2026-03-05T18:00:00+05:00',
      region: 'astana',
      status: 'scheduled',
      updatedAt: '2026-03-01T00:00:00+05:00',
    },
  ],
};

// A feed with markup in an answer, shown with schema.org JSON-LD (`structured-data`): the FAQ
// writes that script through its own Trusted Types policy, `dauys-faq`.
const faqFeed = {
  version: 1,
  entries: [
    {
      id: 'id-card',
      question: { kk: 'Қандай құжат керек?', ru: 'Какой нужен документ?', en: 'Which document do I need?' },
      answer: {
        kk: '<p>Жеке куәлік немесе <strong>паспорт</strong>.</p>',
        ru: '<p>Удостоверение личности или <strong>паспорт</strong>.</p>',
      },
    },
  ],
};

// More rows than a plain list shows: the event finder loads its virtualiser chunk.
const longEvents = {
  ...events,
  events: Array.from({ length: 90 }, (_, i) => ({
    ...events.events[0],
    id: `astana-${i + 1}`,
    start: new Date(Date.parse('2026-03-02T10:00:00+05:00') + i * 3 * 3600_000).toISOString(),
  })),
};

/** The chunks a file imports with import(), at any depth (the on-demand code). */
function lazyChunksOf(file, found = new Set()) {
  const source = readFileSync(join(cdnDir, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const [, path] of source.matchAll(/\bimport\(\s*["'](\.\.?\/[^"']+\.js)["']\s*\)/g)) {
    const chunk = normalize(join(dir, path));
    if (!found.has(chunk)) lazyChunksOf(chunk, found.add(chunk));
  }
  return found;
}

// A partner whose policy wants a hash on every script: an import map lists the on-demand
// chunks with their integrity, and the CSP allows that inline map by its own hash.
const importMap = JSON.stringify({
  imports: {},
  integrity: Object.fromEntries(
    [...lazyChunksOf('event-finder.js')].map((chunk) => [`/cdn/${chunk}`, integrity[chunk]]),
  ),
});
// The same map with a wrong hash: the browser refuses the chunk and the finder falls back.
const wrongImportMap = importMap.replace(/sha384-[^"]+/g, `sha384-${'A'.repeat(64)}`);
const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const pages = {
  '/event-finder-long.html': page(
    'event-finder.js, long list',
    `<script type="importmap">${importMap}</script>${scriptTag('event-finder.js')}`,
    markup['event-finder'].replace('/feed/events.json', '/feed/long-events.json'),
  ),
  '/event-finder-blocked.html': page(
    'event-finder.js, virtualiser blocked',
    `<script type="importmap">${wrongImportMap}</script>${scriptTag('event-finder.js')}`,
    markup['event-finder'].replace('/feed/events.json', '/feed/long-events.json'),
  ),
  '/dauys.html': page(
    'dauys.js',
    scriptTag('dauys.js'),
    `${Object.values(markup).join('\n')}\n<dauys-faq src="/feed/faq.json" structured-data></dauys-faq>`,
  ),
  '/loader.html': page('loader.js', '<script type="module" src="/cdn/loader.js"></script>', markup.countdown),
  // Two single-widget files: two copies of Lit, two `lit-html` policies ('allow-duplicates').
  '/two-files.html': page(
    'two files',
    scriptTag('countdown.js') + scriptTag('faq.js'),
    `${markup.countdown}\n${markup.faq}`,
  ),
  '/privacy': '<!doctype html><title>privacy</title>',
  ...Object.fromEntries(
    widgets.map((w) => [`/${w}.html`, page(`${w}.js`, scriptTag(`${w}.js`), markup[w] ?? '')]),
  ),
};

const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  const csp =
    path === '/two-files.html'
      ? policyForSingleFiles
      : path === '/event-finder-long.html'
        ? policy.replace("script-src 'self'", `script-src 'self' ${cspHash(importMap)}`)
        : path === '/event-finder-blocked.html'
          ? policy.replace("script-src 'self'", `script-src 'self' ${cspHash(wrongImportMap)}`)
          : policy;
  const headers = { 'content-security-policy': csp, 'cache-control': 'no-store' };
  if (pages[path]) {
    response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
  } else if (path === '/favicon.ico') {
    response.writeHead(204, headers).end();
  } else if (path === '/feed/faq.json') {
    response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(faqFeed));
  } else if (path === '/feed/long-events.json') {
    response
      .writeHead(200, { ...headers, 'content-type': 'application/json' })
      .end(JSON.stringify(longEvents));
  } else if (path === '/feed/events.json') {
    response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(events));
  } else if (path.startsWith('/cdn/')) {
    const file = normalize(join(cdnDir, path.slice('/cdn/'.length)));
    if (!file.startsWith(cdnDir) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, {
      ...headers,
      'content-type': types[extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: chromiumArgs });
let failures = 0;

/** `expectedConsole`: patterns of errors and warnings the page must log (and may). */
async function check(path, expectTags, act, expectedConsole = []) {
  const tab = await browser.newPage();
  const problems = [];
  const requested = [];
  const unseen = new Set(expectedConsole);
  tab.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warn') return;
    const expected = expectedConsole.find((pattern) => pattern.test(message.text()));
    if (expected) unseen.delete(expected);
    else problems.push(`console ${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await tab.goto(origin + path, { waitUntil: 'networkidle0' });
  // `act` may return problems of its own.
  if (act) problems.push(...((await act(tab)) ?? []));
  const state = await tab.evaluate(async (tags) => {
    const found = (tag) =>
      document.querySelector(tag) ?? document.querySelector('x-host')?.shadowRoot?.querySelector(tag) ?? null;
    await Promise.race([
      Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return tags.map((tag) => {
      const element = found(tag);
      const rendered = element?.shadowRoot?.childElementCount || element?.childElementCount || 0;
      return { tag, defined: Boolean(customElements.get(tag)), rendered: rendered > 0 };
    });
  }, expectTags);
  for (const pattern of unseen) problems.push(`expected a console message like ${pattern}`);
  for (const { tag, defined, rendered } of state) {
    if (!defined) problems.push(`<${tag}> is not defined`);
    else if (!rendered) problems.push(`<${tag}> rendered nothing`);
  }
  await tab.close();
  return { problems, requested };
}

function report(name, problems, detail = '') {
  if (problems.length) {
    failures++;
    console.error(`✗ ${name}\n    ${problems.join('\n    ')}`);
  } else {
    console.log(`✓ ${name}${detail}`);
  }
}

const allTags = widgets.map((w) => `dauys-${w}`);
/**
 * A text each widget shows in Kazakh and in Russian: proves the bundle's translations are found
 * by their (shortened) message ids, and that a change of <html lang> reaches every widget.
 */
const translatedTexts = {
  kk: {
    'dauys-countdown': 'Референдумға дейін',
    'dauys-faq': 'Сілтемені көшіру',
    'dauys-event-finder': 'Барлық өңірлер',
    'dauys-volunteer-form': 'Аты-жөніңіз',
  },
  ru: {
    'dauys-countdown': 'До референдума',
    'dauys-faq': 'Скопировать ссылку',
    'dauys-event-finder': 'Все регионы',
    'dauys-volunteer-form': 'Имя и фамилия',
  },
};
{
  const { problems } = await check('/dauys.html', allTags, async (tab) => {
    const missing = [];
    for (const [lang, texts] of Object.entries(translatedTexts)) {
      const shown = await tab.evaluate(
        async (lang, tags) => {
          document.documentElement.lang = lang;
          await new Promise((resolve) => setTimeout(resolve, 300));
          const text = (element) => `${element?.shadowRoot?.textContent ?? ''} ${element?.textContent ?? ''}`;
          return Object.fromEntries(tags.map((tag) => [tag, text(document.querySelector(tag))]));
        },
        lang,
        Object.keys(texts),
      );
      for (const [tag, expected] of Object.entries(texts)) {
        if (!shown[tag]?.includes(expected))
          missing.push(
            `<${tag}> in ${lang} does not show "${expected}": ${shown[tag]?.replace(/\s+/g, ' ').slice(0, 300)}`,
          );
      }
    }
    return missing;
  });
  report(
    'dauys.js (SRI, strict CSP, Trusted Types): all widgets defined and rendered in kk and ru',
    problems,
  );
}
for (const widget of widgets) {
  const { problems } = await check(`/${widget}.html`, [`dauys-${widget}`]);
  report(`${widget}.js (SRI, strict CSP, Trusted Types)`, problems);
}
if (widgets.includes('event-finder')) {
  const { problems, requested } = await check(
    '/event-finder-long.html',
    ['dauys-event-finder'],
    async (tab) => {
      await tab
        .waitForFunction(
          () =>
            document
              .querySelector('dauys-event-finder')
              ?.shadowRoot?.querySelector('.list[data-virtual] [data-row="40"]'),
          { timeout: 5000 },
        )
        .catch(() => undefined);
    },
  );
  const lazy = [...lazyChunksOf('event-finder.js')];
  for (const chunk of lazy) {
    if (!requested.includes(`/cdn/${chunk}`)) problems.push(`did not load ${chunk} for a long list`);
  }
  if (!lazy.length) problems.push('event-finder.js imports no on-demand chunk (the virtualiser)');
  report(
    'event-finder.js, 90 events: virtualiser loaded on demand, chunk integrity via import map',
    problems,
    ` (${lazy.join(', ')})`,
  );
}
if (widgets.includes('event-finder')) {
  const { problems } = await check(
    '/event-finder-blocked.html',
    ['dauys-event-finder'],
    async (tab) => {
      // 90 events: fewer than the fallback's plain rows, so every one is listed, without a note.
      const events = await tab
        .waitForFunction(
          () =>
            document.querySelector('dauys-event-finder')?.shadowRoot?.querySelectorAll('.event').length >= 90,
          { timeout: 5000 },
        )
        .then(() => 90)
        .catch(() => 0);
      return events ? [] : ['the 90 events were not all listed as plain rows'];
    },
    [/integrity/i, /virtualiser could not be loaded/],
  );
  report('event-finder.js, virtualiser blocked by a wrong hash: every event in a plain list', problems);
}
if (widgets.includes('countdown') && widgets.includes('faq')) {
  const { problems } = await check('/two-files.html', ['dauys-countdown', 'dauys-faq']);
  report('countdown.js + faq.js on one page (two copies of Lit)', problems);
}
{
  // The countdown is on the page; an FAQ arrives later and a volunteer form inside an open
  // shadow root of another library's element that upgrades after the loader ran.
  const later = ['faq', 'volunteer-form'].filter((w) => widgets.includes(w));
  const { problems, requested } = await check(
    '/loader.html',
    ['countdown', ...later].map((w) => `dauys-${w}`),
    async (tab) => {
      // Built node by node: the page enforces Trusted Types, so test code cannot use innerHTML.
      await tab.evaluate(() => {
        const faq = document.createElement('dauys-faq');
        const details = document.createElement('details');
        details.id = 'faq-later';
        const summary = document.createElement('summary');
        summary.textContent = 'Қайда дауыс беремін?';
        const answer = document.createElement('p');
        answer.textContent = 'Тұрғылықты жеріңіздегі учаскеде.';
        details.append(summary, answer);
        faq.append(details);
        document.getElementById('later').append(faq);
      });
      await tab.evaluate(() => {
        customElements.define(
          'x-host',
          class extends HTMLElement {
            connectedCallback() {
              const form = document.createElement('dauys-volunteer-form');
              const attributes = {
                endpoint: '/api/v1/signups',
                'privacy-url': '/privacy',
                'consent-version': '2026-01',
                now: '2026-03-01T12:00:00+05:00',
              };
              for (const [name, value] of Object.entries(attributes)) form.setAttribute(name, value);
              this.attachShadow({ mode: 'open' }).append(form);
            }
          },
        );
      });
    },
  );
  const unused = widgets.filter((w) => w !== 'countdown' && !later.includes(w));
  for (const widget of unused) {
    if (requested.some((p) => p.startsWith(`/cdn/chunks/${widget}-`))) {
      problems.push(`fetched the chunk of ${widget}, which the page does not use`);
    }
  }
  const chunks = requested.filter((p) => p.startsWith('/cdn/chunks/')).length;
  report(
    'loader.js: widgets present, added later and in a shadow root',
    problems,
    ` (${chunks} chunks: ${requested
      .filter((p) => p.startsWith('/cdn/chunks/'))
      .map((p) => p.slice(12))
      .join(', ')})`,
  );
}

await browser.close();
server.close();
if (failures) process.exit(1);
