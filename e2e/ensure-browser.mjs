// Makes sure the e2e suite has a browser before it starts, on any machine `npm test` runs on:
// Debian's Chromium where it is installed (these machines, CI), else Playwright's own build, which is
// downloaded when missing; where that download is impossible (no route to the browser host) and we are
// root with apt-get, Debian's package is installed instead. Anything else stops with what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/* eslint-disable no-console -- a command-line step: the console is its output */

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function run(command, args) {
  try {
    execFileSync(command, args, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

function hasBrowser() {
  return existsSync(SYSTEM_CHROMIUM) || existsSync(chromium.executablePath());
}

if (!hasBrowser()) {
  console.log("No browser for the e2e tests yet: installing Playwright's Chromium…");
  run('npx', ['playwright', 'install', 'chromium']);
}
if (!hasBrowser() && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("Playwright's download failed: installing Debian's Chromium with apt-get…");
  if (run('apt-get', ['update', '-qq'])) run('apt-get', ['install', '-y', '-qq', 'chromium']);
}
if (!hasBrowser()) {
  console.error(
    "The e2e tests need Chromium. Install it with `npx playwright install chromium`, or your distribution's " +
      'chromium package at /usr/bin/chromium, then run `npm test` again.',
  );
  process.exit(1);
}
