import { describe, expect, it } from 'vitest';
import { kwargs } from '@/core/py/py-value';
import type { PyValue } from '@/core/py/py-value';
import { resolveConfig } from '@/core/resolve/resolve-config';
import { computeSchedule } from '@/core/schedule/compute-schedule';
import type { RunContext } from '@/core/schedule/run-context';
import { ENGLISH } from '@/web/shared/i18n/locale-context';
import { derivedNumbers } from './derived-numbers';

const FOUR_GPUS: RunContext = { examples: 10_000, devicesPerNode: 4, nodes: 1 };
const REFERENCE = { per_device_train_batch_size: 8, gradient_accumulation_steps: 4, num_train_epochs: 3, warmup_steps: 0.1 };

function numbers(values: Record<string, PyValue>, run: RunContext = FOUR_GPUS) {
  const resolved = resolveConfig(kwargs(values)).values;
  const schedule = computeSchedule(resolved, run);
  if (!schedule.ok) throw new Error(schedule.error.message);
  const rows = derivedNumbers(schedule.value.plan, resolved, schedule.value.retention, ENGLISH.t);
  return Object.fromEntries(rows.map((row) => [row.label, `${row.value}${row.detail ? ` | ${row.detail}` : ''}`]));
}

describe('derivedNumbers', () => {
  it('explains the reference run with its actual numbers', () => {
    expect(numbers({ ...REFERENCE, logging_steps: 0.05 })).toEqual({
      'Global batch size': '128 | per_device_train_batch_size (8) × gradient_accumulation_steps (4) × processes (4) = 128',
      'Total optimizer steps': '237 | 3 × 79, rounded up',
      'Micro-batches per epoch per process': '313 | 1,250 batches ÷ 4 processes',
      'Optimizer updates per epoch': '79 | 313 ÷ 4, rounded up',
      'Warmup steps': '24 | 0.1 × 237, rounded up',
      'Logging interval': 'every 12 steps | 0.05 × 237, rounded up',
      'Evaluation interval': 'off',
      'Save interval': 'every 500 steps',
      Evaluations: '0',
      'Checkpoints saved': '1 | incl. the final save',
      'Checkpoints on disk at the end': '1',
    });
  });

  it('says where max_steps, epochs, limits and best-model saves come in', () => {
    const rows = numbers(
      { max_steps: 1000, eval_strategy: 'steps', eval_steps: 100, save_strategy: 'best', metric_for_best_model: 'loss', save_total_limit: 2 },
      { examples: 4000, devicesPerNode: 1, nodes: 1 },
    );
    expect(rows['Total optimizer steps']).toBe('1,000 | max_steps = 2 epochs');
    expect(rows['Evaluation interval']).toBe('every 100 steps');
    expect(rows['Save interval']).toBe('on a new best | after an evaluation that improves the metric');
    expect(rows['Checkpoints saved']).toBe('depends on the metric');
    expect(rows['Checkpoints on disk at the end']).toBe('2 | limit 2; up to 3 at once; if every evaluation improves');
  });

  it('shows an iterable dataset as having no length', () => {
    const rows = numbers({ max_steps: 50 }, { examples: null, devicesPerNode: 2, nodes: 1 });
    expect(rows['Micro-batches per epoch per process']).toBe('unknown | no dataset length');
    expect(rows['Optimizer updates per epoch']).toBe('50 | max_steps (no length)');
  });
});
