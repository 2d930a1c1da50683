// What a first visit downloads: every file the browser asks for from navigation until 10 s after the load
// event, with no user input (idle-time loads and workers count), sized as a server would send it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { Site } from './serve';

export interface Bytes {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface FirstVisit {
  readonly js: Bytes;
  readonly css: Bytes;
  /** Every requested path with its gzip size, for the details below the table. */
  readonly files: readonly { readonly path: string; readonly gzip: number }[];
}

const SETTLE_MS = 10_000;
const EMPTY: Bytes = { files: 0, raw: 0, gzip: 0, brotli: 0 };

export function sizes(body: Buffer): Omit<Bytes, 'files'> {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function add(total: Bytes, body: Buffer): Bytes {
  const s = sizes(body);
  return { files: total.files + 1, raw: total.raw + s.raw, gzip: total.gzip + s.gzip, brotli: total.brotli + s.brotli };
}

/** The built file a request path names, or undefined (the SPA fallback, a missing file). */
export function fileFor(site: Site, path: string): string | undefined {
  const file = join(site.dist, decodeURIComponent(path));
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function measureFirstVisit(browser: Browser, site: Site): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    site.clearRequests();
    await page.goto(site.url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    let js = EMPTY;
    let css = EMPTY;
    const files: { path: string; gzip: number }[] = [];
    for (const path of new Set(site.requests())) {
      const file = fileFor(site, path);
      if (!file) continue;
      const body = readFileSync(file);
      if (/\.m?js$/.test(path)) js = add(js, body);
      else if (path.endsWith('.css')) css = add(css, body);
      files.push({ path, gzip: sizes(body).gzip });
    }
    return { js, css, files };
  } finally {
    await context.close();
  }
}
