import { describe, expect, it } from 'vitest';
import { deepspeedMismatch } from './deepspeed-mismatch';
import { contextFor, findingsOf, checked } from '../test-context';

describe(deepspeedMismatch.id, () => {
  it('reports explicit values that disagree and offers "auto" for them', () => {
    const [finding] = findingsOf(deepspeedMismatch, {
      per_device_train_batch_size: 8,
      deepspeed: { train_micro_batch_size_per_gpu: 4, optimizer: { params: { lr: 1e-4, betas: [0.9, 0.999] } }, bf16: { enabled: true } },
    });
    expect(finding?.message).toContain('train_micro_batch_size_per_gpu=4 vs per_device_train_batch_size=8');
    expect(finding?.message).toContain('optimizer.params.lr=0.0001 vs learning_rate=5e-05');
    expect(finding?.message).toContain('bf16.enabled=True vs bf16|bf16_full_eval=False');
    expect(finding?.fix?.patch).toEqual({
      deepspeed: { train_micro_batch_size_per_gpu: 'auto', optimizer: { params: { lr: 'auto', betas: [0.9, 0.999] } }, bf16: { enabled: 'auto' } },
    });
  });

  it('accepts "auto", matching values (1 == 1.0), and configs given as a path', () => {
    expect(
      findingsOf(deepspeedMismatch, { deepspeed: { train_micro_batch_size_per_gpu: 'auto', gradient_accumulation_steps: 1, gradient_clipping: 1.0 } }),
    ).toEqual([]);
    expect(findingsOf(deepspeedMismatch, { deepspeed: 'ds_config.json' })).toEqual([]);
  });

  it('lets batch sizes differ under auto_find_batch_size, and checks train_batch_size only with a run context', () => {
    expect(findingsOf(deepspeedMismatch, { auto_find_batch_size: true, deepspeed: { train_micro_batch_size_per_gpu: 4 } })).toEqual([]);
    expect(findingsOf(deepspeedMismatch, { deepspeed: { train_batch_size: 64 } })).toEqual([]);
    const withRun = { ...contextFor({ deepspeed: { train_batch_size: 64 } }), run: { examples: 1000, devicesPerNode: 4, nodes: 1 } };
    expect(checked(deepspeedMismatch, withRun)).not.toBeNull();
  });
});
