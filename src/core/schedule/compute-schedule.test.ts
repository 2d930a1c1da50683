import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../py/py-value';
import { resolveConfig } from '../resolve/resolve-config';
import { computeSchedule } from './compute-schedule';
import { DEFAULT_RUN_CONTEXT } from './run-context';

const resolved = (values: Record<string, PyValue>) => resolveConfig(kwargs(values)).values;

describe('computeSchedule', () => {
  it('puts the plan, the rate of every update, the events and the retention together', () => {
    const result = computeSchedule(resolved({ max_steps: 100, warmup_steps: 10, save_steps: 30, save_total_limit: 2 }), DEFAULT_RUN_CONTEXT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan, series, timeline, retention, lr } = result.value;
    expect(plan.totalSteps).toBe(100);
    expect(series?.length).toBe(100);
    expect(series?.[0]).toBe(0);
    expect(lr.kind === 'step' && lr.type).toBe('linear');
    expect(timeline.saveSteps).toEqual([30, 60, 90, 100]);
    expect(retention.likely.kept).toEqual([90, 100]);
  });

  it('gives no series for reduce_lr_on_plateau', () => {
    const result = computeSchedule(resolved({ max_steps: 50, lr_scheduler_type: 'reduce_lr_on_plateau', eval_strategy: 'steps', eval_steps: 10 }));
    expect(result.ok && result.value.series).toBeNull();
    expect(result.ok && result.value.lr.kind).toBe('plateau');
  });

  it('tracks the best checkpoint once metric_for_best_model is set and evaluations happen', () => {
    const best = computeSchedule(
      resolved({ max_steps: 50, load_best_model_at_end: true, eval_strategy: 'steps', eval_steps: 10, save_steps: 10, save_total_limit: 1 }),
    );
    expect(best.ok && best.value.retention.tracksBest).toBe(true);
    expect(best.ok && best.value.retention.earlyBest.kept).toEqual([10]);
    const plain = computeSchedule(resolved({ max_steps: 50, save_steps: 10, save_total_limit: 1 }));
    expect(plain.ok && plain.value.retention.tracksBest).toBe(false);
  });

  it('passes on the reason when the steps or the scheduler cannot be worked out', () => {
    const iterable = computeSchedule(resolved({}), { examples: null, devicesPerNode: 1, nodes: 1 });
    expect(iterable.ok ? undefined : iterable.error.code).toBe('iterable-needs-max-steps');
    const poly = computeSchedule(resolved({ lr_scheduler_type: 'polynomial', learning_rate: 1e-8 }));
    expect(poly.ok ? undefined : poly.error.code).toBe('polynomial-lr-end');
  });
});
