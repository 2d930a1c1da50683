// `npm run bench`: builds the app and the bare page, serves both with `vite preview`, and prints one table of
// first-visit bytes, Lighthouse desktop and mobile, keystroke latency, core µs and chart ms.
// Bounded: every browser step has a timeout, and the whole run is stopped after BENCH_LIMIT_MIN minutes.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../playwright.config';
import { measureFirstUse, type FirstUse } from './browser/first-use';
import { measureFirstVisit } from './browser/first-visit';
import type { Keystroke } from './browser/keystroke';
import { measureKeystrokes, percentile } from './browser/keystroke';
import type { FormFactor, LighthouseFigures } from './browser/lighthouse';
import { medianRun, runLighthouse } from './browser/lighthouse';
import { serveSite } from './browser/serve';
import { measureCore } from './core';
import type { Row } from './table';
import { kb, ms, renderTable } from './table';

const root = fileURLToPath(new URL('..', import.meta.url));
const LIMIT_MIN = Number(process.env.BENCH_LIMIT_MIN ?? 25);
// Three runs, median by score; BENCH_LIGHTHOUSE_RUNS=0 leaves Lighthouse out (a quick look at the other rows).
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const APP_PORT = 4190;
const BARE_PORT = 4191;

const watchdog = setTimeout(() => {
  process.stderr.write(`bench: stopped after ${LIMIT_MIN} minutes\n`);
  process.exit(2);
}, LIMIT_MIN * 60_000);
watchdog.unref();

const step = (what: string) => process.stderr.write(`bench: ${what}\n`);

step('building the app and the bare page');
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync('npx', ['vite', 'build', '--config', 'bench/bare/vite.config.ts', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

// Served from a copy, so a build started meanwhile (the e2e suite's) cannot change files under the bench.
const appDist = `${root}bench/out/dist`;
rmSync(appDist, { recursive: true, force: true });
cpSync(`${root}dist`, appDist, { recursive: true });
const app = await serveSite('app', `${root}vite.config.ts`, appDist, APP_PORT);
const bare = await serveSite('bare page', `${root}bench/bare/vite.config.ts`, `${root}bench/bare/dist`, BARE_PORT);
const rows: Row[] = [];
try {
  const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
  try {
    step('first visit: 10 s after load, each page');
    const [appVisit, bareVisit] = [await measureFirstVisit(browser, app), await measureFirstVisit(browser, bare)];
    const jsGoal = 170 * 1024;
    rows.push(
      {
        metric: `first-visit JS, gzip (${appVisit.js.files} / ${bareVisit.js.files} files)`,
        app: appVisit.js.gzip,
        bare: bareVisit.js.gzip,
        format: kb,
        goal: { text: '≤ 170 KB', met: appVisit.js.gzip <= jsGoal },
      },
      { metric: 'first-visit JS, brotli', app: appVisit.js.brotli, bare: bareVisit.js.brotli, format: kb },
      { metric: 'first-visit CSS, gzip', app: appVisit.css.gzip, bare: bareVisit.css.gzip, format: kb },
      { metric: 'first-visit CSS, brotli', app: appVisit.css.brotli, bare: bareVisit.css.brotli, format: kb },
    );
    if (process.env.BENCH_FILES) for (const f of appVisit.files) process.stderr.write(`  ${f.path} ${kb(f.gzip)}\n`);

    // A first visit defers the app's code to first use: what that costs the visitor, counted here (no goal).
    step('first use → live, desktop and mobile (4× CPU, slow 4G), median of 3');
    for (const profile of ['desktop', 'mobile'] as const) {
      const runs: FirstUse[] = [];
      for (let i = 0; i < 3; i++) runs.push(await measureFirstUse(browser, app, profile));
      const median = (pick: (run: FirstUse) => number) => runs.map(pick).sort((a, b) => a - b)[1]!;
      rows.push(
        { metric: `first use → form live, ${profile}`, app: median((r) => r.liveMs), format: ms },
        { metric: `first use → side column live, ${profile}`, app: median((r) => r.panelsMs), format: ms },
      );
      if (profile === 'desktop') {
        rows.push({ metric: 'JS fetched from first use until the side column is live, gzip', app: median((r) => r.jsGzip), format: kb });
      }
    }

    step('keystroke → code painted, three alternating rounds each');
    const appTarget = { inputLabel: 'output_dir', codeLabel: 'Python code' };
    const appKeys: Keystroke[] = [];
    const bareKeys: Keystroke[] = [];
    for (let round = 0; round < 3; round++) {
      appKeys.push(...(await measureKeystrokes(browser, app, appTarget)).keys);
      bareKeys.push(...(await measureKeystrokes(browser, bare, appTarget)).keys);
    }
    const figure = (metric: string, pick: (key: Keystroke) => number, q: number): Row => ({
      metric,
      app: percentile(appKeys, pick, q),
      bare: percentile(bareKeys, pick, q),
      format: ms,
    });
    const p95 = figure('keystroke → code painted, p95', (key) => key.painted, 0.95);
    rows.push(
      figure('keystroke → code painted, p50', (key) => key.painted, 0.5),
      { ...p95, goal: { text: '≤ 1.25× bare', met: p95.app <= 1.25 * p95.bare! } },
      // What the wait is made of, whatever the point of the frame the key landed on.
      figure('  of which: until the code is in the page, p50', (key) => key.inPage, 0.5),
      figure('  of which: the frame that paints it, p50', (key) => key.frame, 0.5),
    );
  } finally {
    await browser.close();
  }

  for (const formFactor of LIGHTHOUSE_RUNS > 0 ? (['desktop', 'mobile'] as const satisfies readonly FormFactor[]) : []) {
    step(`Lighthouse ${formFactor}: ${LIGHTHOUSE_RUNS} runs each, alternating`);
    const appRuns: LighthouseFigures[] = [];
    const bareRuns: LighthouseFigures[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      appRuns.push(await runLighthouse(app.url, formFactor));
      bareRuns.push(await runLighthouse(bare.url, formFactor));
    }
    const a = medianRun(appRuns);
    const b = medianRun(bareRuns);
    const scoreGoal = formFactor === 'desktop' ? 98 : 90;
    rows.push(
      { metric: `Lighthouse ${formFactor}: score`, app: a.score, bare: b.score, format: String, goal: { text: `≥ ${scoreGoal}`, met: a.score >= scoreGoal } },
      { metric: `Lighthouse ${formFactor}: LCP`, app: a.lcpMs, bare: b.lcpMs, format: ms },
      { metric: `Lighthouse ${formFactor}: TBT`, app: a.tbtMs, bare: b.tbtMs, format: ms },
      { metric: `Lighthouse ${formFactor}: CLS`, app: a.cls, bare: b.cls, format: (v) => v.toFixed(3) },
    );
  }
} finally {
  await app.close();
  await bare.close();
}

step('core, in this process');
const core = measureCore();
rows.push(
  {
    metric: 'core: resolve + every rule + Python, median',
    app: core.keystrokeCoreUs,
    format: (v) => `${v.toFixed(0)} µs`,
    goal: { text: '≤ 300 µs', met: core.keystrokeCoreUs <= 300 },
  },
  { metric: 'chart: 1,000,000 steps + envelope, median', app: core.chartMs, format: ms, goal: { text: '≤ 50 ms', met: core.chartMs <= 50 } },
  { metric: 'CLI check --jsonl, 2,000 lines, median', app: core.jsonlMs, format: ms },
);

process.stdout.write(`${renderTable(rows)}\n`);
