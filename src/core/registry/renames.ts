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
  /** What happened to it and what to do in v5 (one or two sentences, shown to the user). */
  readonly advice: string;
  /** The same advice in Korean, Python names in backticks. */
  readonly adviceKo: string;
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

const removed = (name: string, removedIn: string, [advice, adviceKo]: readonly [string, string], replacements: readonly string[] = []): RetiredArgument => ({
  name,
  change: 'removed',
  removedIn,
  replacements,
  advice,
  adviceKo,
  migrate: () => drop(name),
});

const AMP_ONLY = [
  'Mixed precision always uses torch.amp in v5 (NVIDIA apex support is gone); fp16=True or bf16=True is all you need.',
  'v5에서 혼합 정밀도는 항상 torch.amp를 씁니다(NVIDIA apex 지원은 없어졌습니다). `fp16=True`나 `bf16=True`만 설정하면 됩니다.',
] as const;

/** Every keyword argument of earlier releases (≈4.33 onward) that v5 `TrainingArguments` no longer has. */
export const RETIRED_ARGUMENTS: readonly RetiredArgument[] = [
  {
    name: 'evaluation_strategy',
    change: 'renamed',
    removedIn: '4.51',
    replacements: ['eval_strategy'],
    advice: 'It was renamed to eval_strategy in 4.41; the old spelling stopped working in 4.51. The values are the same.',
    adviceKo: '4.41에서 `eval_strategy`로 이름이 바뀌었고, 예전 이름은 4.51부터 동작하지 않습니다. 값은 그대로입니다.',
    migrate: moveTo('evaluation_strategy', 'eval_strategy'),
  },
  {
    name: 'no_cuda',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['use_cpu'],
    advice: 'Use use_cpu=True to train on the CPU even when a GPU is present.',
    adviceKo: 'GPU가 있어도 CPU에서 학습하려면 `use_cpu=True`를 쓰세요.',
    migrate: flagTo('no_cuda', 'use_cpu', true),
  },
  {
    name: 'per_gpu_train_batch_size',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['per_device_train_batch_size'],
    advice: 'Use per_device_train_batch_size, which has the same meaning (the old name won over it in 4.x).',
    adviceKo: '뜻이 같은 `per_device_train_batch_size`를 쓰세요(4.x에서는 예전 이름이 우선했습니다).',
    migrate: moveTo('per_gpu_train_batch_size', 'per_device_train_batch_size'),
  },
  {
    name: 'per_gpu_eval_batch_size',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['per_device_eval_batch_size'],
    advice: 'Use per_device_eval_batch_size, which has the same meaning (the old name won over it in 4.x).',
    adviceKo: '뜻이 같은 `per_device_eval_batch_size`를 쓰세요(4.x에서는 예전 이름이 우선했습니다).',
    migrate: moveTo('per_gpu_eval_batch_size', 'per_device_eval_batch_size'),
  },
  {
    name: 'group_by_length',
    change: 'removed',
    // 5.0 and 5.1 still had the flag; train_sampling_strategy replaced it in 5.2.
    removedIn: '5.2',
    replacements: ['train_sampling_strategy'],
    advice: 'Length grouping is now one of the sampling strategies: set train_sampling_strategy to "group_by_length".',
    adviceKo: '길이별 그룹핑은 이제 샘플링 전략 중 하나입니다. `train_sampling_strategy`를 `"group_by_length"`로 설정하세요.',
    migrate: flagTo('group_by_length', 'train_sampling_strategy', 'group_by_length'),
  },
  removed(
    'overwrite_output_dir',
    '5.0',
    [
      'The Trainer never read it; only example scripts used it to decide whether to resume. In v5 checkpoints are simply written into output_dir; pass resume_from_checkpoint to continue a run.',
      'Trainer는 이 값을 읽은 적이 없고, 예제 스크립트만 학습을 이어서 할지 정하는 데 썼습니다. v5에서는 체크포인트가 그냥 `output_dir`에 저장되니, 학습을 이어서 하려면 `resume_from_checkpoint`를 넘기세요.',
    ],
    ['resume_from_checkpoint'],
  ),
  removed('save_safetensors', '5.0', [
    'Checkpoints are always saved as safetensors in v5; there is no longer a way to write PyTorch .bin files.',
    'v5에서는 체크포인트가 항상 safetensors로 저장되며, PyTorch .bin 파일로 저장하는 방법은 더 이상 없습니다.',
  ]),
  {
    name: 'push_to_hub_model_id',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['hub_model_id'],
    advice: 'Use hub_model_id, written as "organization/name" or just "name" for your own namespace.',
    adviceKo: '`hub_model_id`를 쓰세요. `"organization/name"` 형식으로, 내 네임스페이스라면 `"name"`만 써도 됩니다.',
    migrate: hubModelIdFromOldNames('push_to_hub_model_id'),
  },
  {
    name: 'push_to_hub_organization',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['hub_model_id'],
    advice: 'Put the organization in hub_model_id instead: "organization/name".',
    adviceKo: '대신 조직 이름을 `hub_model_id`에 넣으세요: `"organization/name"`.',
    migrate: hubModelIdFromOldNames('push_to_hub_organization'),
  },
  {
    name: 'push_to_hub_token',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['hub_token'],
    advice: 'Use hub_token (or log in with `hf auth login` and leave it unset).',
    adviceKo: '`hub_token`을 쓰세요(또는 `hf auth login`으로 로그인하고 비워 두세요).',
    migrate: (value, others) =>
      typeof others.hub_token === 'string' || value === null ? drop('push_to_hub_token') : drop('push_to_hub_token', { hub_token: value }),
  },
  removed('fp16_backend', '5.0', AMP_ONLY, ['fp16', 'bf16']),
  removed('half_precision_backend', '5.0', AMP_ONLY, ['fp16', 'bf16']),
  removed(
    'fp16_opt_level',
    '5.0',
    [
      'It only configured NVIDIA apex, which v5 no longer supports; torch.amp has no optimisation levels.',
      'v5가 더 이상 지원하지 않는 NVIDIA apex 설정이었습니다. torch.amp에는 최적화 레벨이 없습니다.',
    ],
    ['fp16'],
  ),
  {
    name: 'include_inputs_for_metrics',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['include_for_metrics'],
    advice: 'Add "inputs" to the include_for_metrics list instead.',
    adviceKo: '대신 `include_for_metrics` 리스트에 `"inputs"`를 추가하세요.',
    migrate: appendInputsForMetrics,
  },
  {
    name: 'fsdp_min_num_params',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['fsdp_config'],
    advice: 'Set "min_num_params" inside fsdp_config instead.',
    adviceKo: '대신 `fsdp_config` 안에 `"min_num_params"`를 설정하세요.',
    migrate: intoDict('fsdp_min_num_params', 'fsdp_config', 'min_num_params', 'fsdp_min_num_params'),
  },
  {
    name: 'fsdp_transformer_layer_cls_to_wrap',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['fsdp_config'],
    advice: 'Set "transformer_layer_cls_to_wrap" inside fsdp_config instead.',
    adviceKo: '대신 `fsdp_config` 안에 `"transformer_layer_cls_to_wrap"`을 설정하세요.',
    migrate: intoDict('fsdp_transformer_layer_cls_to_wrap', 'fsdp_config', 'transformer_layer_cls_to_wrap', 'fsdp_transformer_layer_cls_to_wrap'),
  },
  {
    name: 'adafactor',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['optim'],
    advice: 'Choose the optimizer with optim="adafactor".',
    adviceKo: '`optim="adafactor"`로 옵티마이저를 고르세요.',
    migrate: flagTo('adafactor', 'optim', 'adafactor'),
  },
  {
    name: 'torchdynamo',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['torch_compile_backend'],
    advice: 'Use torch_compile_backend (setting it also turns torch_compile on).',
    adviceKo: '`torch_compile_backend`를 쓰세요(설정하면 `torch_compile`도 켜집니다).',
    migrate: moveTo('torchdynamo', 'torch_compile_backend'),
  },
  {
    name: 'include_tokens_per_second',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['include_num_input_tokens_seen'],
    advice: 'Token throughput is tracked through include_num_input_tokens_seen ("all" or "non_padding") in v5.',
    adviceKo: 'v5에서는 토큰 처리량을 `include_num_input_tokens_seen`(`"all"` 또는 `"non_padding"`)으로 추적합니다.',
    migrate: tokensSeenInstead,
  },
  {
    name: 'dispatch_batches',
    change: 'removed',
    removedIn: '4.51',
    replacements: ['accelerator_config'],
    advice: 'Set "dispatch_batches" inside accelerator_config instead.',
    adviceKo: '대신 `accelerator_config` 안에 `"dispatch_batches"`를 설정하세요.',
    migrate: intoDict('dispatch_batches', 'accelerator_config', 'dispatch_batches'),
  },
  {
    name: 'split_batches',
    change: 'removed',
    removedIn: '4.51',
    replacements: ['accelerator_config'],
    advice: 'Set "split_batches" inside accelerator_config instead.',
    adviceKo: '대신 `accelerator_config` 안에 `"split_batches"`를 설정하세요.',
    migrate: intoDict('split_batches', 'accelerator_config', 'split_batches'),
  },
  {
    name: 'tp_size',
    change: 'removed',
    removedIn: '4.51',
    replacements: ['parallelism_config'],
    advice:
      "Tensor parallelism is configured with an accelerate ParallelismConfig passed as parallelism_config (built in Python), or with the model's tp_plan.",
    adviceKo: '텐서 병렬화는 Python에서 만든 accelerate `ParallelismConfig`를 `parallelism_config`로 넘기거나, 모델의 `tp_plan`으로 설정합니다.',
    migrate: tensorParallelSize,
  },
  removed(
    'use_mps_device',
    '5.0',
    [
      'Apple Silicon GPUs (MPS) are used automatically when available; set use_cpu=True to avoid them.',
      'Apple Silicon GPU(MPS)는 있으면 자동으로 쓰입니다. 쓰지 않으려면 `use_cpu=True`로 설정하세요.',
    ],
    ['use_cpu'],
  ),
  removed(
    'jit_mode_eval',
    '5.0',
    [
      'TorchScript tracing for evaluation was dropped; torch_compile is the way to speed up inference now.',
      '평가용 TorchScript tracing은 없어졌습니다. 이제 추론 속도를 높이려면 `torch_compile`을 쓰세요.',
    ],
    ['torch_compile'],
  ),
  removed('use_ipex', '4.57', [
    'Intel Extension for PyTorch support was dropped; its CPU and XPU optimisations are part of PyTorch itself now.',
    'Intel Extension for PyTorch 지원은 없어졌습니다. 그 CPU·XPU 최적화는 이제 PyTorch 자체에 들어 있습니다.',
  ]),
  removed('tpu_num_cores', '5.0', [
    'The TPU launcher decides the number of cores; it is not a TrainingArguments setting any more.',
    '코어 수는 TPU 런처가 정하며, 더 이상 TrainingArguments 설정이 아닙니다.',
  ]),
  {
    name: 'tpu_metrics_debug',
    change: 'removed',
    removedIn: '5.0',
    replacements: ['debug'],
    advice: 'Add "tpu_metrics_debug" to debug instead.',
    adviceKo: '대신 `debug`에 `"tpu_metrics_debug"`를 추가하세요.',
    migrate: addTpuDebug,
  },
  removed('past_index', '5.0', [
    'The Trainer no longer feeds past hidden states (mems) back into models; the setting has no replacement.',
    'Trainer는 더 이상 과거 hidden state(mems)를 모델에 다시 넣지 않으며, 이 설정을 대신할 것은 없습니다.',
  ]),
  removed('use_legacy_prediction_loop', '5.0', [
    'The old prediction loop is gone; evaluation and prediction always use the current loop.',
    '예전 prediction loop는 없어졌고, 평가와 예측은 항상 현재 loop를 씁니다.',
  ]),
  removed('mp_parameters', '5.0', [
    'SageMaker model-parallel support was dropped, and these parameters with it.',
    'SageMaker model-parallel 지원이 없어지면서 이 파라미터들도 함께 없어졌습니다.',
  ]),
  removed('ray_scope', '5.0', [
    'It is no longer a TrainingArguments setting; configure checkpoint selection in Ray Tune when you call hyperparameter_search.',
    '더 이상 TrainingArguments 설정이 아닙니다. `hyperparameter_search`를 호출할 때 Ray Tune에서 체크포인트 선택 방식을 설정하세요.',
  ]),
  {
    name: 'sharded_ddp',
    change: 'removed',
    removedIn: '4.33',
    replacements: ['fsdp', 'deepspeed'],
    advice: 'FairScale sharded DDP was dropped; use PyTorch FSDP (fsdp="full_shard" or "shard_grad_op") or DeepSpeed ZeRO instead.',
    adviceKo: 'FairScale sharded DDP 지원은 없어졌습니다. 대신 PyTorch FSDP(`fsdp="full_shard"` 또는 `"shard_grad_op"`)나 DeepSpeed ZeRO를 쓰세요.',
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
