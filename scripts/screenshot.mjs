// Takes a screenshot of a page in headless Chromium, the way a person would look at it:
//   node scripts/screenshot.mjs URL OUT.png [--width=1200] [--height=900] [--lang=ru]
//     [--full] [--dark] [--wait=500] [--zoom=2] [--reduced-motion]
// --lang sets <html lang> after load (to see a widget switch locale live).
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findBrowser } from './find-browser.mjs';

const [url, out, ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs URL OUT.png [--width=N] [--lang=kk|ru|en] [--full] [--dark]',
  );
  process.exit(2);
}
const option = (name, fallback) => {
  const flag = flags.find((f) => f === `--${name}` || f.startsWith(`--${name}=`));
  if (!flag) return fallback;
  return flag.includes('=') ? flag.split('=')[1] : true;
};

const userDataDir = mkdtempSync(join(tmpdir(), 'dauys-shot-'));
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: true,
  userDataDir,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  const zoom = Number(option('zoom', 1));
  await page.setViewport({
    width: Number(option('width', 1200)),
    height: Number(option('height', 900)),
    deviceScaleFactor: zoom,
  });
  const media = [];
  if (option('dark', false)) media.push({ name: 'prefers-color-scheme', value: 'dark' });
  if (option('reduced-motion', false)) media.push({ name: 'prefers-reduced-motion', value: 'reduce' });
  if (media.length) await page.emulateMediaFeatures(media);
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type())) console.log(`[page ${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30_000 });
  const lang = option('lang', undefined);
  if (lang) await page.evaluate((value) => (document.documentElement.lang = value), lang);
  await new Promise((resolve) => setTimeout(resolve, Number(option('wait', 500))));
  await page.screenshot({ path: out, fullPage: Boolean(option('full', false)) });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
