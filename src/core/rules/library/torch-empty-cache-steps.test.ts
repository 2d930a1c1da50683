import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-context';
import { torchEmptyCacheSteps } from './torch-empty-cache-steps';

describe(torchEmptyCacheSteps.id, () => {
  it('rejects a whole number written as a float, like the library', () => {
    const [finding] = findingsOf(torchEmptyCacheSteps, { torch_empty_cache_steps: 5 }, { floats: ['torch_empty_cache_steps'] });
    expect(finding?.message).toContain('got 5.0.');
    expect(finding?.fix?.patch).toEqual({ torch_empty_cache_steps: 5 });
  });
  it('rejects zero and negatives', () => {
    expect(findingsOf(torchEmptyCacheSteps, { torch_empty_cache_steps: 0 })).toHaveLength(1);
    expect(findingsOf(torchEmptyCacheSteps, { torch_empty_cache_steps: -3 })).toHaveLength(1);
  });
  it('accepts a positive int and None', () => {
    expect(findingsOf(torchEmptyCacheSteps, { torch_empty_cache_steps: 5 })).toEqual([]);
    expect(findingsOf(torchEmptyCacheSteps, { torch_empty_cache_steps: null })).toEqual([]);
  });
});
