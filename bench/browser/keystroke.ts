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

/** One keystroke, in milliseconds from its keydown. */
export interface Keystroke {
  /** Until the frame showing the code was painted: what the person waits. */
  readonly painted: number;
  /** Until the code was in the page: the key's own handling (the browser's and the page's script). */
  readonly inPage: number;
  /** From the frame's start (its animation callbacks) until it was painted: style, layout, paint. */
  readonly frame: number;
}

export interface Keystrokes {
  readonly keys: readonly Keystroke[];
}

const WARMUP = 8;
const SAMPLES = 60;
const KEY_TIMEOUT_MS = 5_000;
const FRAME_MS = 1000 / 60;

/**
 * How long key `i` waits before it is pressed. A person's keys land anywhere in the display's frame, but the
 * bench's own round trips would land every key at about the same point after the last frame, so a small change
 * in work decides whether all keys or none miss a frame. The golden-ratio sequence spreads the keys evenly over
 * a frame, and the same in every run.
 */
function keyPhaseMs(i: number): number {
  return (((i + 1) * 0.6180339887498949) % 1) * FRAME_MS;
}

declare global {
  interface Window {
    __benchKeydown?: number;
    __benchPainted?: Promise<Keystroke>;
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
      var inPage = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      // rAF runs before the frame is painted; a task posted from it runs after.
      requestAnimationFrame(function () {
        var frameStart = performance.now();
        var channel = new MessageChannel();
        channel.port1.onmessage = function () {
          var now = performance.now();
          resolve({ painted: now - window.__benchKeydown, inPage: inPage - window.__benchKeydown, frame: now - frameStart });
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(element, { subtree: true, childList: true, characterData: true });
    var timer = setTimeout(function () { observer.disconnect(); reject(new Error('the code never showed ' + expected)); }, timeout);
  });
};
`;

/** The q-quantile (0.95 for p95) of one figure over the keystrokes. */
export function percentile(keys: readonly Keystroke[], pick: (key: Keystroke) => number, q: number): number {
  const sorted = keys.map(pick).sort((a, b) => a - b);
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
    const keys: Keystroke[] = [];
    let typed = '';
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const letter = 'abcdefghijklmnopqrstuvwxyz'[i % 26]!;
      typed += letter;
      // Armed before the key is pressed, awaited after.
      await code.evaluate((element, { expected, timeout }) => window.__benchArm?.(element, expected, timeout), {
        expected: `output_dir='${typed}'`,
        timeout: KEY_TIMEOUT_MS,
      });
      await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), keyPhaseMs(i));
      await page.keyboard.press(letter);
      const timed = await page.evaluate(() => window.__benchPainted ?? Promise.reject(new Error('not armed')));
      if (i >= WARMUP) keys.push(timed);
    }
    return { keys };
  } finally {
    await context.close();
  }
}
