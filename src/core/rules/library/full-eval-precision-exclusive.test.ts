import { describe, expect, it } from 'vitest';
import { fullEvalPrecisionExclusive } from './full-eval-precision-exclusive';
import { findingsOf } from '../test-context';

describe(fullEvalPrecisionExclusive.id, () => {
  it('rejects both full-eval precisions', () => {
    expect(findingsOf(fullEvalPrecisionExclusive, { fp16_full_eval: true, bf16_full_eval: true })).toHaveLength(1);
  });
  it('accepts one', () => {
    expect(findingsOf(fullEvalPrecisionExclusive, { bf16_full_eval: true })).toEqual([]);
  });
});
