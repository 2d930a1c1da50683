// What the first use of the page costs, since a first visit defers the app's code to it: from the visitor's
// first touch or pointer move to the form being live (`<html data-hydrated>`) and the side column being live
// (`<html data-panels>`), and the JavaScript fetched in between. Timed inside the page.
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { fileFor, sizes } from './first-visit';
import type { Site } from './serve';

export type FirstUseProfile = 'desktop' | 'mobile';

export interface FirstUse {
  /** Milliseconds from the first input event to a live form. */
  readonly liveMs: number;
  /** … to a live side column (issues, code). */
  readonly panelsMs: number;
  /** JavaScript fetched from the first input until the side column is live, gzip bytes. */
  readonly jsGzip: number;
}

// Lighthouse's mobile preset, applied rather than simulated: 4× slower CPU, slow 4G (150 ms, 1.6 Mbit/s down).
const MOBILE_CPU_SLOWDOWN = 4;
const MOBILE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const WATCH_SCRIPT = `
window.__benchUse = new Promise(function (resolve) {
  var start = 0, live = 0;
  function check() {
    var html = document.documentElement;
    if (start && !live && html.hasAttribute('data-hydrated')) live = performance.now();
    if (start && live && html.hasAttribute('data-panels')) { observer.disconnect(); resolve([live - start, performance.now() - start]); }
  }
  var observer = new MutationObserver(check);
  observer.observe(document.documentElement, { attributes: true });
  function begin(e) { if (!start) { start = e.timeStamp; check(); } }
  window.addEventListener('pointermove', begin, true);
  window.addEventListener('touchstart', begin, true);
});
// The script's value: not the promise, which evaluate would wait for before the first input is made.
true;
`;

export async function measureFirstUse(browser: Browser, site: Site, profile: FirstUseProfile): Promise<FirstUse> {
  const mobile = profile === 'mobile';
  const context = await browser.newContext(
    mobile ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1440, height: 900 } },
  );
  try {
    const page = await context.newPage();
    if (mobile) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_CPU_SLOWDOWN });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
    }
    await page.goto(site.url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.evaluate(WATCH_SCRIPT);
    site.clearRequests();
    // On the page's title: a place with nothing to press, so only the load itself is timed.
    if (mobile) await page.touchscreen.tap(60, 30);
    else await page.mouse.move(60, 30);
    const [liveMs, panelsMs] = await page.evaluate(() => (window as unknown as { __benchUse: Promise<[number, number]> }).__benchUse);
    let jsGzip = 0;
    for (const path of new Set(site.requests())) {
      const file = fileFor(site, path);
      if (file !== undefined && /\.m?js$/.test(path)) jsGzip += sizes(readFileSync(file)).gzip;
    }
    return { liveMs, panelsMs, jsGzip };
  } finally {
    await context.close();
  }
}
