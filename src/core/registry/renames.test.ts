import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PyValue } from '../py/py-value';
import { isFieldName } from './registry';
import { RETIRED_ARGUMENTS, retiredArgument, retiredArgumentsFor } from './renames';

const byVersion = JSON.parse(readFileSync(new URL('../../../test/reference/fields_by_version.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const snapshots = Object.entries(byVersion).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]));
const v5 = new Set(byVersion.v5_newest_stored as string[]);

function migrate(name: string, value: PyValue, others: Record<string, PyValue> = {}) {
  const entry = retiredArgument(name);
  if (!entry) throw new Error(`${name} is not retired`);
  return entry.migrate(value, { ...others, [name]: value });
}

describe('RETIRED_ARGUMENTS', () => {
  it('covers every keyword of the older snapshots that v5 dropped', () => {
    // _n_gpu was an init=False attribute, never a keyword argument.
    const dropped = snapshots.flatMap(([, names]) => names).filter((name) => !v5.has(name) && name !== '_n_gpu');
    expect(dropped.length).toBeGreaterThan(25);
    for (const name of new Set(dropped)) expect(retiredArgument(name), name).toBeDefined();
  });

  it('names no v5 field, and only v5 fields as replacements', () => {
    for (const entry of RETIRED_ARGUMENTS) {
      expect(isFieldName(entry.name), entry.name).toBe(false);
      for (const replacement of entry.replacements) expect(isFieldName(replacement), `${entry.name} → ${replacement}`).toBe(true);
    }
  });

  it('has one entry per name', () => {
    expect(new Set(RETIRED_ARGUMENTS.map((e) => e.name)).size).toBe(RETIRED_ARGUMENTS.length);
  });

  it('migrates to patches that remove the old key and set only v5 fields', () => {
    const samples: PyValue[] = [true, false, null, 0, 8, 'x', ['a']];
    for (const entry of RETIRED_ARGUMENTS) {
      for (const value of samples) {
        const patch = entry.migrate(value, { [entry.name]: value });
        if (patch === null) continue;
        expect(Object.hasOwn(patch, entry.name) && patch[entry.name] === undefined, `${entry.name}=${String(value)}`).toBe(true);
        for (const [key, set] of Object.entries(patch)) if (set !== undefined) expect(isFieldName(key), `${entry.name} sets ${key}`).toBe(true);
      }
    }
  });
});

describe('retiredArgument', () => {
  it('returns undefined for current and never-existing names', () => {
    expect(retiredArgument('learning_rate')).toBeUndefined();
    expect(retiredArgument('learningRate')).toBeUndefined();
  });

  it('moves a renamed value to its new name', () => {
    expect(retiredArgument('evaluation_strategy')?.change).toBe('renamed');
    expect(migrate('evaluation_strategy', 'epoch')).toEqual({ evaluation_strategy: undefined, eval_strategy: 'epoch' });
    expect(migrate('per_gpu_train_batch_size', 4)).toEqual({ per_gpu_train_batch_size: undefined, per_device_train_batch_size: 4 });
  });

  it('turns old flags into their v5 settings only when they were on', () => {
    expect(migrate('no_cuda', true)).toEqual({ no_cuda: undefined, use_cpu: true });
    expect(migrate('no_cuda', false)).toEqual({ no_cuda: undefined });
    expect(migrate('group_by_length', true)).toEqual({ group_by_length: undefined, train_sampling_strategy: 'group_by_length' });
    expect(migrate('adafactor', true)).toEqual({ adafactor: undefined, optim: 'adafactor' });
  });

  it('merges into an existing list instead of replacing it', () => {
    expect(migrate('include_inputs_for_metrics', true, { include_for_metrics: ['loss'] })).toEqual({
      include_inputs_for_metrics: undefined,
      include_for_metrics: ['loss', 'inputs'],
    });
    expect(migrate('include_inputs_for_metrics', true, { include_for_metrics: ['inputs'] })).toEqual({ include_inputs_for_metrics: undefined });
    expect(migrate('tpu_metrics_debug', true, { debug: 'underflow_overflow' })).toEqual({
      tpu_metrics_debug: undefined,
      debug: 'underflow_overflow tpu_metrics_debug',
    });
    expect(migrate('tpu_metrics_debug', true, { debug: ['underflow_overflow'] })).toEqual({
      tpu_metrics_debug: undefined,
      debug: ['underflow_overflow', 'tpu_metrics_debug'],
    });
  });

  it('merges into an existing dict and never overwrites a key already there', () => {
    expect(migrate('fsdp_min_num_params', 1000, { fsdp_config: { version: 2 } })).toEqual({
      fsdp_min_num_params: undefined,
      fsdp_config: { version: 2, min_num_params: 1000 },
    });
    expect(migrate('fsdp_min_num_params', 1000, { fsdp_config: { fsdp_min_num_params: 5 } })).toEqual({ fsdp_min_num_params: undefined });
    expect(migrate('split_batches', true)).toEqual({ split_batches: undefined, accelerator_config: { split_batches: true } });
    expect(migrate('dispatch_batches', false, { accelerator_config: { split_batches: true } })).toEqual({
      dispatch_batches: undefined,
      accelerator_config: { split_batches: true, dispatch_batches: false },
    });
  });

  it('gives up on merging into a config given as a file path', () => {
    expect(migrate('fsdp_transformer_layer_cls_to_wrap', 'BertLayer', { fsdp_config: 'fsdp.json' })).toBeNull();
  });

  it('builds hub_model_id from the old organization and model id, removing both', () => {
    const both = { push_to_hub_model_id: 'bert', push_to_hub_organization: 'acme' };
    const expected = { push_to_hub_model_id: undefined, push_to_hub_organization: undefined, hub_model_id: 'acme/bert' };
    expect(migrate('push_to_hub_model_id', 'bert', both)).toEqual(expected);
    expect(migrate('push_to_hub_organization', 'acme', both)).toEqual(expected);
    expect(migrate('push_to_hub_organization', 'acme', { output_dir: 'runs/exp1/' })).toEqual({
      push_to_hub_organization: undefined,
      hub_model_id: 'acme/exp1',
    });
    expect(migrate('push_to_hub_model_id', 'bert', { hub_model_id: 'me/kept' })).toEqual({ push_to_hub_model_id: undefined });
  });

  it('keeps an existing hub_token', () => {
    expect(migrate('push_to_hub_token', 'hf_a')).toEqual({ push_to_hub_token: undefined, hub_token: 'hf_a' });
    expect(migrate('push_to_hub_token', 'hf_a', { hub_token: 'hf_b' })).toEqual({ push_to_hub_token: undefined });
  });

  it('has no mechanical migration for real tensor parallelism', () => {
    expect(migrate('tp_size', 4)).toBeNull();
    expect(migrate('tp_size', 0)).toEqual({ tp_size: undefined });
  });
});

describe('retired names per target', () => {
  it('only calls a name retired when the targeted release no longer has it', () => {
    expect(retiredArgument('no_cuda')?.removedIn).toBe('5.0');
    expect(retiredArgument('no_cuda', '4.56')).toBeUndefined();
    expect(retiredArgument('evaluation_strategy', '4.56')?.replacements).toEqual(['eval_strategy']);
    expect(retiredArgument('tp_size', '4.56')).toBeDefined();
  });

  it('lists for 4.56 only what was gone before it', () => {
    expect(
      retiredArgumentsFor('4.56')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['dispatch_batches', 'evaluation_strategy', 'sharded_ddp', 'split_batches', 'tp_size']);
    expect(retiredArgumentsFor('5.2-5.5')).toHaveLength(RETIRED_ARGUMENTS.length);
  });
});
