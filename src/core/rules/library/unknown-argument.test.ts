import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../py/py-value';
import { RETIRED_ARGUMENTS } from '../../registry/renames';
import { fieldsFor } from '../../registry/registry';
import { findingsOf } from '../test-context';
import { unknownArgument } from './unknown-argument';

// findingsOf checks the 5.2–5.5 band unless told otherwise, so its fields are the ones to walk.
const ALL_FIELDS = fieldsFor('5.2-5.5');

const check = (values: Record<string, PyValue>) => findingsOf(unknownArgument, values);
const typeError = (key: string) => `TypeError: TrainingArguments.__init__() got an unexpected keyword argument '${key}'`;

describe(unknownArgument.id, () => {
  it('accepts every v5 field name', () => {
    expect(check(Object.fromEntries(ALL_FIELDS.map((f) => [f.name, f.default])))).toEqual([]);
  });

  it('reports one finding per unknown key, on that key, quoting the Python error', () => {
    const findings = check({ learningRate: 1e-4, 'output-dir': 'out', zzz: 1 });
    expect(findings.map((f) => f.fields)).toEqual([['learningRate'], ['output-dir'], ['zzz']]);
    for (const finding of findings) expect(finding.message).toContain(typeError(finding.fields![0]!));
  });

  it('renames camelCase and kebab-case spellings to the Python name, keeping the value', () => {
    const [camel] = check({ learningRate: 1e-4 });
    expect(camel?.message).toContain('Did you mean learning_rate?');
    expect(camel?.message).toContain('snake_case');
    expect(camel?.fix?.patch).toEqual({ learningRate: undefined, learning_rate: 1e-4 });
    expect(check({ 'output-dir': 'out' })[0]?.fix?.patch).toEqual({ 'output-dir': undefined, output_dir: 'out' });
  });

  it('suggests the closest field for a typo and the usual field for names from other tools', () => {
    expect(check({ eval_step: 50 })[0]?.fix?.patch).toEqual({ eval_step: undefined, eval_steps: 50 });
    expect(check({ lr: 3e-4 })[0]?.fix?.patch).toEqual({ lr: undefined, learning_rate: 3e-4 });
    expect(check({ num_epochs: 3 })[0]?.fix?.patch).toEqual({ num_epochs: undefined, num_train_epochs: 3 });
  });

  it('does not overwrite a field the user already set when renaming', () => {
    const [finding] = check({ lr: 3e-4, learning_rate: 1e-4 });
    expect(finding?.fix?.patch).toEqual({ lr: undefined });
  });

  it('explains every retired name with its version and advice', () => {
    for (const entry of RETIRED_ARGUMENTS) {
      const [finding, ...rest] = check({ [entry.name]: true });
      expect(rest).toEqual([]);
      expect(finding?.message, entry.name).toContain(`transformers ${entry.removedIn}`);
      // Each catalogue words the advice per retired name, and throws on a name it lacks.
      expect(finding?.messageKo, entry.name).toContain(`transformers ${entry.removedIn} 이상은`);
      expect(finding?.message).toContain(typeError(entry.name));
      expect(finding?.message).toContain(entry.change === 'renamed' ? 'was renamed to' : 'was removed');
    }
  });

  it('offers the migration as the fix', () => {
    const [finding] = check({ evaluation_strategy: 'steps', eval_steps: 100 });
    expect(finding?.fix).toMatchObject({
      label: 'Remove evaluation_strategy, set eval_strategy to "steps"',
      patch: { evaluation_strategy: undefined, eval_strategy: 'steps' },
    });
    expect(check({ per_gpu_eval_batch_size: 8 })[0]?.fix?.patch).toEqual({ per_gpu_eval_batch_size: undefined, per_device_eval_batch_size: 8 });
  });

  it('says so when a retired name has no mechanical migration', () => {
    const [finding] = check({ tp_size: 4 });
    expect(finding?.fix).toBeUndefined();
    expect(finding?.message).toContain('by hand');
  });

  it('recognises other spellings of retired names and migrates the key as written', () => {
    const [finding] = check({ evaluationStrategy: 'epoch' });
    expect(finding?.message).toContain('looks like evaluation_strategy');
    expect(finding?.fix?.patch).toEqual({ evaluationStrategy: undefined, eval_strategy: 'epoch' });
  });

  it('asks to remove a name unlike any argument', () => {
    const [finding] = check({ model_name_or_path: 'bert-base-uncased' });
    expect(finding?.message).toContain('not a TrainingArguments argument');
    expect(finding?.fix?.patch).toEqual({ model_name_or_path: undefined });
  });
});

describe(`${unknownArgument.id} for transformers 4.56`, () => {
  const checkV4 = (values: Record<string, PyValue>) => findingsOf(unknownArgument, values, { target: '4.56' });

  it('accepts the 4.x-only names and rejects the v5 additions as unknown there', () => {
    expect(checkV4({ no_cuda: true, per_gpu_train_batch_size: 8, fp16_backend: 'auto', group_by_length: true })).toEqual([]);
    const [finding] = checkV4({ use_cache: false });
    expect(finding?.message).toContain('added in transformers 5.0');
    expect(finding?.message).toContain(typeError('use_cache'));
    expect(finding?.fix?.patch).toEqual({ use_cache: undefined });
  });

  it('translates group_by_length sampling back to its 4.x flag', () => {
    expect(checkV4({ train_sampling_strategy: 'group_by_length' })[0]?.fix?.patch).toEqual({ train_sampling_strategy: undefined, group_by_length: true });
  });

  it('still calls names retired before 4.56 retired', () => {
    expect(checkV4({ evaluation_strategy: 'epoch' })[0]?.fix?.patch).toEqual({ evaluation_strategy: undefined, eval_strategy: 'epoch' });
    expect(checkV4({ sharded_ddp: 'simple' })[0]?.message).toContain('transformers 4.33');
  });
});
