// Section 3, countdown: 50 countdowns on one page, ticking (target three days ahead).
// Main-thread time per second: CDP Performance metrics (TaskDuration, ScriptDuration) over a
// 10-second window after the page settled, divided by 10. Timers: every setTimeout /
// setInterval call counted by an init-script wrapper, per second in the same window, and the
// most timers pending at once.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openUntilReady, performanceMetrics } from '../lib/measure.mjs';
import { summarise } from '../lib/stats.mjs';
import { countdownMarkup, countdownReady } from '../lib/dauys-pages.mjs';
import { page } from '../lib/content.mjs';

export const COUNTDOWNS = 50;
export const WINDOW_MS = 10_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchCountdown(ctx) {
  const { browser, server, cdn, runs, log } = ctx;
  const rows = [];
  const skipped = [];
  if (!cdn.available) return { rows, skipped: [`countdown: not available: ${cdn.reason}`] };
  if (!existsSync(join(cdn.dir, 'countdown.js')))
    return { rows, skipped: ['countdown: not available: countdown.js is not in the CDN build'] };

  server.routes.set('/countdown/50.html', {
    body: page({
      title: `${COUNTDOWNS} countdowns`,
      head: '<script type="module" src="/cdn/countdown.js"></script>',
      body: countdownMarkup(COUNTDOWNS),
    }),
  });
  const task = [];
  const script = [];
  const timeoutsPerSecond = [];
  const intervals = [];
  const maxPending = [];
  const rendered = [];
  for (let run = 0; run < runs.countdown; run += 1) {
    let opened;
    try {
      opened = await openUntilReady(
        browser,
        `${server.origin}/countdown/50.html`,
        countdownReady(COUNTDOWNS),
        {
          timers: true,
        },
      );
      const { page: tab, client, readyAt } = opened;
      rendered.push(readyAt);
      await client.send('Performance.enable', { timeDomain: 'timeTicks' });
      await sleep(1500);
      const before = await performanceMetrics(client);
      const timersBefore = await tab.evaluate(() => ({ ...window.__benchTimers }));
      await sleep(WINDOW_MS);
      const after = await performanceMetrics(client);
      const timersAfter = await tab.evaluate(() => ({ ...window.__benchTimers }));
      const seconds = WINDOW_MS / 1000;
      task.push(((after.TaskDuration - before.TaskDuration) * 1000) / seconds);
      script.push(((after.ScriptDuration - before.ScriptDuration) * 1000) / seconds);
      timeoutsPerSecond.push((timersAfter.setTimeout - timersBefore.setTimeout) / seconds);
      intervals.push(timersAfter.intervalsPending);
      maxPending.push(timersAfter.maxPending);
    } catch (error) {
      skipped.push(`countdown: failed: ${error.message}`);
      break;
    } finally {
      await opened?.context.close().catch(() => {});
    }
    log(`countdown: run ${run + 1}/${runs.countdown}`);
  }
  server.routes.delete('/countdown/50.html');
  if (!task.length) return { rows, skipped };
  const metric = (name, unit, values) =>
    rows.push({
      section: 'countdown',
      metric: `${COUNTDOWNS} countdowns: ${name}`,
      unit,
      ...summarise(values),
    });
  metric('navigation → all rendered', 'ms', rendered);
  metric('main-thread task time per second', 'ms/s', task);
  metric('script time per second', 'ms/s', script);
  metric('setTimeout calls per second', '/s', timeoutsPerSecond);
  metric('setInterval timers running', 'timers', intervals);
  metric('timers pending at most', 'timers', maxPending);
  return { rows, skipped };
}
