import { describe, expect, it } from 'vitest';
import { kwargs } from '../py/py-value';
import { ALL_FIELDS, fieldsFor, getField } from '../registry/registry';
import { emitEntries, printsAsFloat, pyEquals } from './emit-entries';

const names = (values: Parameters<typeof kwargs>[0], all = false): string[] => emitEntries(kwargs(values), { all }).map((entry) => entry.field.name);

describe('emitEntries', () => {
  it('keeps only values that differ from the library default', () => {
    expect(names({ seed: 42, num_train_epochs: 3, bf16: true, learning_rate: 5e-5, report_to: 'none' })).toEqual(['bf16']);
  });

  it('orders entries as the registry does, not as given', () => {
    const given = { push_to_hub: true, bf16: true, learning_rate: 1e-4, per_device_train_batch_size: 4 };
    const order = ALL_FIELDS.map((f) => f.name).filter((name) => name in given);
    expect(names(given)).toEqual(order);
  });

  it('leaves out names the registry does not know', () => {
    expect(names({ evaluation_strategy: 'steps', bf16: true })).toEqual(['bf16']);
  });

  it('writes every field with all, except local_rank, a null parallelism_config and untouched deprecated fields', () => {
    const all = emitEntries(kwargs({}), { all: true, target: '5.2-5.5' }).map((entry) => entry.field.name);
    const skipped = fieldsFor('5.2-5.5')
      .map((f) => f.name)
      .filter((name) => !all.includes(name));
    expect(skipped.sort()).toEqual(['local_rank', 'logging_dir', 'parallelism_config', 'warmup_ratio']);
    // 5.15 removed the two deprecated fields, so only the first two are left out there.
    const newest = names({}, true);
    expect(
      fieldsFor('5.15-5.18')
        .map((f) => f.name)
        .filter((name) => !newest.includes(name))
        .sort(),
    ).toEqual(['local_rank', 'parallelism_config']);
  });

  it('still writes those fields with all when the user changed them', () => {
    const written = emitEntries(kwargs({ local_rank: 0, warmup_ratio: 0.1 }), { all: true, target: '5.2-5.5' }).map((entry) => entry.field.name);
    expect(written).toEqual(expect.arrayContaining(['local_rank', 'warmup_ratio']));
  });

  it('marks which entries the user changed', () => {
    const entries = emitEntries(kwargs({ bf16: true }), { all: true });
    expect(entries.filter((e) => e.changed).map((e) => e.field.name)).toEqual(['bf16']);
  });
});

describe('printsAsFloat', () => {
  const field = (name: string) => getField(name)!;

  it('prints float fields as floats and int fields as ints', () => {
    expect(printsAsFloat(field('num_train_epochs'), 3, kwargs({}))).toBe(true);
    expect(printsAsFloat(field('seed'), 3, kwargs({}))).toBe(false);
  });

  it('prints whole step counts as ints but ratios as floats', () => {
    expect(printsAsFloat(field('save_steps'), 500, kwargs({}))).toBe(false);
    expect(printsAsFloat(field('warmup_steps'), 0.1, kwargs({}))).toBe(true);
  });

  it('keeps a float the user wrote, even in an int field', () => {
    expect(printsAsFloat(field('save_steps'), 500, kwargs({}, ['save_steps']))).toBe(true);
    expect(printsAsFloat(field('torch_empty_cache_steps'), 5, kwargs({}, ['torch_empty_cache_steps']))).toBe(true);
  });

  it('ignores values that are not numbers', () => {
    expect(printsAsFloat(field('learning_rate'), 'abc', kwargs({}))).toBe(false);
  });
});

describe('pyEquals', () => {
  it('compares numbers by value and containers deeply, ignoring dict key order', () => {
    expect(pyEquals(3, 3.0)).toBe(true);
    expect(pyEquals({ a: [1, { b: null }], c: 'x' }, { c: 'x', a: [1, { b: null }] })).toBe(true);
  });

  it('tells bools from numbers and lists from strings', () => {
    expect(pyEquals(true, 1)).toBe(false);
    expect(pyEquals(['a'], 'a')).toBe(false);
    expect(pyEquals({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});

describe('emitEntries for transformers 4.56', () => {
  const v4Names = (values: Parameters<typeof kwargs>[0], all = false): string[] =>
    emitEntries(kwargs(values), { all, target: '4.56' }).map((entry) => entry.field.name);

  it('writes only arguments 4.56 has, compared with 4.56’s defaults', () => {
    // report_to None, warmup_ratio 0.0 and fsdp "" are 4.56 defaults; "none" and v5's use_cache are not.
    expect(v4Names({ report_to: null, warmup_ratio: 0, fsdp: '', no_cuda: true, use_cache: true })).toEqual(['no_cuda']);
    expect(v4Names({ report_to: 'none', include_num_input_tokens_seen: false })).toEqual(['report_to']);
  });

  it('writes every 4.56 field with all, except local_rank and deprecated aliases at their default', () => {
    const written = v4Names({}, true);
    expect(written).toContain('save_safetensors');
    expect(written).toContain('warmup_ratio');
    expect(written).not.toContain('no_cuda');
    expect(written).not.toContain('train_sampling_strategy');
  });
});
