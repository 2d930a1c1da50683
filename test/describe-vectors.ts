import { describe, expect, it } from 'vitest';
import { checkConfig } from '../src/core/check/check-config';
import { isDict } from '../src/core/py/py-value';
import { releaseTarget, type Target } from '../src/core/target/target';
import { readVectors, sameResolved } from './read-vectors';

/**
 * One test per case of a vectors file, checked for `target` as the vectors README specifies: rejected
 * categories must come out not ok; accepted cases ok, with every listed resolved field equal and at least
 * one warning where the library warned. A line's own "target" (a release) and "config" (a class) are honoured.
 */
export function describeVectors(title: string, options: { readonly file: string; readonly count: number; readonly target: Target }): void {
  const cases = readVectors(options.file);
  describe(title, () => {
    it(`has the ${options.count} cases of the public file`, () => {
      expect(cases.length).toBe(options.count);
    });

    for (const c of cases) {
      it(`${c.id} (${c.category}${typeof c.expect.rule === 'string' ? `: ${c.expect.rule}` : ''})`, () => {
        const target = (c.target === undefined ? undefined : releaseTarget(c.target)?.target) ?? options.target;
        const result = checkConfig(c.input, { target, ...(c.config === undefined ? {} : { configClass: c.config }) });
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
}
