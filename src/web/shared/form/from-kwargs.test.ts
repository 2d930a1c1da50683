import { describe, expect, it } from 'vitest';
import { kwargs } from '@/core/py/py-value';
import { kwargsToFormValues } from './from-kwargs';
import { toKwargs } from './to-kwargs';
import { canKeepUnknown, unknownToRaw } from './unknown-keys';

describe(kwargsToFormValues, () => {
  it('writes whole numbers typed as floats with a dot, also inside dicts', () => {
    const input = kwargs({ torch_empty_cache_steps: 5, lr_scheduler_kwargs: { num_cycles: 1 } }, ['torch_empty_cache_steps', 'lr_scheduler_kwargs.num_cycles']);
    const { values } = kwargsToFormValues(input);
    expect(values.torch_empty_cache_steps).toBe('5.0');
    expect(values.lr_scheduler_kwargs).toContain('"num_cycles": 1.0');
  });

  it('leaves choices at their default unset, as picking them in the form does', () => {
    expect(kwargsToFormValues(kwargs({ optim: 'adamw_torch_fused', bf16: false })).values).toEqual({});
  });

  it('keeps unknown identifiers and reports the rest', () => {
    const { values, unkept } = kwargsToFormValues(kwargs({ evaluation_strategy: 'epoch', 'a.b': 1 }));
    expect(values).toEqual({ evaluation_strategy: '"epoch"' });
    expect(unkept).toEqual(['a.b']);
  });

  it('round-trips through toKwargs', () => {
    const input = kwargs({ learning_rate: 3e-5, report_to: ['wandb', 'tensorboard'], seed: 7, old_name: [1.0, { x: 2 }] }, ['old_name[0]']);
    const back = toKwargs(kwargsToFormValues(input).values).kwargs;
    expect(back.values).toEqual(input.values);
    expect([...back.floatWritten]).toEqual(['old_name[0]']);
  });
});

describe(unknownToRaw, () => {
  it('is read back by toKwargs, float spellings included', () => {
    const raw = unknownToRaw('extra', { a: 1 }, new Set(['extra.a']));
    const back = toKwargs({ extra: raw }).kwargs;
    expect(back.values).toEqual({ extra: { a: 1 } });
    expect([...back.floatWritten]).toEqual(['extra.a']);
  });

  it('ignores an unknown key whose text is not JSON', () => {
    expect(toKwargs({ extra: 'not json' }).kwargs.values).toEqual({});
  });
});

describe(canKeepUnknown, () => {
  it('accepts Python identifiers only', () => {
    expect(canKeepUnknown('evaluation_strategy')).toBe(true);
    expect(canKeepUnknown('a.b')).toBe(false);
    expect(canKeepUnknown('0x')).toBe(false);
  });
});
