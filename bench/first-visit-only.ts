// `npx tsx bench/first-visit-only.ts`: the first-visit bytes of the current `dist/` alone, file by file (a quick look while working).
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../playwright.config';
import { measureFirstVisit } from './browser/first-visit';
import { serveSite } from './browser/serve';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = await serveSite('app', `${root}vite.config.ts`, `${root}dist`, 4192);
const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
try {
  const visit = await measureFirstVisit(browser, site);
  for (const f of visit.files) process.stdout.write(`${(f.gzip / 1024).toFixed(1).padStart(7)} KB  ${f.path}\n`);
  process.stdout.write(`JS ${(visit.js.gzip / 1024).toFixed(1)} KB gzip in ${visit.js.files} files; CSS ${(visit.css.gzip / 1024).toFixed(1)} KB\n`);
} finally {
  await browser.close();
  await site.close();
}
