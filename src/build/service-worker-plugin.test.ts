import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { precacheList, serviceWorkerText } from './service-worker-plugin';

const source = readFileSync(new URL('./sw-source.js', import.meta.url), 'utf8');

describe(precacheList.name, () => {
  it('lists the shell and every built file but maps, the page and the worker', () => {
    expect(precacheList(['assets/a-1.js', 'assets/a-1.js.map', 'index.html', 'sw.js'], ['favicon.svg'])).toEqual(['./', './assets/a-1.js', './favicon.svg']);
  });
});

describe(serviceWorkerText.name, () => {
  it('fills in the list and a version that follows the file names', () => {
    const one = serviceWorkerText(source, ['./', './assets/a-1.js']);
    const two = serviceWorkerText(source, ['./', './assets/a-2.js']);
    expect(one).toContain('"./assets/a-1.js"');
    expect(one).not.toContain('/* precache */');
    expect(one).not.toContain('__VERSION__');
    expect(one).not.toBe(two.replace('a-2', 'a-1'));
    // The filled-in worker is valid JavaScript.
    expect(() => new Function(one)).not.toThrow();
  });
});
