import { describe, expect, it } from 'vitest';
import { kwargs } from '@/core/py/py-value';
import { resolveConfig } from '@/core/resolve/resolve-config';
import { computeSnapshot, MAX_SERIES_STEPS, packOutcome, transferables, unpackOutcome } from './schedule-snapshot';

const resolved = (values: Parameters<typeof kwargs>[0]) => resolveConfig(kwargs(values)).values;
const REFERENCE = { per_device_train_batch_size: 8, gradient_accumulation_steps: 4, num_train_epochs: 3, warmup_steps: 0.1 };
const FOUR_GPUS = { examples: 10_000, devicesPerNode: 4, nodes: 1 };

describe('computeSnapshot', () => {
  it('works out the reference run as plain, cloneable data', () => {
    const result = computeSnapshot(resolved({ ...REFERENCE, lr_scheduler_type: 'cosine' }), FOUR_GPUS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.plan).toMatchObject({ globalBatch: 128, totalSteps: 237, warmupSteps: 24 });
    const detail = result.value.detail;
    expect(detail?.ok && detail.value.series?.length).toBe(237);
    expect(detail?.ok && detail.value.lr.kwargs).toEqual({ num_cycles: 0.5 });
    expect(() => structuredClone(result)).not.toThrow();
    expect(transferables(result)).toHaveLength(1);
  });

  it('keeps the step plan when the scheduler cannot be built', () => {
    const result = computeSnapshot(resolved({ ...REFERENCE, lr_scheduler_type: 'cosine_with_min_lr' }), FOUR_GPUS);
    expect(result.ok && result.value.plan.totalSteps).toBe(237);
    expect(result.ok && result.value.detail).toMatchObject({ ok: false, error: { code: 'min-lr-exactly-one' } });
  });

  it('fails as a whole when the steps cannot be counted', () => {
    const result = computeSnapshot(resolved(REFERENCE), { ...FOUR_GPUS, examples: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'iterable-needs-max-steps' } });
  });

  it('plans but does not draw runs longer than the series limit', () => {
    const result = computeSnapshot(resolved({ max_steps: MAX_SERIES_STEPS + 1 }), FOUR_GPUS);
    expect(result.ok && result.value.plan.totalSteps).toBe(MAX_SERIES_STEPS + 1);
    expect(result.ok && result.value.detail).toBeNull();
    expect(transferables(result)).toEqual([]);
  });

  it('describes reduce_lr_on_plateau without a series', () => {
    const result = computeSnapshot(resolved({ ...REFERENCE, lr_scheduler_type: 'reduce_lr_on_plateau', eval_strategy: 'epoch' }), FOUR_GPUS);
    const detail = result.ok ? result.value.detail : null;
    expect(detail?.ok && detail.value.series).toBeNull();
    expect(detail?.ok && detail.value.lr).toMatchObject({ kind: 'plateau', ceiling: 5e-5 });
  });
});

describe('packOutcome', () => {
  it('packs long step lists into transferable arrays and unpacks them unchanged', () => {
    const result = computeSnapshot(resolved({ max_steps: 100_000, logging_steps: 10, save_steps: 1000, save_total_limit: 2 }), FOUR_GPUS);
    const buffers: ArrayBuffer[] = [];
    const packed = packOutcome(result, buffers);
    expect(buffers.length).toBeGreaterThanOrEqual(3);
    const posted = structuredClone(packed, { transfer: buffers });
    const back = unpackOutcome(posted);
    expect(back.ok && back.value.detail?.ok && back.value.detail.value.timeline.logSteps).toHaveLength(10_000);
    const { series: _s, ...restBack } = (back.ok && back.value.detail?.ok && back.value.detail.value) || {};
    void _s;
    const fresh = computeSnapshot(resolved({ max_steps: 100_000, logging_steps: 10, save_steps: 1000, save_total_limit: 2 }), FOUR_GPUS);
    const { series: _f, ...restFresh } = (fresh.ok && fresh.value.detail?.ok && fresh.value.detail.value) || {};
    void _f;
    expect(restBack).toEqual(restFresh);
    expect(back.ok && back.value.plan).toEqual(fresh.ok && fresh.value.plan);
  });

  it('passes errors through', () => {
    const failed = computeSnapshot(resolved(REFERENCE), { ...FOUR_GPUS, examples: null });
    expect(unpackOutcome(packOutcome(failed, []))).toEqual(failed);
  });
});
