import { describe, expect, it } from 'vitest';
import type { PyValue } from '../py/py-value';
import type { Target } from '../target/target';
import { timeline } from './events';
import { planSteps } from './step-plan';
import { flowFor } from './trainer-flow';

// 64 examples, batch 1, accumulation 4 → 16 updates per epoch.
function evaluations(args: Record<string, PyValue>, target: Target): { steps: readonly number[]; count: number } {
  const result = planSteps(
    { per_device_train_batch_size: 1, gradient_accumulation_steps: 4, ...args },
    { examples: 64, devicesPerNode: 1, nodes: 1 },
    flowFor(target),
  );
  if (!result.ok) throw new Error(result.error.message);
  return { steps: timeline(result.value).evalSteps, count: result.value.evaluations };
}

const STEPS = { max_steps: 45, eval_strategy: 'steps', eval_steps: 10 } as const;

describe('the Trainer flow per band', () => {
  it('evaluates at an off-interval last step from 5.15, as the 5.18 DefaultFlowCallback does', () => {
    expect(evaluations(STEPS, '5.15-5.18')).toEqual({ steps: [10, 20, 30, 40, 45], count: 5 });
    expect(evaluations({ ...STEPS, max_steps: 40 }, '5.15-5.18').steps).toEqual([10, 20, 30, 40]);
    expect(evaluations({ ...STEPS, eval_delay: 46 }, '5.15-5.18').steps).toEqual([]);
    expect(evaluations({ ...STEPS, eval_delay: 45 }, '5.15-5.18').steps).toEqual([45]);
  });

  it('keeps the earlier flow on 5.2–5.5, 4.57 and 4.56, and on the releases between bands', () => {
    for (const target of ['5.2-5.5', '4.57', '4.56', '5.10'] as const) expect(evaluations(STEPS, target).steps).toEqual([10, 20, 30, 40]);
  });

  it('evaluates at step 0 with eval_on_start on 4.57 and 5.15+, whatever the strategy', () => {
    expect(evaluations({ max_steps: 32, eval_strategy: 'epoch', eval_on_start: true }, '4.57')).toEqual({ steps: [0, 16, 32], count: 3 });
    expect(evaluations({ max_steps: 32, eval_on_start: true }, '5.15-5.18')).toEqual({ steps: [0], count: 1 });
    expect(evaluations({ max_steps: 32, eval_strategy: 'epoch', eval_on_start: true }, '5.2-5.5').steps).toEqual([16, 32]);
  });
});
