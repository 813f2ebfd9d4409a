// Section 2, event finder at scale: feeds of 1,000 / 10,000 / 50,000 sample events. For each:
// first render twice over: as a visitor waits for it (navigation → first event on screen, with
// fetching the script and the feed and JSON.parse of it) and the widget's own part of it (feed
// data received → first rows laid out, its User Timing measure `dauys-event-finder:first-render`,
// the figure the 200 ms budget is about); one search keystroke and one region change
// (event → the next frame after the list changed), and the JS heap in use after a garbage
// collection.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { heapUsed, openUntilReady } from '../lib/measure.mjs';
import { summarise } from '../lib/stats.mjs';
import { finderMarkup, finderReady } from '../lib/dauys-pages.mjs';
import { page } from '../lib/content.mjs';

export const FINDER_SIZES = [1_000, 10_000, 50_000];
// One key on an empty search box: a letter that narrows the list (Ұлытау, сұрақ, құжат …).
const SEARCH_KEY = 'ұ';
const REGION = 'karaganda';

// In-page: the search box and the region <select>, wherever they sit in the widget's shadow tree.
function findControls() {
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.querySelector('dauys-event-finder').shadowRoot);
  const search =
    all.find((el) => el.matches('input[type=search]')) ??
    all.find((el) => el.matches('input[type=text], input:not([type])'));
  const region = all.find(
    (el) => el.matches('select') && [...el.options].some((o) => o.value === 'karaganda'),
  );
  return { search: Boolean(search), region: Boolean(region) };
}

async function measureInteraction(page, eventTypes, act, timeoutMs) {
  const result = page.evaluate(
    (types, timeout) =>
      window.__benchInteraction(
        'dauys-event-finder',
        '[part~="count"], [part~="list"], [part~="empty"]',
        types,
        timeout,
      ),
    eventTypes,
    timeoutMs,
  );
  await act();
  return result;
}

export async function benchFinder(ctx) {
  const { browser, server, cdn, runs, log } = ctx;
  const rows = [];
  const skipped = [];
  if (!cdn.available) return { rows, skipped: [`event finder: not available: ${cdn.reason}`] };
  if (!existsSync(join(cdn.dir, 'event-finder.js')))
    return { rows, skipped: ['event finder: not available: event-finder.js is not in the CDN build'] };
  if (!ctx.feeds.available) return { rows, skipped: [`event finder: not available: ${ctx.feeds.reason}`] };

  for (const size of FINDER_SIZES) {
    const feedPath = `/finder/events-${size}.json`;
    server.routes.set(feedPath, { body: ctx.feeds.json(size), type: 'application/json' });
    server.routes.set(`/finder/${size}.html`, {
      body: page({
        title: `event finder ${size}`,
        head: '<script type="module" src="/cdn/event-finder.js"></script>',
        body: finderMarkup(feedPath),
      }),
    });
    const render = [];
    const own = [];
    const keystroke = [];
    const region = [];
    const heap = [];
    const count = size >= 50_000 ? runs.finderLarge : runs.finder;
    let problem;
    for (let run = 0; run < count && !problem; run += 1) {
      let opened;
      try {
        opened = await openUntilReady(browser, `${server.origin}/finder/${size}.html`, finderReady, {
          timeout: 60_000,
        });
        const { page: tab, client, readyAt } = opened;
        render.push(readyAt);
        // The widget measures its own part when the first rows are laid out (a frame at most
        // after they are seen here).
        const ownMeasure = await tab
          .waitForFunction(
            () => performance.getEntriesByName('dauys-event-finder:first-render', 'measure')[0]?.duration,
            { timeout: 5_000, polling: 20 },
          )
          .then((handle) => handle.jsonValue())
          .catch(() => undefined);
        if (typeof ownMeasure === 'number') own.push(ownMeasure);
        else if (run === 0)
          skipped.push(
            `event finder ${size}: no dauys-event-finder:first-render measure; widget's own time not measured`,
          );
        heap.push((await heapUsed(client)) / 1024 / 1024);
        const controls = await tab.evaluate(findControls);
        if (controls.search) {
          // The search box (through shadow roots): focused, then one real key press.
          const search = await (
            await tab.$('dauys-event-finder')
          ).$('pierce/input[type=search], input[type=text], input:not([type])');
          await search.focus();
          try {
            keystroke.push(await measureInteraction(tab, 'input', () => search.type(SEARCH_KEY), 15_000));
          } catch (error) {
            const state = await tab.evaluate(
              (el) => ({ value: el.value, focused: el.getRootNode().activeElement === el }),
              search,
            );
            throw new Error(
              `${error.message} (search box value ${JSON.stringify(state.value)}, focused: ${state.focused})`,
            );
          }
          // Back to the whole list before the region change (not measured).
          await measureInteraction(tab, 'input', () => search.press('Backspace'), 15_000).catch(() => {});
        }
        if (controls.region) {
          region.push(
            await measureInteraction(
              tab,
              'change',
              () =>
                tab.evaluate((value) => {
                  const walk = (root) => {
                    for (const el of root.querySelectorAll('*')) {
                      if (el.matches('select') && [...el.options].some((o) => o.value === value)) return el;
                      const inner = el.shadowRoot && walk(el.shadowRoot);
                      if (inner) return inner;
                    }
                    return null;
                  };
                  const select = walk(document.querySelector('dauys-event-finder').shadowRoot);
                  select.value = value;
                  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
                  select.dispatchEvent(new Event('change', { bubbles: true }));
                }, REGION),
              15_000,
            ),
          );
        }
        if (run === 0 && !controls.search)
          skipped.push(`event finder: no search box found (input[type=search]); keystroke not measured`);
        if (run === 0 && !controls.region)
          skipped.push(`event finder: no region <select> found; region change not measured`);
      } catch (error) {
        problem = error.message;
      } finally {
        await opened?.context.close().catch(() => {});
      }
      log(`event finder ${size}: run ${run + 1}/${count}`);
    }
    if (problem) skipped.push(`event finder ${size}: failed: ${problem}`);
    const label = size.toLocaleString('en-US');
    if (render.length)
      rows.push({
        section: 'event finder',
        metric: `${label} events: first render`,
        unit: 'ms',
        ...summarise(render),
      });
    if (own.length)
      rows.push({
        section: 'event finder',
        metric: `${label} events: first render, widget's own (feed received → first rows)`,
        unit: 'ms',
        ...summarise(own),
      });
    if (keystroke.length)
      rows.push({
        section: 'event finder',
        metric: `${label} events: search keystroke → next frame`,
        unit: 'ms',
        ...summarise(keystroke),
      });
    if (region.length)
      rows.push({
        section: 'event finder',
        metric: `${label} events: region change → next frame`,
        unit: 'ms',
        ...summarise(region),
      });
    if (heap.length)
      rows.push({
        section: 'event finder',
        metric: `${label} events: JS heap after GC`,
        unit: 'MB',
        ...summarise(heap),
      });
    server.routes.delete(feedPath);
  }
  return { rows, skipped };
}
