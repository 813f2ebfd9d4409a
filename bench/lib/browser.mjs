// Launches the machine's Chromium (never downloads one) with a fresh, throwaway profile.
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser.mjs';

export { findBrowser };

/** @returns {Promise<{ browser: import('puppeteer-core').Browser, close: () => Promise<void> }>} */
export async function launchBrowser({ extraArgs = [] } = {}) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('no Chromium found (install Debian "chromium" or set CHROME_PATH)');
  const userDataDir = mkdtempSync(join(tmpdir(), 'dauys-bench-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    protocolTimeout: 120_000,
    args: [...chromiumArgs, '--window-size=1280,900', ...extraArgs],
    defaultViewport: { width: 1280, height: 900 },
  });
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
