// Makes sure a Chromium is there before browser tests. Installs Debian's package when it can
// (root with apt-get), otherwise stops with a message saying how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

if (!findBrowser()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('dauys: no Chromium found; installing Debian package "chromium" with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  if (!findBrowser()) {
    console.error(
      'dauys: browser tests need Chromium or Chrome. Install one (Debian/Ubuntu: ' +
        '`sudo apt-get install chromium`) or point CHROME_PATH at its executable.',
    );
    process.exit(1);
  }
}
