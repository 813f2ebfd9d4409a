// How each Dauys widget is put on a benchmark page, and when it counts as rendered.
// Readiness predicates run inside the page: `(document) => boolean`.
import { FAQ_ENTRIES, escapeHtml as h } from './content.mjs';

/** Text of a node including every open shadow root below it (in-page helper, as source). */
export const DEEP_TEXT = `function deepText(node) {
  let text = '';
  const walk = (n) => {
    if (n.nodeType === 3) { text += n.data; return; }
    if (n.shadowRoot) walk(n.shadowRoot);
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return text;
}`;

/** Instant + days, as ISO 8601 at UTC+5 (what a webmaster writes in `target`). */
export function kzIso(ms) {
  const local = new Date(ms + 5 * 3600_000);
  return `${local.toISOString().slice(0, 19)}+05:00`;
}

const upcomingTarget = () => kzIso(Math.ceil((Date.now() + 3 * 86_400_000) / 60_000) * 60_000);
const upcomingCloses = () =>
  kzIso(Math.ceil((Date.now() + 3 * 86_400_000 + 13 * 3600_000) / 60_000) * 60_000);

/** `<dauys-countdown>` markup that ticks every second (a target three days ahead). */
export function countdownMarkup(count = 1) {
  const target = upcomingTarget();
  const closes = upcomingCloses();
  return Array.from(
    { length: count },
    () => `<dauys-countdown target="${target}" closes="${closes}"></dauys-countdown>`,
  ).join('\n');
}

/** Every countdown has rendered once and shows digits. */
export const countdownReady = (count = 1) => `(d) => {
  const all = [...d.querySelectorAll('dauys-countdown')];
  return all.length >= ${count} && all.every((e) => e.hasUpdated && e.shadowRoot && /\\d/.test(e.shadowRoot.textContent));
}`;

/** The FAQ from light-DOM content, as the docs tell webmasters to write it (works without JS). */
export function faqMarkup() {
  return `<dauys-faq>\n${FAQ_ENTRIES.map(
    (e) => `<details id="faq-${e.id}"><summary>${h(e.question)}</summary><p>${h(e.answer)}</p></details>`,
  ).join('\n')}\n</dauys-faq>`;
}

/** All questions are wired as accordion buttons. */
export const faqReady = `(d) => {
  const root = d.querySelector('dauys-faq')?.shadowRoot;
  return !!root && root.querySelectorAll('button[aria-expanded]').length >= ${FAQ_ENTRIES.length};
}`;

export const finderMarkup = (src) => `<dauys-event-finder src="${src}"></dauys-event-finder>`;

/** At least one sample event (titles start "Үлгі: ") is on screen. */
export const finderReady = `(d) => {
  ${DEEP_TEXT}
  const host = d.querySelector('dauys-event-finder');
  return !!host && !!host.shadowRoot && deepText(host.shadowRoot).includes('Үлгі: ');
}`;

export const formMarkup = () =>
  `<dauys-volunteer-form endpoint="/api/v1/signups" partner="bench" privacy-url="/privacy" consent-version="privacy-2026-11"></dauys-volunteer-form>`;

/** The form, its fields and its submit button are there (the form renders in light DOM). */
export const formReady = `(d) => {
  const host = d.querySelector('dauys-volunteer-form');
  return !!host && host.hasUpdated === true && host.querySelectorAll('input').length >= 3 &&
    !!host.querySelector('button[type=submit]');
}`;

/** The four widgets as the render section puts them on a page. */
export function dauysMarkup(ctx) {
  const feed = ctx.feeds.available ? ctx.feeds.json(100) : '{"version":1,"events":[]}';
  ctx.server.routes.set('/render/events-100.json', { body: feed, type: 'application/json' });
  return [
    {
      id: 'dauys-countdown',
      kind: 'countdown',
      file: 'countdown.js',
      body: countdownMarkup(1),
      ready: countdownReady(1),
    },
    { id: 'dauys-faq', kind: 'faq', file: 'faq.js', body: faqMarkup(), ready: faqReady },
    {
      id: 'dauys-event-finder',
      kind: 'finder',
      file: 'event-finder.js',
      body: finderMarkup('/render/events-100.json'),
      ready: finderReady,
    },
    {
      id: 'dauys-volunteer-form',
      kind: 'form',
      file: 'volunteer-form.js',
      body: formMarkup(),
      ready: formReady,
    },
  ];
}
