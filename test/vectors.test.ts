import { describe, expect, it } from 'vitest';
import { checkConfig } from '../src/core/check/check-config';
import { isDict } from '../src/core/py/py-value';
import { readVectors, sameResolved } from './read-vectors';

const cases = readVectors('v5-public.jsonl');

describe('v5 public vectors', () => {
  it('has the 400 cases of the public file', () => {
    expect(cases.length).toBe(400);
  });

  for (const c of cases) {
    it(`${c.id} (${c.category}${typeof c.expect.rule === 'string' ? `: ${c.expect.rule}` : ''})`, () => {
      const result = checkConfig(c.input);
      const errors = result.issues.filter((i) => i.severity === 'error');
      if (c.category === 'library-accepts') {
        expect(errors.map((e) => `${e.rule}: ${e.message}`)).toEqual([]);
        const expected = c.expect.resolved;
        if (!isDict(expected)) throw new Error('library-accepts case without resolved');
        const differing = Object.keys(expected).filter((k) => !sameResolved(result.resolved[k], expected[k]));
        expect(differing.map((k) => `${k}: got ${JSON.stringify(result.resolved[k])}, want ${JSON.stringify(expected[k])}`)).toEqual([]);
        const warnings = Array.isArray(c.expect.warnings) ? c.expect.warnings : [];
        if (warnings.length > 0) expect(result.issues.some((i) => i.severity === 'warning')).toBe(true);
      } else {
        expect(result.ok, String(c.expect.reason ?? c.expect.error ?? '')).toBe(false);
      }
    });
  }
});
