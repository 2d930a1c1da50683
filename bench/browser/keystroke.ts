// Keystroke → generated code painted: from the keydown event's time stamp to the first frame painted after
// the code block shows the typed value. Timed inside the page, so Playwright's own latency is not counted.
import type { Browser } from '@playwright/test';
import type { Site } from './serve';

export interface KeystrokeTarget {
  /** The input typed into (found by its label, as a user would). */
  readonly inputLabel: string;
  /** The code block that must show the value (found by its accessible name). */
  readonly codeLabel: string;
}

export interface Keystrokes {
  /** Milliseconds per keystroke, sorted. */
  readonly times: readonly number[];
}

const WARMUP = 8;
const SAMPLES = 30;
const KEY_TIMEOUT_MS = 5_000;

declare global {
  interface Window {
    __benchKeydown?: number;
    __benchPainted?: Promise<number>;
    __benchArm?: (element: Element, expected: string, timeout: number) => void;
  }
}

// In-page code as text: the TypeScript runner would otherwise wrap its functions in helpers the page lacks.
const ARM_SCRIPT = `
document.addEventListener('keydown', function (e) { window.__benchKeydown = e.timeStamp; }, { capture: true });
window.__benchArm = function (element, expected, timeout) {
  window.__benchPainted = new Promise(function (resolve, reject) {
    var observer = new MutationObserver(function () {
      if ((element.textContent || '').indexOf(expected) < 0) return;
      observer.disconnect();
      clearTimeout(timer);
      // rAF runs before the frame is painted; a task posted from it runs after.
      requestAnimationFrame(function () {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () { resolve(performance.now() - window.__benchKeydown); };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(element, { subtree: true, childList: true, characterData: true });
    var timer = setTimeout(function () { observer.disconnect(); reject(new Error('the code never showed ' + expected)); }, timeout);
  });
};
`;

export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export async function measureKeystrokes(browser: Browser, site: Site, target: KeystrokeTarget): Promise<Keystrokes> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    const input = page.getByLabel(target.inputLabel, { exact: true });
    const code = page.getByLabel(target.codeLabel, { exact: true });
    await code.waitFor({ state: 'visible', timeout: 30_000 });
    // A person's mouse moves before it clicks; the app loads its code on that first sign of use.
    await page.mouse.move(20, 20);
    await page.mouse.move(40, 40);
    await input.click();
    await input.fill('');
    await page.evaluate(ARM_SCRIPT);
    // Let idle-time work (chunks loaded after start-up) finish, as it would before a person starts typing.
    await page.waitForTimeout(2_000);
    const times: number[] = [];
    let typed = '';
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const key = 'abcdefghijklmnopqrstuvwxyz'[i % 26]!;
      typed += key;
      // Armed before the key is pressed, awaited after.
      await code.evaluate((element, { expected, timeout }) => window.__benchArm?.(element, expected, timeout), {
        expected: `output_dir='${typed}'`,
        timeout: KEY_TIMEOUT_MS,
      });
      await page.keyboard.press(key);
      const ms = await page.evaluate(() => window.__benchPainted ?? Promise.reject(new Error('not armed')));
      if (i >= WARMUP) times.push(ms);
    }
    return { times: times.sort((a, b) => a - b) };
  } finally {
    await context.close();
  }
}
