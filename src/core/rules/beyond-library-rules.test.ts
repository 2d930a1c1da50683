import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEYOND_LIBRARY_RULES } from './beyond-library-rules';

describe('BEYOND_LIBRARY_RULES', () => {
  it('has unique kebab-case ids', () => {
    const ids = BEYOND_LIBRARY_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it('keeps each rule in a file named after its id, in the folder of its source, with a test beside it', () => {
    for (const { id, source } of BEYOND_LIBRARY_RULES) {
      const files = new Set(readdirSync(new URL(`./${source}/`, import.meta.url)));
      expect(files.has(`${id}.ts`), id).toBe(true);
      expect(files.has(`${id}.test.ts`), id).toBe(true);
    }
  });
  it('never claims the library as the source, since these go beyond it', () => {
    expect(BEYOND_LIBRARY_RULES.filter((rule) => rule.source === 'library')).toEqual([]);
  });
});
