import { describe, expect, it } from 'vitest';
import { analyseMemory } from './analyse';
import { CATALOGUE, catalogueShape } from './catalogue';
import { fitOn } from './fit';
import { suggestFixes } from './fixes';
import type { MemorySetup } from './from-args';
import { shardingOf } from './from-args';
import { findGpu, GPUS } from './gpus';
import { DEFAULT_TIME_SETTINGS } from './time-cost';

const GiB = 1024 ** 3;
const setup: MemorySetup = { model: catalogueShape(CATALOGUE[0]!), loadDtype: 'bfloat16', seqLen: 4096, attn: 'sdpa', lora: null };
const gpu = GPUS.find((g) => g.id === 'rtx4090')!;
const run = { processes: 1, globalBatch: 8, totalSteps: 1000 };

describe('fit verdict', () => {
  it('decides "fits" with the top of the band and "tight" with the bottom', () => {
    expect(fitOn({ peakBytes: 10 * GiB }, 24 * GiB, 0).verdict).toBe('fits');
    expect(fitOn({ peakBytes: 22.5 * GiB }, 24 * GiB, 0).verdict).toBe('tight');
    expect(fitOn({ peakBytes: 23.8 * GiB }, 24 * GiB, 0).verdict).toBe('does-not-fit');
  });
});

describe('fixes for Llama 3.2 1B, bf16 load, seq 4096, batch 8 on a 24 GB GPU', () => {
  it('does not fit, and checkpointing then halving the micro-batch twice makes it fit with the global batch kept', () => {
    let args: Record<string, number | boolean | string> = { per_device_train_batch_size: 8, gradient_accumulation_steps: 1, optim: 'adamw_torch_fused' };
    const first = analyseMemory(args, setup, run, gpu, DEFAULT_TIME_SETTINGS);
    expect(first.fit.verdict).toBe('does-not-fit');
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      const now = analyseMemory(args, setup, run, gpu, DEFAULT_TIME_SETTINGS);
      if (now.fit.verdict === 'fits') break;
      const fix = suggestFixes(args, setup, run, gpu, DEFAULT_TIME_SETTINGS, now).find((f) => f.group === 'same');
      expect(fix).toBeDefined();
      order.push(fix!.id);
      args = { ...args, ...(fix!.args as Record<string, number | boolean>) };
    }
    expect(order[0]).toBe('gradient-checkpointing');
    expect(order.slice(1).every((id) => id === 'halve-batch')).toBe(true);
    expect(analyseMemory(args, setup, run, gpu, DEFAULT_TIME_SETTINGS).fit.verdict).toBe('fits');
    expect(Number(args.per_device_train_batch_size) * Number(args.gradient_accumulation_steps)).toBe(8);
  });

  it('reports checkpointing as slower and the 8-bit optimizer as a numerics change', () => {
    const args = { per_device_train_batch_size: 8, gradient_accumulation_steps: 1, optim: 'adamw_torch_fused' };
    const before = analyseMemory(args, setup, run, gpu, DEFAULT_TIME_SETTINGS);
    const fixes = suggestFixes(args, setup, run, gpu, DEFAULT_TIME_SETTINGS, before);
    const gc = fixes.find((f) => f.id === 'gradient-checkpointing')!;
    expect(gc.timeFactor).toBeGreaterThan(1.2);
    expect(gc.timeFactor).toBeLessThan(1.4);
    expect(fixes.find((f) => f.id === 'halve-batch')?.timeFactor).toBeCloseTo(1, 6);
    expect(fixes.find((f) => f.id === 'optim-8bit')?.group).toBe('numerics');
    expect(fixes.some((f) => f.id === 'shard')).toBe(false);
    expect(fixes.some((f) => f.id === 'bf16-load')).toBe(false);
  });

  it('offers FSDP across the run context when there is more than one process', () => {
    const args = { per_device_train_batch_size: 1, optim: 'adamw_torch_fused' };
    const multi = { processes: 4, globalBatch: 4, totalSteps: 10 };
    const fp32 = { ...setup, loadDtype: 'float32' as const };
    const before = analyseMemory(args, fp32, multi, gpu, DEFAULT_TIME_SETTINGS);
    const ids = suggestFixes(args, fp32, multi, gpu, DEFAULT_TIME_SETTINGS, before).map((f) => f.id);
    expect(ids).toContain('shard');
    expect(ids).toContain('bf16-load');
  });
});

describe('time and cost', () => {
  it('divides 6N + attention FLOPs by GPUs × peak × MFU', () => {
    const a = analyseMemory({ per_device_train_batch_size: 8 }, setup, run, gpu, { mfu: 0.4, pricePerGpuHour: 2, averageLength: null });
    const n = a.estimate.totalParams;
    const flops = (6 * n + 12 * 16 * 2048 * 4096) * 8 * 4096 * 1000;
    expect(a.time!.hours).toBeCloseTo(flops / (165.2e12 * 0.4) / 3600, 6);
    expect(a.time!.cost).toBeCloseTo(a.time!.hours * 2, 6);
    expect(a.time!.formula).toContain('= ');
  });

  it('counts frozen LoRA weights at 4 FLOPs per token and a shorter average length', () => {
    const lora = { ...setup, lora: { r: 16, targets: ['q_proj', 'v_proj'] } };
    const a = analyseMemory({ per_device_train_batch_size: 8 }, lora, run, gpu, { mfu: 0.5, pricePerGpuHour: null, averageLength: 1024 });
    const frozen = a.estimate.totalParams - a.estimate.trainableParams;
    expect(a.time!.flopsPerToken).toBe(6 * a.estimate.trainableParams + 4 * frozen + 12 * 16 * 2048 * 1024);
    expect(a.time!.tokensPerStep).toBe(8 * 1024);
    expect(a.time!.cost).toBeNull();
  });
});

describe('arguments and names', () => {
  it('reads the sharding from fsdp and an inline DeepSpeed config', () => {
    expect(shardingOf({ fsdp: ['shard_grad_op', 'auto_wrap'] }, 2).sharding).toBe('zero2');
    expect(shardingOf({ deepspeed: { zero_optimization: { stage: 3 } } }, 2).sharding).toBe('zero3');
    expect(shardingOf({ deepspeed: 'ds.json' }, 2).notes.map((n) => n.code)).toEqual(['deepspeedFile']);
    expect(shardingOf({}, 2).sharding).toBe('ddp');
  });

  it('finds GPUs by loose names and custom sizes', () => {
    expect(findGpu('4090')?.id).toBe('rtx4090');
    expect(findGpu('a100-80')?.id).toBe('a100-80');
    expect(findGpu('24GB')?.memoryBytes).toBe(24 * GiB);
    expect(findGpu('banana')).toBeUndefined();
  });

  it('says when fp16 is estimated as bf16 and when an optimizer is documented, not measured', () => {
    const a = analyseMemory({ fp16: true, optim: 'paged_adamw_8bit' }, { ...setup, loadDtype: 'float32' }, run, gpu, DEFAULT_TIME_SETTINGS);
    expect(a.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['fp16', 'documentedOptimizer']));
  });
});
