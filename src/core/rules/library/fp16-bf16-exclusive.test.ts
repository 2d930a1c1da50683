import { describe, expect, it } from 'vitest';
import { fp16Bf16Exclusive } from './fp16-bf16-exclusive';
import { findingsOf } from '../test-context';

describe(fp16Bf16Exclusive.id, () => {
  it('rejects both and keeps the precision that suits the hardware', () => {
    expect(findingsOf(fp16Bf16Exclusive, { fp16: true, bf16: true })[0]?.fix?.patch).toEqual({ fp16: undefined });
    expect(findingsOf(fp16Bf16Exclusive, { fp16: true, bf16: true }, { hardware: 'cuda-pre-ampere' })[0]?.fix?.patch).toEqual({ bf16: undefined });
  });
  it('accepts one of them', () => {
    expect(findingsOf(fp16Bf16Exclusive, { fp16: true })).toEqual([]);
  });
});
