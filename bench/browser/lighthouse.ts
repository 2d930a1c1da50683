// Lighthouse 12 performance, desktop and mobile, against /usr/bin/chromium started with the e2e suite's
// flags. Each run gets a fresh browser (a cold cache, as a first visit has); the median of the runs is kept.
import type { Flags, Result } from 'lighthouse';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../../playwright.config';

export type FormFactor = 'desktop' | 'mobile';

export interface LighthouseFigures {
  readonly score: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
}

const RUN_TIMEOUT_MS = 120_000;

function numeric(lhr: Result, audit: string): number {
  return lhr.audits[audit]?.numericValue ?? Number.NaN;
}

async function runOnce(url: string, formFactor: FormFactor): Promise<LighthouseFigures> {
  const chrome = await launch({ chromePath: SYSTEM_CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const flags: Flags = { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error', maxWaitForLoad: 60_000 };
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`Lighthouse took over ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS).unref(),
    );
    const result = await Promise.race([lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined), timeout]);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    return {
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}

/** The median run by score (its LCP, TBT and CLS belong to that run), as Lighthouse's own guidance suggests. */
export function medianRun(results: readonly LighthouseFigures[]): LighthouseFigures {
  const sorted = [...results].sort((a, b) => a.score - b.score || a.lcpMs - b.lcpMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no Lighthouse run to take the median of');
  return median;
}

export function runLighthouse(url: string, formFactor: FormFactor): Promise<LighthouseFigures> {
  return runOnce(url, formFactor);
}
