import { describe, expect, it } from 'vitest';
import { checkConfig } from '../src/core/check/check-config';
import { isDict } from '../src/core/py/py-value';
import { describeVectors } from './describe-vectors';
import { readVectors, sameResolved } from './read-vectors';

// TRL 1.13.0 on transformers 5.18.0: every line names its "config" class and "target" release.
describeVectors('TRL 1.13 public vectors (transformers 5.18.0, band 5.15–5.18)', { file: 'trl-5.18-public.jsonl', count: 300, target: '5.15-5.18' });

// An older TRL commit (1.10.0.dev0) on the 5.2–5.5 band, kept for its explanations of the app-only rules. The app
// models TRL 1.13 (GRPO's use_bias_correction_kl defaults to true there, false at that commit), so this is a
// report, not a requirement: it fails only if the agreement drops well below what 1.13's known differences explain.
describe('older TRL public vectors (informational)', () => {
  const cases = readVectors('trl-public.jsonl');
  const passed = cases.filter((c) => {
    const result = checkConfig(c.input, { target: '5.2-5.5', ...(c.config === undefined ? {} : { configClass: c.config }) });
    if (c.category !== 'library-accepts') return !result.ok;
    const expected = c.expect.resolved;
    return result.ok && isDict(expected) && Object.keys(expected).every((k) => sameResolved(result.resolved[k], expected[k]));
  }).length;
  // The count is in the test's name, so the run report shows it.
  it(`agrees on ${passed}/${cases.length} cases`, () => {
    expect(passed).toBeGreaterThanOrEqual(260);
  });
});
