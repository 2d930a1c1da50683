// Part of `npm run build`: puts the prerendered first screen into dist/index.html. Reads the server bundle
// that `vite build --ssr src/web/app/prerender.tsx` wrote to .prerender/, then removes that folder.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inlineScripts, scriptHash } from './content-security-policy';

const root = fileURLToPath(new URL('..', import.meta.url));
const serverDir = `${root}.prerender/`;
// PRERENDER_DIST: another output folder (a build with source maps for profiling, say).
const indexFile = `${process.env.PRERENDER_DIST ?? `${root}dist`}/index.html`;
const EMPTY_ROOT = '<div id="root"></div>';

const { renderFirstScreen } = (await import(pathToFileURL(`${serverDir}prerender.js`).href)) as { renderFirstScreen: () => Promise<string> };
const html = await renderFirstScreen();
// The content security policy allows one inline script (the pre-paint one, by its hash): the first screen must bring none.
if (/<script\b/i.test(html)) throw new Error('the prerendered first screen contains a <script>; the content security policy would block it');
const index = readFileSync(indexFile, 'utf8');
if (!index.includes(EMPTY_ROOT)) throw new Error(`dist/index.html has no ${EMPTY_ROOT} to prerender into`);
// Whatever the build did to index.html, each inline script left in it must be one the policy names.
const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(index)?.[1]?.replaceAll('&#39;', "'");
if (!policy) throw new Error('dist/index.html has no Content-Security-Policy <meta>');
for (const source of inlineScripts(index)) {
  if (!policy.includes(scriptHash(source))) throw new Error(`an inline script in dist/index.html is not allowed by its hash: ${source.slice(0, 80)}…`);
}
writeFileSync(indexFile, index.replace(EMPTY_ROOT, `<div id="root">${html}</div>`));
rmSync(serverDir, { recursive: true, force: true });
process.stdout.write(`prerendered the first screen: ${(html.length / 1024).toFixed(1)} KB of HTML\n`);
