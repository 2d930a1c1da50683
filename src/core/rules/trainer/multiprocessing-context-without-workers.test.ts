import { describe, expect, it } from 'vitest';
import { multiprocessingContextWithoutWorkers } from './multiprocessing-context-without-workers';
import { findingsOf } from '../test-context';

describe(multiprocessingContextWithoutWorkers.id, () => {
  it('rejects a start method without worker processes, as torch’s DataLoader does', () => {
    const [finding] = findingsOf(multiprocessingContextWithoutWorkers, { dataloader_multiprocessing_context: 'spawn' }, { target: '5.15-5.18' });
    expect(finding?.message).toContain('num_workers=0');
    expect(finding?.fix?.patch).toEqual({ dataloader_multiprocessing_context: undefined });
  });

  it('accepts it with workers, and no context at all', () => {
    expect(
      findingsOf(multiprocessingContextWithoutWorkers, { dataloader_multiprocessing_context: 'spawn', dataloader_num_workers: 2 }, { target: '5.15-5.18' }),
    ).toEqual([]);
    expect(findingsOf(multiprocessingContextWithoutWorkers, { dataloader_multiprocessing_context: null }, { target: '5.15-5.18' })).toEqual([]);
  });
});
