// Section 1, render: time from navigation start to the first complete widget content, for
// each Dauys widget from its CDN file and for the same component from two well-known
// libraries (Lion, Shoelace), on the same page shape, in the same run, interleaved.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { openUntilReady } from '../lib/measure.mjs';
import { summarise } from '../lib/stats.mjs';
import {
  ACTIVITY_LABELS,
  FAQ_ENTRIES,
  LANGUAGE_LABELS,
  REGION_OPTIONS,
  escapeHtml as h,
  page,
} from '../lib/content.mjs';
import { dauysMarkup } from '../lib/dauys-pages.mjs';

const PEERS = ['lion-faq', 'lion-form', 'shoelace-faq', 'shoelace-form'];

/** Bundles the peer pages' scripts with esbuild (minified, ESM), as a site would ship them. */
async function buildPeers(benchDir, outDir) {
  await build({
    absWorkingDir: benchDir,
    entryPoints: Object.fromEntries(PEERS.map((name) => [name, `./peers/${name}.js`])),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: outDir,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}

const lionFaq = () =>
  `<lion-accordion>\n${FAQ_ENTRIES.map(
    (e) => `<h3 slot="invoker"><button>${h(e.question)}</button></h3>\n<p slot="content">${h(e.answer)}</p>`,
  ).join('\n')}\n</lion-accordion>`;

const shoelaceFaq = () =>
  FAQ_ENTRIES.map((e) => `<sl-details summary="${h(e.question)}">${h(e.answer)}</sl-details>`).join('\n');

const lionForm = () => `<lion-form><form>
<lion-input name="name" label="Аты-жөніңіз"></lion-input>
<lion-input name="phone" label="Телефон" type="tel"></lion-input>
<lion-input-email name="email" label="Электрондық пошта"></lion-input-email>
<lion-select name="region" label="Өңір"><select slot="input">${REGION_OPTIONS.map(
  ([id, name]) => `<option value="${id}">${h(name)}</option>`,
).join('')}</select></lion-select>
<lion-checkbox-group name="activities[]" label="Немен көмектесесіз?">${ACTIVITY_LABELS.map(
  ([, label]) => `<lion-checkbox label="${h(label)}"></lion-checkbox>`,
).join('')}</lion-checkbox-group>
<lion-checkbox-group name="languages[]" label="Тілдер">${LANGUAGE_LABELS.map(
  ([, label]) => `<lion-checkbox label="${h(label)}"></lion-checkbox>`,
).join('')}</lion-checkbox-group>
<lion-checkbox-group name="adult[]" label="Жасы"><lion-checkbox label="Маған 18 жас толды"></lion-checkbox></lion-checkbox-group>
<lion-checkbox-group name="consent[]" label="Келісім"><lion-checkbox label="Дербес деректерімді өңдеуге келісемін"></lion-checkbox></lion-checkbox-group>
<lion-button-submit>Жіберу</lion-button-submit>
</form></lion-form>`;

const shoelaceForm = () => `<form>
<sl-input name="name" label="Аты-жөніңіз" required></sl-input>
<sl-input name="phone" label="Телефон" type="tel" required></sl-input>
<sl-input name="email" label="Электрондық пошта" type="email"></sl-input>
<sl-select name="region" label="Өңір" required>${REGION_OPTIONS.map(
  ([id, name]) => `<sl-option value="${id}">${h(name)}</sl-option>`,
).join('')}</sl-select>
<fieldset><legend>Немен көмектесесіз?</legend>${ACTIVITY_LABELS.map(
  ([id, label]) => `<sl-checkbox name="activities" value="${id}">${h(label)}</sl-checkbox>`,
).join('')}</fieldset>
<fieldset><legend>Тілдер</legend>${LANGUAGE_LABELS.map(
  ([id, label]) => `<sl-checkbox name="languages" value="${id}">${h(label)}</sl-checkbox>`,
).join('')}</fieldset>
<sl-checkbox name="adult" required>Маған 18 жас толды</sl-checkbox>
<sl-checkbox name="consent" required>Дербес деректерімді өңдеуге келісемін</sl-checkbox>
<sl-button type="submit" variant="primary">Жіберу</sl-button>
</form>`;

// Ready = every custom element of the component has finished its first Lit render
// (`hasUpdated`), and for the accordions the questions are wired (aria-expanded set).
const allUpdated = (selector, count) =>
  `(d) => { const all = [...d.querySelectorAll(${JSON.stringify(selector)})];
    return all.length >= ${count} && all.every((e) => e.hasUpdated === true && e.shadowRoot); }`;

const PEER_PAGES = [
  {
    id: 'lion-accordion',
    kind: 'faq',
    label: 'Lion lion-accordion (10 questions)',
    script: '/peer/lion-faq.js',
    body: lionFaq,
    ready: `(d) => d.querySelectorAll('lion-accordion button[aria-expanded]').length >= ${FAQ_ENTRIES.length}`,
  },
  {
    id: 'shoelace-details',
    kind: 'faq',
    label: 'Shoelace sl-details ×10',
    script: '/peer/shoelace-faq.js',
    css: '/peer/shoelace/themes/light.css',
    body: shoelaceFaq,
    ready: allUpdated('sl-details', FAQ_ENTRIES.length),
  },
  {
    id: 'lion-form',
    kind: 'form',
    label: 'Lion form (same fields)',
    script: '/peer/lion-form.js',
    body: lionForm,
    ready: allUpdated(
      'lion-form, lion-input, lion-input-email, lion-select, lion-checkbox-group, lion-checkbox, lion-button-submit',
      21,
    ),
  },
  {
    id: 'shoelace-form',
    kind: 'form',
    label: 'Shoelace form controls (same fields)',
    script: '/peer/shoelace-form.js',
    css: '/peer/shoelace/themes/light.css',
    body: shoelaceForm,
    ready: allUpdated('sl-input, sl-select, sl-checkbox, sl-button', 16),
  },
];

export async function benchRender(ctx) {
  const { browser, server, cdn, benchDir, tmp, runs, log } = ctx;
  const rows = [];
  const skipped = [];
  const pages = [];

  for (const widget of dauysMarkup(ctx)) {
    if (!cdn.available) {
      skipped.push(`render ${widget.id}: not available: ${cdn.reason}`);
      continue;
    }
    if (!existsSync(join(cdn.dir, widget.file))) {
      skipped.push(`render ${widget.id}: not available: ${widget.file} is not in the CDN build`);
      continue;
    }
    pages.push({
      id: widget.id,
      kind: widget.kind,
      label: `Dauys ${widget.id} (cdn/${widget.file})`,
      html: page({
        title: widget.id,
        head: `<script type="module" src="/cdn/${widget.file}"></script>`,
        body: widget.body,
      }),
      ready: widget.ready,
    });
  }

  if (ctx.peers.available) {
    try {
      await buildPeers(benchDir, join(tmp, 'peer'));
      for (const peer of PEER_PAGES) {
        pages.push({
          ...peer,
          html: page({
            title: peer.id,
            head: `${peer.css ? `<link rel="stylesheet" href="${peer.css}">\n` : ''}<script type="module" src="${peer.script}"></script>`,
            body: peer.body(),
          }),
        });
      }
    } catch (error) {
      skipped.push(
        `render peers: not available: esbuild could not bundle them (${error.message.split('\n')[0]})`,
      );
    }
  } else {
    skipped.push(`render peers: not available: ${ctx.peers.reason}`);
  }

  const values = new Map(pages.map((p) => [p.id, []]));
  for (const p of pages) server.routes.set(`/render/${p.id}.html`, { body: p.html });
  const failed = new Set();
  // One warm-up load of each page (not counted): the browser's first loads are slower.
  for (const p of pages) {
    await openUntilReady(browser, `${server.origin}/render/${p.id}.html`, p.ready, { timeout: 15_000 })
      .then(({ context }) => context.close())
      .catch(() => {});
  }
  // Interleaved: run 1 of every page, then run 2 …, so drift hits all pages alike.
  for (let run = 0; run < runs.render; run += 1) {
    for (const p of pages) {
      if (failed.has(p.id)) continue;
      try {
        const { readyAt, context } = await openUntilReady(
          browser,
          `${server.origin}/render/${p.id}.html`,
          p.ready,
        );
        await context.close();
        values.get(p.id).push(readyAt);
      } catch (error) {
        failed.add(p.id);
        skipped.push(`render ${p.id}: failed: ${error.message}`);
      }
    }
    log(`render: run ${run + 1}/${runs.render}`);
  }

  for (const p of pages) {
    if (failed.has(p.id)) continue;
    rows.push({
      section: 'render',
      metric: `${p.label}: navigation → content`,
      unit: 'ms',
      ...summarise(values.get(p.id)),
    });
  }
  // Ratios per run (paired by run): below 1 means Dauys is faster than the peer.
  const dauysOf = { faq: 'dauys-faq', form: 'dauys-volunteer-form' };
  for (const p of pages.filter((x) => PEER_PAGES.some((peer) => peer.id === x.id))) {
    const own = dauysOf[p.kind];
    if (failed.has(p.id) || failed.has(own) || !values.has(own)) continue;
    const a = values.get(own);
    const b = values.get(p.id);
    const ratios = a.map((value, i) => value / b[i]).filter(Number.isFinite);
    rows.push({ section: 'render', metric: `ratio ${own} / ${p.id}`, unit: '×', ...summarise(ratios) });
  }
  return { rows, skipped, raw: Object.fromEntries(values) };
}
