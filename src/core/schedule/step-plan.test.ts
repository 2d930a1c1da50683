import { describe, expect, it } from 'vitest';
import type { PyValue } from '../py/py-value';
import { timeline, isBestSaves } from './events';
import type { RunContext } from './run-context';
import type { StepPlan } from './step-plan';
import { planSteps } from './step-plan';

const one = (examples: number | null, devicesPerNode = 1, nodes = 1): RunContext => ({ examples, devicesPerNode, nodes });

function plan(args: Record<string, PyValue>, context: RunContext): StepPlan {
  const result = planSteps(args, context);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function errorCode(args: Record<string, PyValue>, context: RunContext): string | undefined {
  const result = planSteps(args, context);
  return result.ok ? undefined : result.error.code;
}

describe('planSteps', () => {
  it('follows the reference worked example (10,000 examples, batch 8, 4 processes, accumulation 4)', () => {
    const p = plan(
      { per_device_train_batch_size: 8, gradient_accumulation_steps: 4, num_train_epochs: 3, warmup_steps: 0.1, logging_steps: 0.05 },
      one(10_000, 4),
    );
    expect(p).toMatchObject({ datasetBatches: 1250, batchesPerEpoch: 313, updatesPerEpoch: 79, totalSteps: 237, warmupSteps: 24, globalBatch: 128 });
    expect(p.logging.interval).toBe(12);
    expect(p.globalBatchFormula).toBe('per_device_train_batch_size (8) × gradient_accumulation_steps (4) × processes (4) = 128');
  });

  it('pads the uneven last batch across processes, or drops it with dataloader_drop_last', () => {
    // 10 examples in batches of 3 → 4 batches (the last holds one example).
    expect(plan({ per_device_train_batch_size: 3 }, one(10, 3)).batchesPerEpoch).toBe(Math.ceil(4 / 3));
    const dropped = plan({ per_device_train_batch_size: 3, dataloader_drop_last: true }, one(10, 2));
    expect(dropped.datasetBatches).toBe(3);
    expect(dropped.batchesPerEpoch).toBe(1);
  });

  it('reports an epoch in which no process gets a batch', () => {
    expect(errorCode({ per_device_train_batch_size: 3, dataloader_drop_last: true }, one(10, 4))).toBe('empty-epoch');
    expect(errorCode({}, one(0))).toBe('empty-epoch');
  });

  it('counts a trailing partial accumulation window as an update', () => {
    const p = plan({ per_device_train_batch_size: 1, gradient_accumulation_steps: 4 }, one(10));
    expect(p.updatesPerEpoch).toBe(3);
  });

  it('keeps whole loader batches per process with split_batches', () => {
    const p = plan({ per_device_train_batch_size: 8, gradient_accumulation_steps: 2, accelerator_config: { split_batches: true } }, one(100, 4));
    expect(p.batchesPerEpoch).toBe(13);
    expect(p.globalBatch).toBe(16);
    expect(p.globalBatchFormula).not.toContain('processes');
  });

  it('stops fractional epochs part-way through the last one', () => {
    const p = plan({ per_device_train_batch_size: 1, gradient_accumulation_steps: 4, num_train_epochs: 2.5 }, one(64));
    expect(p.updatesPerEpoch).toBe(16);
    expect(p.totalSteps).toBe(40);
    expect(p.epochs).toBe(2.5);
    expect(p.epochEnds.steps).toEqual([16, 32, 40]);
  });

  it('lets max_steps override the epochs, re-iterating the data', () => {
    const p = plan({ per_device_train_batch_size: 1, num_train_epochs: 1, max_steps: 50 }, one(16));
    expect(p.stepsFrom).toBe('max_steps');
    expect(p.totalSteps).toBe(50);
    expect(p.epochEnds.steps).toEqual([16, 32, 48, 50]);
  });

  it('gives no warmup for warmup_steps 0 and truncates values of at least 1', () => {
    expect(plan({ warmup_steps: 0, max_steps: 100 }, one(1000)).warmupSteps).toBe(0);
    expect(plan({ warmup_steps: 1.0, max_steps: 100 }, one(1000)).warmupSteps).toBe(1);
    expect(plan({ warmup_steps: 1.9, max_steps: 100 }, one(1000)).warmupSteps).toBe(1);
  });

  it('accepts warmup longer than the run', () => {
    expect(plan({ warmup_steps: 500, max_steps: 100 }, one(1000)).warmupSteps).toBe(500);
  });

  it('rounds ratios up in double precision, so 0.07 of 100 is 8', () => {
    const p = plan({ max_steps: 100, warmup_steps: 0.07, logging_steps: 0.07, save_steps: 0.07, eval_strategy: 'steps', eval_steps: 0.07 }, one(1000));
    expect(Math.ceil(100 * 0.07)).toBe(8);
    expect([p.warmupSteps, p.logging.interval, p.evaluation.interval, p.saving.interval]).toEqual([8, 8, 8, 8]);
  });

  it('falls back to logging_steps for a missing eval_steps under the steps strategy', () => {
    expect(plan({ max_steps: 100, eval_strategy: 'steps', logging_steps: 30, eval_steps: null }, one(1000)).evaluation.interval).toBe(30);
  });

  it('needs max_steps for a dataset without a length, and then uses it as the epoch', () => {
    expect(errorCode({}, one(null))).toBe('iterable-needs-max-steps');
    const p = plan({ max_steps: 120, gradient_accumulation_steps: 2 }, one(null, 4));
    expect(p).toMatchObject({ hasLength: false, batchesPerEpoch: null, updatesPerEpoch: 120, totalSteps: 120 });
    expect(p.epochEnds).toEqual({ steps: [120], finalEpoch: 1 });
  });

  it('rejects batch size or accumulation of 0, no steps, and non-numbers', () => {
    expect(errorCode({ per_device_train_batch_size: 0 }, one(10))).toBe('train-batch-size-zero');
    expect(errorCode({ gradient_accumulation_steps: 0 }, one(10))).toBe('grad-accum-zero');
    expect(errorCode({ num_train_epochs: 0 }, one(10))).toBe('no-training-steps');
    expect(errorCode({ learning_rate: 'abc' }, one(10))).toBe('invalid-value');
    expect(errorCode({ per_device_train_batch_size: 2.5 }, one(10))).toBe('invalid-value');
    expect(errorCode({ save_strategy: 'sometimes' }, one(10))).toBe('invalid-value');
    expect(errorCode({}, one(10, 0))).toBe('invalid-run-context');
  });

  it('counts evaluations and checkpoints as the timeline lists them', () => {
    let seed = 7;
    const pick = <T>(items: readonly T[]): T => items[(seed = (seed * 48271) % 2147483647) % items.length]!;
    for (let round = 0; round < 300; round++) {
      const args: Record<string, PyValue> = {
        per_device_train_batch_size: pick([1, 3, 8]),
        gradient_accumulation_steps: pick([1, 2, 5]),
        num_train_epochs: pick([0.3, 1, 2.5, 4]),
        max_steps: pick([-1, -1, 37, 200]),
        eval_strategy: pick(['no', 'steps', 'epoch']),
        eval_steps: pick([null, 7, 0.25, 100]),
        eval_delay: pick([0, 1, 1.5, 40]),
        save_strategy: pick(['no', 'steps', 'epoch', 'best']),
        save_steps: pick([0, 5, 0.3, 1000]),
        logging_steps: pick([1, 10, 0.1]),
      };
      const p = plan(args, one(pick([50, 333, 1000]), pick([1, 2, 3])));
      const events = timeline(p);
      expect(p.evaluations).toBe(events.evalSteps.length);
      expect(p.checkpoints).toBe(isBestSaves(events.saveSteps) ? null : events.saveSteps.length);
    }
  });
});
