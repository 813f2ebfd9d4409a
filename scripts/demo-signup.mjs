// Signs up a volunteer through the demo's real form in headless Chromium, the way a person
// would: types into the fields, ticks the boxes, waits like a human, presses "Sign up", and
// reports what the page and the server answered. Used to check `npm start` end to end:
//
//   node scripts/demo-signup.mjs [URL] [--lang=kk|ru|en] [--name="Айгүл Серікқызы"]
//     [--phone="8 701 123 45 67"] [--region=pavlodar] [--locality=Екібастұз] [--shot=/tmp/after.png]
//
// URL defaults to http://127.0.0.1:8787/ (the first partner site). Exit code 0 when the hub
// accepted the signup (HTTP 201 or 200), 1 otherwise. Prints no personal data beyond what the
// flags gave it.
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findBrowser } from './find-browser.mjs';

const args = process.argv.slice(2);
const url = args.find((arg) => !arg.startsWith('--')) ?? 'http://127.0.0.1:8787/';
const option = (name, fallback) => {
  const flag = args.find((arg) => arg.startsWith(`--${name}=`));
  return flag ? flag.slice(name.length + 3) : fallback;
};
const lang = option('lang', undefined);
const person = {
  name: option('name', 'Демо Ерікті'),
  phone: option('phone', '8 701 123 45 67'),
  region: option('region', 'pavlodar'),
  locality: option('locality', ''),
};
const shot = option('shot', undefined);

const userDataDir = mkdtempSync(join(tmpdir(), 'dauys-signup-'));
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: true,
  userDataDir,
  args: chromiumArgs,
});
let ok = false;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type())) console.log(`[page ${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  const signupResponses = [];
  page.on('response', (response) => {
    if (response.request().method() === 'POST' && response.url().includes('/signups')) {
      signupResponses.push(`${response.status()} ${response.url()}`);
    }
  });

  const target = new URL(url);
  if (lang) target.searchParams.set('lang', lang);
  await page.goto(target.href, { waitUntil: 'networkidle0', timeout: 30_000 });
  const opened = Date.now();

  const form = 'dauys-volunteer-form form';
  await page.waitForSelector(`${form} input[name="name"]`, { timeout: 15_000 });
  await page.$eval('dauys-volunteer-form', (element) => element.scrollIntoView({ block: 'start' }));

  // Listen for the widget's own events (their details never carry personal data).
  await page.evaluate(() => {
    window.__signupEvents = [];
    for (const name of ['dauys-signup-submit', 'dauys-signup-success', 'dauys-signup-error']) {
      document.addEventListener(name, (event) => window.__signupEvents.push({ name, detail: event.detail }));
    }
  });

  await page.type(`${form} input[name="name"]`, person.name, { delay: 20 });
  await page.type(`${form} input[name="phone"]`, person.phone, { delay: 20 });
  await page.select(`${form} select[name="region"]`, person.region);
  if (await page.$(`${form} input[name="locality"]`)) {
    if (person.locality) await page.type(`${form} input[name="locality"]`, person.locality, { delay: 20 });
  }
  await page.click(`${form} input[name="activities"][value="info-stand"]`);
  await page.click(`${form} input[name="activities"][value="online"]`);
  const languages = await page.$$(`${form} input[name="languages"]`);
  if (languages.length) await page.click(`${form} input[name="languages"][value="kk"]`);
  await page.click(`${form} input[name="adult"]`);
  await page.click(`${form} input[name="consent"]`);

  // People take more than a couple of seconds; the form's minimum fill time is 2 s.
  const wait = 3000 - (Date.now() - opened);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  await page.click(`${form} button[type="submit"]`);

  await page
    .waitForFunction(() => window.__signupEvents.some((event) => event.name !== 'dauys-signup-submit'), {
      timeout: 20_000,
    })
    .catch(() => {});
  const events = await page.evaluate(() => window.__signupEvents);
  const heading = await page
    .$eval('dauys-volunteer-form h2', (element) => element.textContent.trim())
    .catch(() => '(no heading)');
  if (shot) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.screenshot({ path: shot });
  }
  console.log(`page:      ${target.href}`);
  console.log(`requests:  ${signupResponses.join('; ') || '(none)'}`);
  for (const event of events) console.log(`event:     ${event.name} ${JSON.stringify(event.detail)}`);
  console.log(`shown:     ${heading}`);
  if (shot) console.log(`screenshot: ${shot}`);
  ok = events.some((event) => event.name === 'dauys-signup-success');
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(ok ? 'signup accepted' : 'signup NOT accepted');
process.exit(ok ? 0 : 1);
