import { describe, expect, it } from 'vitest';
import { prefetchNeedsWorkers } from './prefetch-needs-workers';
import { findingsOf } from '../test-context';

describe(prefetchNeedsWorkers.id, () => {
  it('rejects a prefetch factor without workers', () => {
    expect(findingsOf(prefetchNeedsWorkers, { dataloader_prefetch_factor: 2 })).toHaveLength(1);
  });
  it('accepts it with workers', () => {
    expect(findingsOf(prefetchNeedsWorkers, { dataloader_prefetch_factor: 2, dataloader_num_workers: 2 })).toEqual([]);
  });
});
