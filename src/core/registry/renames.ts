import type { PyValue } from '../py/py-value';
import { isDict, isTruthy } from '../py/py-value';
import { compareVersions, DEFAULT_TARGET, targetVersion, type Target } from '../target/target';

/** Keyword arguments to set (`undefined` removes the key), as in a rule's fix. */
export type Patch = Readonly<Record<string, PyValue | undefined>>;
type Others = Readonly<Record<string, PyValue>>;

/** A keyword argument that earlier transformers versions accepted and v5 rejects with a TypeError. */
export interface RetiredArgument {
  readonly name: string;
  /** `renamed`: same meaning under a new name; `removed`: gone, perhaps with another way to get the effect. */
  readonly change: 'renamed' | 'removed';
  /** First transformers release whose `TrainingArguments` no longer accepts the name. */
  readonly removedIn: string;
  /** v5 fields that now do the job, if any. */
  readonly replacements: readonly string[];
  /**
   * The v5 keyword arguments that reproduce what this value did, as a patch that also removes the old
   * key; merges into an existing dict or list rather than replacing it. Null when there is no
   * mechanical translation (the user must decide).
   */
  readonly migrate: (value: PyValue, others: Others) => Patch | null;
}

/** Removes the old key and sets `extra`. */
function drop(name: string, extra: Patch = {}): Patch {
  return { [name]: undefined, ...extra };
}

/** The old key's value moves to `target` unchanged; None or a falsy flag just goes away. */
function moveTo(name: string, target: string): RetiredArgument['migrate'] {
  return (value) => (value === null ? drop(name) : drop(name, { [target]: value }));
}

/** A boolean flag whose `true` means setting `target` to `onValue`; `false` was the default, so it just goes away. */
function flagTo(name: string, target: string, onValue: PyValue): RetiredArgument['migrate'] {
  return (value) => (isTruthy(value) ? drop(name, { [target]: onValue }) : drop(name));
}

/** Adds `key: value` to the dict in `field`, keeping keys already there (also under `alias`). Null when `field` is a path or JSON text. */
function mergeIntoDict(others: Others, field: string, key: string, value: PyValue, alias?: string): Patch | null {
  const current = others[field];
  if (current === undefined || current === null) return { [field]: { [key]: value } };
  if (!isDict(current)) return null;
  if (key in current || (alias !== undefined && alias in current)) return {};
  return { [field]: { ...current, [key]: value } };
}

function intoDict(name: string, field: string, key: string, alias?: string): RetiredArgument['migrate'] {
  return (value, others) => {
    if (value === null || value === 0 || value === '') return drop(name);
    const merged = mergeIntoDict(others, field, key, value, alias);
    return merged === null ? null : drop(name, merged);
  };
}

function hubModelIdFromOldNames(name: string): RetiredArgument['migrate'] {
  return (_value, others) => {
    // Both old keys go at once, so applying either finding's fix leaves nothing half-migrated.
    const removeBoth: Record<string, undefined> = { [name]: undefined };
    for (const old of ['push_to_hub_model_id', 'push_to_hub_organization']) if (old in others) removeBoth[old] = undefined;
    // An explicit v5 hub_model_id already says where to push.
    if (typeof others.hub_model_id === 'string') return removeBoth;
    const modelId = others.push_to_hub_model_id;
    const organization = others.push_to_hub_organization;
    const org = typeof organization === 'string' ? organization : undefined;
    if (typeof modelId === 'string') return { ...removeBoth, hub_model_id: org ? `${org}/${modelId}` : modelId };
    if (org === undefined) return removeBoth;
    // 4.x named the repo after the last folder of output_dir.
    const outputDir = typeof others.output_dir === 'string' ? others.output_dir : 'trainer_output';
    const folder =
      outputDir
        .split(/[\\/]/)
        .filter((part) => part !== '')
        .at(-1) ?? 'trainer_output';
    return { ...removeBoth, hub_model_id: `${org}/${folder}` };
  };
}

function appendInputsForMetrics(value: PyValue, others: Others): Patch | null {
  if (!isTruthy(value)) return drop('include_inputs_for_metrics');
  const current = others.include_for_metrics;
  if (current === undefined || current === null) return drop('include_inputs_for_metrics', { include_for_metrics: ['inputs'] });
  if (!Array.isArray(current)) return null;
  if (current.includes('inputs')) return drop('include_inputs_for_metrics');
  return drop('include_inputs_for_metrics', { include_for_metrics: [...current, 'inputs'] });
}

function addTpuDebug(value: PyValue, others: Others): Patch | null {
  if (!isTruthy(value)) return drop('tpu_metrics_debug');
  const current = others.debug;
  if (current === undefined || current === null || current === '') return drop('tpu_metrics_debug', { debug: 'tpu_metrics_debug' });
  if (typeof current === 'string') {
    return current.split(/\s+/).includes('tpu_metrics_debug')
      ? drop('tpu_metrics_debug')
      : drop('tpu_metrics_debug', { debug: `${current} tpu_metrics_debug` });
  }
  if (Array.isArray(current)) {
    return current.includes('tpu_metrics_debug') ? drop('tpu_metrics_debug') : drop('tpu_metrics_debug', { debug: [...current, 'tpu_metrics_debug'] });
  }
  return null;
}

function tokensSeenInstead(value: PyValue, others: Others): Patch | null {
  const current = others.include_num_input_tokens_seen;
  const alreadyCounting = current !== undefined && current !== false && current !== 'no';
  return isTruthy(value) && !alreadyCounting ? drop('include_tokens_per_second', { include_num_input_tokens_seen: 'all' }) : drop('include_tokens_per_second');
}

function tensorParallelSize(value: PyValue): Patch | null {
  return typeof value === 'number' && value > 1 ? null : drop('tp_size');
}

function shardedDdp(value: PyValue): Patch | null {
  return isTruthy(value) ? null : drop('sharded_ddp');
}

const removed = (name: string, removedIn: string, replacements: readonly string[] = []): RetiredArgument => ({
  name,
  change: 'removed',
  removedIn,
  replacements,
  migrate: () => drop(name),
});

/** Every keyword argument of earlier releases (≈4.33 onward) that v5 `TrainingArguments` no longer has. */
export const RETIRED_ARGUMENTS: readonly RetiredArgument[] = [
  {
    name: 'evaluation_strategy',
    change: 'renamed',
    removedIn: '4.51',
    replacements: ['eval_strategy'],
    migrate: moveTo('evaluation_strategy', 'eval_strategy'),
  },
  {
    name: 'no_cuda',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['use_cpu'],
    migrate: flagTo('no_cuda', 'use_cpu', true),
  },
  {
    name: 'per_gpu_train_batch_size',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['per_device_train_batch_size'],
    migrate: moveTo('per_gpu_train_batch_size', 'per_device_train_batch_size'),
  },
  {
    name: 'per_gpu_eval_batch_size',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['per_device_eval_batch_size'],
    migrate: moveTo('per_gpu_eval_batch_size', 'per_device_eval_batch_size'),
  },
  {
    name: 'group_by_length',
    change: 'removed',
    // 5.0 and 5.1 still had the flag; train_sampling_strategy replaced it in 5.2.
    removedIn: '5.2',
    replacements: ['train_sampling_strategy'],
    migrate: flagTo('group_by_length', 'train_sampling_strategy', 'group_by_length'),
  },
  removed('overwrite_output_dir', '5.0', ['resume_from_checkpoint']),
  removed('save_safetensors', '5.0'),
  {
    name: 'push_to_hub_model_id',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['hub_model_id'],
    migrate: hubModelIdFromOldNames('push_to_hub_model_id'),
  },
  {
    name: 'push_to_hub_organization',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['hub_model_id'],
    migrate: hubModelIdFromOldNames('push_to_hub_organization'),
  },
  {
    name: 'push_to_hub_token',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['hub_token'],
    migrate: (value, others) =>
      typeof others.hub_token === 'string' || value === null ? drop('push_to_hub_token') : drop('push_to_hub_token', { hub_token: value }),
  },
  removed('fp16_backend', '5.0', ['fp16', 'bf16']),
  removed('half_precision_backend', '5.0', ['fp16', 'bf16']),
  removed('fp16_opt_level', '5.0', ['fp16']),
  {
    name: 'include_inputs_for_metrics',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['include_for_metrics'],
    migrate: appendInputsForMetrics,
  },
  {
    name: 'fsdp_min_num_params',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['fsdp_config'],
    migrate: intoDict('fsdp_min_num_params', 'fsdp_config', 'min_num_params', 'fsdp_min_num_params'),
  },
  {
    name: 'fsdp_transformer_layer_cls_to_wrap',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['fsdp_config'],
    migrate: intoDict('fsdp_transformer_layer_cls_to_wrap', 'fsdp_config', 'transformer_layer_cls_to_wrap', 'fsdp_transformer_layer_cls_to_wrap'),
  },
  {
    name: 'adafactor',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['optim'],
    migrate: flagTo('adafactor', 'optim', 'adafactor'),
  },
  {
    name: 'torchdynamo',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['torch_compile_backend'],
    migrate: moveTo('torchdynamo', 'torch_compile_backend'),
  },
  {
    name: 'include_tokens_per_second',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['include_num_input_tokens_seen'],
    migrate: tokensSeenInstead,
  },
  {
    name: 'dispatch_batches',
    change: 'removed',
    removedIn: '4.51',
    replacements: ['accelerator_config'],
    migrate: intoDict('dispatch_batches', 'accelerator_config', 'dispatch_batches'),
  },
  {
    name: 'split_batches',
    change: 'removed',
    removedIn: '4.51',
    replacements: ['accelerator_config'],
    migrate: intoDict('split_batches', 'accelerator_config', 'split_batches'),
  },
  {
    name: 'tp_size',
    change: 'removed',
    removedIn: '4.51',
    replacements: ['parallelism_config'],
    migrate: tensorParallelSize,
  },
  removed('use_mps_device', '5.0', ['use_cpu']),
  removed('jit_mode_eval', '5.0', ['torch_compile']),
  removed('use_ipex', '4.57'),
  removed('tpu_num_cores', '5.0'),
  {
    name: 'tpu_metrics_debug',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['debug'],
    migrate: addTpuDebug,
  },
  removed('past_index', '5.0'),
  removed('use_legacy_prediction_loop', '5.0'),
  removed('mp_parameters', '5.0'),
  removed('ray_scope', '5.0'),
  {
    name: 'sharded_ddp',
    change: 'removed',
    removedIn: '4.33',
    replacements: ['fsdp', 'deepspeed'],
    migrate: shardedDdp,
  },
];

const BY_NAME: ReadonlyMap<string, RetiredArgument> = new Map(RETIRED_ARGUMENTS.map((entry) => [entry.name, entry]));

/** Whether the targeted release already rejects the argument; a 4.56 target still has everything removed in 5.0. */
function isRetiredIn(entry: RetiredArgument, target: Target): boolean {
  return compareVersions(entry.removedIn, targetVersion(target)) <= 0;
}

/**
 * The retired arguments the targeted release (v5 by default) no longer accepts.
 * @example retiredArgumentsFor('4.56').some((r) => r.name === 'no_cuda') // false
 */
export function retiredArgumentsFor(target: Target = DEFAULT_TARGET): readonly RetiredArgument[] {
  return RETIRED_ARGUMENTS.filter((entry) => isRetiredIn(entry, target));
}

/**
 * What became of a keyword argument that the targeted release (v5 by default) no longer accepts, or undefined
 * for a name that never existed or that the target still has.
 * @example retiredArgument('evaluation_strategy')?.replacements // ['eval_strategy']
 */
export function retiredArgument(name: string, target: Target = DEFAULT_TARGET): RetiredArgument | undefined {
  const entry = BY_NAME.get(name);
  return entry !== undefined && isRetiredIn(entry, target) ? entry : undefined;
}
