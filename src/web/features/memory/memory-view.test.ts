import { describe, expect, it } from 'vitest';
import { CONFIG_MODEL, DEFAULT_MEMORY_STATE } from './memory-state';
import { memoryView } from './memory-view';

const run = { processes: 1, globalBatch: 8, totalSteps: 100 };
const args = { per_device_train_batch_size: 8, gradient_accumulation_steps: 1, optim: 'adamw_torch_fused' };

describe('memoryView', () => {
  it('does not fit Llama 3.2 1B, bf16 load, seq 4096, batch 8 on a 24 GiB GPU and suggests checkpointing first', () => {
    const view = memoryView({ ...DEFAULT_MEMORY_STATE, loadDtype: 'bfloat16', seqLen: 4096, gpuId: 'custom', customGiB: 24 }, args, run);
    expect(view.ok && view.analysis.fit.verdict).toBe('does-not-fit');
    expect(view.ok && view.fixes[0]?.id).toBe('gradient-checkpointing');
  });

  it('says why a pasted config.json cannot be read', () => {
    const view = memoryView({ ...DEFAULT_MEMORY_STATE, modelId: CONFIG_MODEL, configText: '{"hidden_size": 8' }, args, run);
    expect(!view.ok && view.problem).toBe('config');
  });

  it('names LoRA targets that match nothing, with the family’s usual names', () => {
    const view = memoryView({ ...DEFAULT_MEMORY_STATE, loraOn: true, loraTargets: 'c_attn' }, args, run);
    expect(view).toEqual({ ok: false, problem: 'lora', names: 'c_attn', examples: 'q_proj,v_proj' });
  });

  it('estimates LoRA with fewer trainable parameters', () => {
    const view = memoryView({ ...DEFAULT_MEMORY_STATE, loraOn: true }, args, run);
    expect(view.ok && view.analysis.estimate.trainableParams).toBe(16 * 16 * (2048 + 2048 + 2048 + 512));
  });
});
