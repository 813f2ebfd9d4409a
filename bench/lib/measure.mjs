// Page-level measurements shared by the sections.
import { interactionProbe, readinessProbe, timerProbe } from './probe.mjs';

/**
 * Opens `url` in a fresh browser context (empty cache, no cookies), waits until `ready` (the
 * source of `(document) => boolean`) holds and returns `{ readyAt, page, context, client }`.
 * The caller closes the context.
 */
export async function openUntilReady(
  browser,
  url,
  ready,
  { timeout = 30_000, timers = false, cpuThrottle } = {},
) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setCacheEnabled(false);
  const client = await page.createCDPSession();
  if (cpuThrottle) await client.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  await page.evaluateOnNewDocument(readinessProbe, ready);
  await page.evaluateOnNewDocument(interactionProbe);
  if (timers) await page.evaluateOnNewDocument(timerProbe);
  try {
    await page.goto(url, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => window.__bench?.readyAt !== undefined, { timeout, polling: 50 });
  } catch (error) {
    const detail = errors.length ? ` (page said: ${errors.slice(0, 3).join(' | ')})` : '';
    await context.close().catch(() => {});
    throw new Error(`${url}: ${error.message}${detail}`);
  }
  const readyAt = await page.evaluate(() => window.__bench.readyAt);
  return { readyAt, page, context, client, errors };
}

/** JS heap in use after a full garbage collection, in bytes (CDP Runtime.getHeapUsage). */
export async function heapUsed(client) {
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  return usedSize;
}

/** CDP Performance metrics as a plain object (TaskDuration etc. in seconds). */
export async function performanceMetrics(client) {
  const { metrics } = await client.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}
