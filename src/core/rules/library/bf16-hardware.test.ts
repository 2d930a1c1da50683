import { describe, expect, it } from 'vitest';
import { bf16Hardware } from './bf16-hardware';
import { findingsOf } from '../test-context';

describe(bf16Hardware.id, () => {
  it('rejects bf16 on a CPU-only machine and offers use_cpu', () => {
    const [finding] = findingsOf(bf16Hardware, { bf16: true }, { hardware: 'cpu' });
    expect(finding?.message).toContain("Your setup doesn't support bf16/gpu");
    expect(finding?.fix?.patch).toEqual({ use_cpu: true });
  });
  it('rejects bf16_full_eval alone too', () => {
    expect(findingsOf(bf16Hardware, { bf16_full_eval: true }, { hardware: 'cpu' })[0]?.fields).toEqual(['bf16_full_eval', 'use_cpu']);
  });
  it('accepts bf16 with use_cpu, on Ampere, on pre-Ampere (emulated) and on MPS', () => {
    expect(findingsOf(bf16Hardware, { bf16: true, use_cpu: true }, { hardware: 'cpu' })).toEqual([]);
    for (const hardware of ['cuda-ampere', 'cuda-pre-ampere', 'mps'] as const) expect(findingsOf(bf16Hardware, { bf16: true }, { hardware })).toEqual([]);
  });
});

describe(`${bf16Hardware.id} for transformers 4.56`, () => {
  it('only asks on CUDA machines: CPU-only and Apple machines pass bf16 in 4.56', () => {
    expect(findingsOf(bf16Hardware, { bf16: true }, { hardware: 'cpu', target: '4.56' })).toEqual([]);
    expect(findingsOf(bf16Hardware, { bf16: true }, { hardware: 'mps', target: '4.56' })).toEqual([]);
    expect(findingsOf(bf16Hardware, { bf16: true }, { hardware: 'cuda-ampere', target: '4.56' })).toEqual([]);
  });
});
