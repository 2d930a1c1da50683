// Prints the gzip size of the JavaScript a first visit downloads (the entry chunk and its static imports),
// and of each lazily loaded chunk. Run after `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstLoad = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!));
const sizes = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const bytes = readFileSync(join(dist, 'assets', f));
    return { file: `assets/${f}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const initial = sizes.filter((s) => firstLoad.has(s.file));
const lazy = sizes.filter((s) => !firstLoad.has(s.file));
const total = initial.reduce((sum, s) => sum + s.gzip, 0);
process.stdout.write(`first-load JS: ${kb(total)} gzip (budget 170 KB) in ${initial.length} file(s)\n`);
for (const s of initial) process.stdout.write(`  ${s.file}  ${kb(s.gzip)} gzip (${kb(s.raw)} raw)\n`);
process.stdout.write(`lazy chunks: ${lazy.length}\n`);
for (const s of lazy.sort((a, b) => b.gzip - a.gzip)) process.stdout.write(`  ${s.file}  ${kb(s.gzip)} gzip\n`);
