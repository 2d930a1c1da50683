import { describe, expect, it } from 'vitest';
import { compileWithoutAmpere } from './compile-without-ampere';
import { findingsOf } from '../test-context';

describe(compileWithoutAmpere.id, () => {
  it('warns when compiling without TF32 hardware, including a compile switched on by a backend', () => {
    expect(findingsOf(compileWithoutAmpere, { torch_compile_backend: 'inductor' }, { hardware: 'cuda-pre-ampere' })).toHaveLength(1);
  });
  it('is silent on Ampere', () => {
    expect(findingsOf(compileWithoutAmpere, { torch_compile: true })).toEqual([]);
  });
});
