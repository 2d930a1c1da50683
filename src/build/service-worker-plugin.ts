import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';

const SOURCE = new URL('./sw-source.js', import.meta.url);

/** Files the worker fetches at install: every emitted file except source maps and the worker itself. */
export function precacheList(fileNames: readonly string[], publicFiles: readonly string[]): string[] {
  const files = [...fileNames, ...publicFiles].filter((name) => !name.endsWith('.map') && name !== 'sw.js' && name !== 'index.html');
  return ['./', ...[...new Set(files)].sort().map((name) => `./${name}`)];
}

/** The worker's text for one build: its file list and a version that changes whenever any file name does. */
export function serviceWorkerText(source: string, precache: readonly string[]): string {
  const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 12);
  return source.replace('__VERSION__', version).replace('/* precache */ []', JSON.stringify(precache, null, 2));
}

/**
 * Emits `sw.js` next to the built app with the list of built files, so the app reloads offline after one
 * visit. Build only: the dev server never registers a worker.
 */
export function serviceWorkerPlugin(): Plugin {
  let publicFiles: string[] = [];
  return {
    name: 'trainargs-service-worker',
    apply: 'build',
    configResolved(config) {
      // public/ is copied as is and never passes through the bundle, so its files are listed here.
      const dir = config.publicDir;
      publicFiles =
        dir && existsSync(dir)
          ? readdirSync(dir, { recursive: true, withFileTypes: true })
              .filter((entry) => entry.isFile())
              .map((entry) => relative(dir, `${entry.parentPath}/${entry.name}`).split('\\').join('/'))
          : [];
    },
    generateBundle(_options, bundle) {
      const precache = precacheList(Object.keys(bundle), publicFiles);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerText(readFileSync(SOURCE, 'utf8'), precache) });
    },
  };
}
