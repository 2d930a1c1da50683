import { describe, expect, it } from 'vitest';
import { pinMemoryWithoutAccelerator } from './pin-memory-without-accelerator';
import { findingsOf } from '../test-context';

describe(pinMemoryWithoutAccelerator.id, () => {
  it('notes pinned memory on a CPU-only machine', () => {
    expect(findingsOf(pinMemoryWithoutAccelerator, {}, { hardware: 'cpu' })).toHaveLength(1);
  });
  it('is silent once use_cpu turned it off, and on GPUs', () => {
    expect(findingsOf(pinMemoryWithoutAccelerator, { use_cpu: true }, { hardware: 'cpu' })).toEqual([]);
    expect(findingsOf(pinMemoryWithoutAccelerator, {})).toEqual([]);
  });
});
