import { describe, expect, it } from 'vitest';
import type { PyValue } from '../py/py-value';
import { isBestSaves, timeline, type Timeline } from './events';
import { planSteps } from './step-plan';

// 64 examples, batch 1, accumulation 4 → 16 updates per epoch.
function events(args: Record<string, PyValue>, examples = 64): Timeline {
  const result = planSteps({ per_device_train_batch_size: 1, gradient_accumulation_steps: 4, ...args }, { examples, devicesPerNode: 1, nodes: 1 });
  if (!result.ok) throw new Error(result.error.message);
  return timeline(result.value);
}

describe('timeline', () => {
  it('logs every logging_steps and adds step 1 once with logging_first_step', () => {
    expect(events({ max_steps: 20, logging_steps: 5, logging_first_step: true }).logSteps).toEqual([1, 5, 10, 15, 20]);
    expect(events({ max_steps: 3, logging_steps: 1, logging_first_step: true }).logSteps).toEqual([1, 2, 3]);
    expect(events({ max_steps: 3, logging_strategy: 'no', logging_first_step: true }).logSteps).toEqual([1]);
  });

  it('logs at epoch ends, including the cut last epoch, with the epoch strategy', () => {
    expect(events({ num_train_epochs: 2.5, logging_strategy: 'epoch' }).logSteps).toEqual([16, 32, 40]);
  });

  it('evaluates every eval_steps once the step reaches eval_delay', () => {
    expect(events({ max_steps: 40, eval_strategy: 'steps', eval_steps: 10, eval_delay: 15 }).evalSteps).toEqual([20, 30, 40]);
    expect(events({ max_steps: 40, eval_strategy: 'steps', eval_steps: 10, eval_delay: 20 }).evalSteps).toEqual([20, 30, 40]);
  });

  it('compares eval_delay with the fractional epoch count under the epoch strategy', () => {
    // Epoch counts at the ends: 1, 2, 2.5.
    expect(events({ num_train_epochs: 2.5, eval_strategy: 'epoch', eval_delay: 2.4 }).evalSteps).toEqual([40]);
    expect(events({ num_train_epochs: 2.5, eval_strategy: 'epoch', eval_delay: 2.5 }).evalSteps).toEqual([40]);
    expect(events({ num_train_epochs: 2.5, eval_strategy: 'epoch', eval_delay: 2.6 }).evalSteps).toEqual([]);
    expect(events({ num_train_epochs: 2.5, eval_strategy: 'epoch', eval_delay: 1 }).evalSteps).toEqual([16, 32, 40]);
  });

  it('saves every save_steps and always at the last step under the steps strategy', () => {
    expect(events({ max_steps: 25, save_steps: 10 }).saveSteps).toEqual([10, 20, 25]);
    expect(events({ max_steps: 30, save_steps: 10 }).saveSteps).toEqual([10, 20, 30]);
    expect(events({ max_steps: 25, save_steps: 0 }).saveSteps).toEqual([25]);
    expect(events({ max_steps: 25, save_steps: 500 }).saveSteps).toEqual([25]);
  });

  it('saves at epoch ends with the epoch strategy and never with "no"', () => {
    expect(events({ max_steps: 40, save_strategy: 'epoch' }).saveSteps).toEqual([16, 32, 40]);
    expect(events({ max_steps: 40, save_strategy: 'no' }).saveSteps).toEqual([]);
  });

  it('marks "best" saves as unknowable, with the evaluations as candidates', () => {
    const t = events({ max_steps: 40, save_strategy: 'best', eval_strategy: 'steps', eval_steps: 15 });
    expect(isBestSaves(t.saveSteps)).toBe(true);
    expect(t.saveSteps).toEqual({ kind: 'best', candidates: [15, 30] });
  });

  it('reports the epoch ends with the final fractional epoch', () => {
    expect(events({ num_train_epochs: 2.5 }).epochEnds).toEqual({ steps: [16, 32, 40], finalEpoch: 2.5 });
  });
});
