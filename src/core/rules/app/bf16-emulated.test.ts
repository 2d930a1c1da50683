import { describe, expect, it } from 'vitest';
import { bf16Emulated } from './bf16-emulated';
import { findingsOf } from '../test-context';

describe(bf16Emulated.id, () => {
  it('warns about emulated bf16 before Ampere and offers fp16', () => {
    expect(findingsOf(bf16Emulated, { bf16: true }, { hardware: 'cuda-pre-ampere' })[0]?.fix?.patch).toEqual({ bf16: undefined, fp16: true });
  });
  it('is silent on Ampere', () => {
    expect(findingsOf(bf16Emulated, { bf16: true })).toEqual([]);
  });
});
