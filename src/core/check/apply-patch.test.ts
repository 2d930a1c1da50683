import { describe, expect, it } from 'vitest';
import { kwargs } from '../py/py-value';
import { applyPatch } from './apply-patch';

describe(applyPatch.name, () => {
  it('sets and removes keys without mutating the input', () => {
    const input = kwargs({ fp16: true, bf16: true });
    const out = applyPatch(input, { fp16: undefined, seed: 7 });
    expect(out.values).toEqual({ bf16: true, seed: 7 });
    expect(input.values).toEqual({ fp16: true, bf16: true });
  });
  it('forgets the float spelling of a patched number only', () => {
    const input = kwargs({ torch_empty_cache_steps: 5, save_steps: 100 }, ['torch_empty_cache_steps', 'save_steps']);
    const out = applyPatch(input, { torch_empty_cache_steps: 5 });
    expect([...out.floatWritten]).toEqual(['save_steps']);
  });
});
