import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../py/py-value';
import { fieldsFor } from '../../registry/registry';
import { schemaType } from './schema-type';
import { findingsOf } from '../test-context';

// findingsOf checks the 5.2–5.5 band unless told otherwise, so its fields are the ones to walk.
const ALL_FIELDS = fieldsFor('5.2-5.5');

const check = (values: Record<string, PyValue>, floats?: string[]) => findingsOf(schemaType, values, { floats });
const INT_FIELDS = ALL_FIELDS.filter((f) => f.kind === 'int' && f.name !== 'torch_empty_cache_steps');
const FLOAT_FIELDS = ALL_FIELDS.filter((f) => f.kind === 'float');
const BOOL_FIELDS = ALL_FIELDS.filter((f) => f.kind === 'bool');

describe(schemaType.id, () => {
  it('accepts every field set explicitly to its default', () => {
    const values = Object.fromEntries(ALL_FIELDS.map((f) => [f.name, f.default]));
    expect(check(values)).toEqual([]);
  });

  it('ignores keys that are not fields, which unknown-argument reports', () => {
    expect(check({ learningRate: 'fast' })).toEqual([]);
  });

  it('rejects a word in every int field, naming the field, the value and a way out', () => {
    for (const field of INT_FIELDS) {
      const [finding, ...rest] = check({ [field.name]: 'sixteen' });
      expect(rest, field.name).toEqual([]);
      expect(finding?.fields).toEqual([field.name]);
      expect(finding?.message).toMatch(new RegExp(`^${field.name} must be a whole number.*got "sixteen"\\. Enter a whole number such as \\d+\\.$`));
      expect(finding?.fix?.patch).toEqual({ [field.name]: undefined });
    }
  });

  it('turns a number written as text into the number', () => {
    for (const field of INT_FIELDS) expect(check({ [field.name]: '16' })[0]?.fix?.patch, field.name).toEqual({ [field.name]: 16 });
    for (const field of FLOAT_FIELDS) expect(check({ [field.name]: ' 0.25 ' })[0]?.fix?.patch, field.name).toEqual({ [field.name]: 0.25 });
  });

  it('rejects a whole number written as a float in an int field and offers the int', () => {
    const [finding] = check({ max_steps: 1000 }, ['max_steps']);
    expect(finding?.message).toContain('got 1000.0');
    expect(finding?.fix?.patch).toEqual({ max_steps: 1000 });
    expect(check({ max_steps: 1000 })).toEqual([]);
  });

  it('rejects a fractional value in an int field without guessing a rounding', () => {
    const [finding] = check({ per_device_train_batch_size: 2.5 });
    expect(finding?.message).toContain('got 2.5');
    expect(finding?.fix?.patch).toEqual({ per_device_train_batch_size: undefined });
  });

  it('catches quoted booleans, which Python would treat as true, and offers the real boolean', () => {
    for (const field of BOOL_FIELDS) {
      const [finding] = check({ [field.name]: 'False' });
      expect(finding?.message, field.name).toContain('"false"');
      expect(finding?.fix?.patch).toEqual({ [field.name]: false });
    }
    expect(check({ fp16: 1 })[0]?.fix?.patch).toEqual({ fp16: true });
  });

  it('offers quotes for a number given to a text field', () => {
    expect(check({ metric_for_best_model: 1 })[0]?.fix?.patch).toEqual({ metric_for_best_model: '1' });
    expect(check({ metric_for_best_model: true })[0]?.fix?.patch).toEqual({ metric_for_best_model: undefined });
  });

  it('rejects None where the type does not take it, and leaves report_to=None to the Trainer-time rule', () => {
    expect(check({ learning_rate: null })).toHaveLength(1);
    expect(check({ report_to: null })).toEqual([]);
    expect(check({ eval_steps: null, debug: null, fsdp: null })).toEqual([]);
  });

  it('wraps a bare name into a list for list-only fields', () => {
    expect(check({ label_names: 'labels' })[0]?.fix?.patch).toEqual({ label_names: ['labels'] });
    expect(check({ include_for_metrics: 'inputs, loss' })[0]?.fix?.patch).toEqual({ include_for_metrics: ['inputs', 'loss'] });
    expect(check({ optim_target_modules: 'all-linear', report_to: 'wandb' })).toEqual([]);
  });

  it('flags non-text values of enum fields, including those the library converts', () => {
    expect(check({ eval_strategy: 5 })[0]?.message).toMatch(/^eval_strategy must be one of "no", "steps" or "epoch", got 5\./);
    expect(check({ eval_strategy: 'step' })).toEqual([]);
  });

  it('rejects objects where a list or a number is needed and lists where an object is needed', () => {
    expect(check({ learning_rate: { value: 1 } })[0]?.message).toContain('got an object');
    expect(check({ fsdp_config: ['full_shard'] })[0]?.message).toMatch(/^fsdp_config must be a JSON object/);
  });

  it('leaves torch_empty_cache_steps to the library rule that quotes the library', () => {
    expect(check({ torch_empty_cache_steps: 5 }, ['torch_empty_cache_steps'])).toEqual([]);
  });

  it('reports one finding per bad field', () => {
    const findings = check({ learning_rate: 'fast', max_steps: 'lots', fp16: 'yes' });
    expect(findings.map((f) => f.fields)).toEqual([['max_steps'], ['learning_rate'], ['fp16']].sort((a, b) => orderOf(a[0]!) - orderOf(b[0]!)));
  });
});

function orderOf(name: string): number {
  return ALL_FIELDS.findIndex((f) => f.name === name);
}

describe(`${schemaType.id} for transformers 4.56`, () => {
  const checkV4 = (values: Record<string, PyValue>) => findingsOf(schemaType, values, { target: '4.56' });

  it('takes only true or false for include_num_input_tokens_seen', () => {
    expect(checkV4({ include_num_input_tokens_seen: 'all' })[0]?.message).toContain('true or false');
    expect(checkV4({ include_num_input_tokens_seen: 'false' })[0]?.fix?.patch).toEqual({ include_num_input_tokens_seen: false });
  });

  it('accepts None for report_to and leaves warmup_steps to the library rule', () => {
    expect(checkV4({ report_to: null, warmup_steps: 0.1 })).toEqual([]);
  });

  it('checks the 4.x-only fields by their declaration', () => {
    expect(checkV4({ per_gpu_train_batch_size: 'eight', no_cuda: 'yes' }).map((f) => f.fields?.[0])).toEqual(['per_gpu_train_batch_size', 'no_cuda']);
  });
});

describe(`${schemaType.id}: token-counting modes in 4.56`, () => {
  it('turns a v5 mode into the bool 4.56 takes', () => {
    expect(findingsOf(schemaType, { include_num_input_tokens_seen: 'non_padding' }, { target: '4.56' })[0]?.fix?.patch).toEqual({
      include_num_input_tokens_seen: true,
    });
    expect(findingsOf(schemaType, { include_num_input_tokens_seen: 'no' }, { target: '4.56' })[0]?.fix?.patch).toEqual({
      include_num_input_tokens_seen: false,
    });
  });
});
