import { describe, expect, it } from 'vitest';
import { buildLrSchedule } from '@/core/schedule/lr-schedule';
import type { PyValue } from '@/core/py/py-value';
import { kwargRows } from './kwarg-rows';

function lr(type: string, kwargs: PyValue) {
  const built = buildLrSchedule({ type, learningRate: 1e-4, warmupSteps: 10, totalSteps: 100, kwargs });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

describe('kwargRows', () => {
  it('marks defaults, your values and values worked out from others', () => {
    expect(kwargRows(lr('cosine', null), null)).toEqual([{ name: 'num_cycles', value: '0.5', source: 'default' }]);
    expect(kwargRows(lr('cosine_with_min_lr', { min_lr: 1e-5 }), { min_lr: 1e-5 })).toEqual([
      { name: 'num_cycles', value: '0.5', source: 'default' },
      { name: 'min_lr', value: '1e-05', source: 'you' },
      { name: 'min_lr_rate', value: '0.1', source: 'derived' },
    ]);
    expect(kwargRows(lr('inverse_sqrt', null), null)).toEqual([{ name: 'timescale', value: '10', source: 'derived' }]);
  });

  it('lists the plateau scheduler kwargs with their torch defaults', () => {
    const rows = kwargRows(lr('reduce_lr_on_plateau', { patience: 3 }), { patience: 3 });
    expect(rows).toContainEqual({ name: 'patience', value: '3', source: 'you' });
    expect(rows).toContainEqual({ name: 'mode', value: "'min'", source: 'default' });
  });
});
