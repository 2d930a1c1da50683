// Value sets of the library's enums and documented choices (transformers v5).
export interface OptimizerInfo {
  readonly name: string;
  /** Packages the optimizer needs beyond torch, as pip requirement strings. */
  readonly requires: readonly string[];
}

/** Every `OptimizerNames` value with the extra packages it needs. */
export const OPTIMIZERS: readonly OptimizerInfo[] = [
  { name: 'adamw_torch', requires: [] },
  { name: 'adamw_torch_fused', requires: [] },
  { name: 'adamw_torch_xla', requires: ['torch_xla'] },
  { name: 'adamw_torch_npu_fused', requires: ['torch_npu'] },
  { name: 'adamw_apex_fused', requires: ['apex'] },
  { name: 'adafactor', requires: [] },
  { name: 'adamw_anyprecision', requires: ['torchdistx'] },
  { name: 'adamw_torch_4bit', requires: ['torchao>=0.4.0', 'torch>2.4'] },
  { name: 'adamw_torch_8bit', requires: ['torchao>=0.4.0', 'torch>2.4'] },
  { name: 'ademamix', requires: ['bitsandbytes>=0.44.0'] },
  { name: 'sgd', requires: [] },
  { name: 'adagrad', requires: [] },
  { name: 'adamw_bnb_8bit', requires: ['bitsandbytes'] },
  { name: 'adamw_8bit', requires: ['bitsandbytes'] },
  { name: 'ademamix_8bit', requires: ['bitsandbytes>=0.44.0'] },
  { name: 'lion_8bit', requires: ['bitsandbytes'] },
  { name: 'lion_32bit', requires: ['bitsandbytes'] },
  { name: 'paged_adamw_32bit', requires: ['bitsandbytes'] },
  { name: 'paged_adamw_8bit', requires: ['bitsandbytes'] },
  { name: 'paged_ademamix_32bit', requires: ['bitsandbytes>=0.44.0'] },
  { name: 'paged_ademamix_8bit', requires: ['bitsandbytes>=0.44.0'] },
  { name: 'paged_lion_32bit', requires: ['bitsandbytes'] },
  { name: 'paged_lion_8bit', requires: ['bitsandbytes'] },
  { name: 'rmsprop', requires: [] },
  { name: 'rmsprop_bnb', requires: ['bitsandbytes'] },
  { name: 'rmsprop_bnb_8bit', requires: ['bitsandbytes'] },
  { name: 'rmsprop_bnb_32bit', requires: ['bitsandbytes'] },
  { name: 'galore_adamw', requires: ['galore_torch'] },
  { name: 'galore_adamw_8bit', requires: ['galore_torch'] },
  { name: 'galore_adafactor', requires: ['galore_torch'] },
  { name: 'galore_adamw_layerwise', requires: ['galore_torch'] },
  { name: 'galore_adamw_8bit_layerwise', requires: ['galore_torch'] },
  { name: 'galore_adafactor_layerwise', requires: ['galore_torch'] },
  { name: 'lomo', requires: ['lomo_optim', 'accelerate>=0.30.0'] },
  { name: 'adalomo', requires: ['lomo_optim', 'accelerate>=0.30.0'] },
  { name: 'grokadamw', requires: ['grokadamw'] },
  { name: 'schedule_free_radam', requires: ['schedulefree>=1.4.0', 'accelerate>=0.30.0'] },
  { name: 'schedule_free_adamw', requires: ['schedulefree', 'accelerate>=0.30.0'] },
  { name: 'schedule_free_sgd', requires: ['schedulefree', 'accelerate>=0.30.0'] },
  { name: 'apollo_adamw', requires: ['apollo_torch'] },
  { name: 'apollo_adamw_layerwise', requires: ['apollo_torch'] },
  { name: 'stable_adamw', requires: ['torch-optimi'] },
];

/** `OptimizerNames` values, in the library order (its error message lists them so). */
export const OPTIMIZER_NAMES = [
  'adamw_torch',
  'adamw_torch_fused',
  'adamw_torch_xla',
  'adamw_torch_npu_fused',
  'adamw_apex_fused',
  'adafactor',
  'adamw_anyprecision',
  'adamw_torch_4bit',
  'adamw_torch_8bit',
  'ademamix',
  'sgd',
  'adagrad',
  'adamw_bnb_8bit',
  'adamw_8bit',
  'ademamix_8bit',
  'lion_8bit',
  'lion_32bit',
  'paged_adamw_32bit',
  'paged_adamw_8bit',
  'paged_ademamix_32bit',
  'paged_ademamix_8bit',
  'paged_lion_32bit',
  'paged_lion_8bit',
  'rmsprop',
  'rmsprop_bnb',
  'rmsprop_bnb_8bit',
  'rmsprop_bnb_32bit',
  'galore_adamw',
  'galore_adamw_8bit',
  'galore_adafactor',
  'galore_adamw_layerwise',
  'galore_adamw_8bit_layerwise',
  'galore_adafactor_layerwise',
  'lomo',
  'adalomo',
  'grokadamw',
  'schedule_free_radam',
  'schedule_free_adamw',
  'schedule_free_sgd',
  'apollo_adamw',
  'apollo_adamw_layerwise',
  'stable_adamw',
] as const;
/** `SchedulerType` values. */
export const SCHEDULER_TYPES = [
  'linear',
  'cosine',
  'cosine_with_restarts',
  'polynomial',
  'constant',
  'constant_with_warmup',
  'inverse_sqrt',
  'reduce_lr_on_plateau',
  'cosine_with_min_lr',
  'cosine_warmup_with_min_lr',
  'warmup_stable_decay',
] as const;
/** `IntervalStrategy` values (eval and logging strategies). */
export const INTERVAL_STRATEGIES = ['no', 'steps', 'epoch'] as const;
/** `SaveStrategy` values. */
export const SAVE_STRATEGIES = ['no', 'steps', 'epoch', 'best'] as const;
/** `HubStrategy` values. */
export const HUB_STRATEGIES = ['end', 'every_save', 'checkpoint', 'all_checkpoints'] as const;
/** `FSDPOption` values. */
export const FSDP_OPTIONS = ['full_shard', 'shard_grad_op', 'no_shard', 'hybrid_shard', 'hybrid_shard_zero2', 'offload', 'auto_wrap'] as const;
/** `DebugOption` values. */
export const DEBUG_OPTIONS = ['underflow_overflow', 'tpu_metrics_debug'] as const;
/** Names accepted by `log_level` and `log_level_replica`. */
export const LOG_LEVELS = ['detail', 'debug', 'info', 'warning', 'error', 'critical', 'passive'] as const;
/** Tracker integrations the v5 Trainer knows by name. */
export const REPORT_TO_INTEGRATIONS = [
  'azure_ml',
  'clearml',
  'codecarbon',
  'comet_ml',
  'dagshub',
  'dvclive',
  'flyte',
  'mlflow',
  'swanlab',
  'tensorboard',
  'trackio',
  'wandb',
] as const;
/** What `report_to` accepts: the two special words and every integration. */
export const REPORT_TO_CHOICES = ['all', 'none', ...REPORT_TO_INTEGRATIONS] as const;
/** `train_sampling_strategy` choices. */
export const TRAIN_SAMPLING_STRATEGIES = ['random', 'sequential', 'group_by_length'] as const;
/** `train_sampling_strategy` choices from 5.15 (5.18's list; 5.15 constructs with it too, the 5.17+ Trainer uses it). */
export const TRAIN_SAMPLING_STRATEGIES_515 = [...TRAIN_SAMPLING_STRATEGIES, 'batch_rebalance'] as const;
/** `SchedulerType` values from 5.15: `greedy` (GreedyLR, driven by the eval metric) is new. */
export const SCHEDULER_TYPES_515 = [...SCHEDULER_TYPES, 'greedy'] as const;
/** `OptimizerNames` from 5.15: `adamw_apex_fused` is gone. */
export const OPTIMIZER_NAMES_515 = OPTIMIZER_NAMES.filter((name) => name !== 'adamw_apex_fused');
/** Tracker integrations the 5.18 Trainer knows by name: Neptune and Kubeflow too. */
export const REPORT_TO_INTEGRATIONS_515 = [
  'azure_ml',
  'clearml',
  'codecarbon',
  'comet_ml',
  'dagshub',
  'dvclive',
  'flyte',
  'kubeflow',
  'mlflow',
  'neptune',
  'swanlab',
  'tensorboard',
  'trackio',
  'wandb',
] as const;
/** What `report_to` accepts from 5.15. */
export const REPORT_TO_CHOICES_515 = ['all', 'none', ...REPORT_TO_INTEGRATIONS_515] as const;
/** `dataloader_multiprocessing_context` choices: the start methods of Python's multiprocessing. */
export const MULTIPROCESSING_CONTEXTS = ['fork', 'spawn', 'forkserver'] as const;
/** `ddp_backend` choices. */
export const DDP_BACKENDS = ['nccl', 'gloo', 'mpi', 'xccl', 'hccl', 'cncl', 'mccl'] as const;
/** String values of `include_num_input_tokens_seen` (booleans map to "all"/"no"). */
export const TOKENS_SEEN_MODES = ['all', 'non_padding', 'no'] as const;
/** Items `include_for_metrics` may hold. */
export const INCLUDE_FOR_METRICS = ['inputs', 'loss'] as const;
/** Common `torch.compile` modes (free text in the library). */
export const TORCH_COMPILE_MODES = ['default', 'reduce-overhead', 'max-autotune', 'max-autotune-no-cudagraphs'] as const;
/** Common `torch.compile` backends (free text in the library). */
export const TORCH_COMPILE_BACKENDS = ['inductor', 'aot_eager', 'cudagraphs', 'eager', 'hpu_backend'] as const;

// Value sets that differ in the 4.x target (transformers 4.56).
/** `half_precision_backend` / `fp16_backend` choices (4.x only). */
export const HALF_PRECISION_BACKENDS = ['auto', 'apex', 'cpu_amp'] as const;
/** `ddp_backend` choices in 4.56: Intel's backend was still called `ccl`. */
export const DDP_BACKENDS_V4 = ['nccl', 'gloo', 'mpi', 'ccl', 'hccl', 'cncl', 'mccl'] as const;
/** Tracker integrations the 4.56 Trainer knows by name (Neptune was still one). */
export const REPORT_TO_INTEGRATIONS_V4 = [
  'azure_ml',
  'clearml',
  'codecarbon',
  'comet_ml',
  'dagshub',
  'dvclive',
  'flyte',
  'mlflow',
  'neptune',
  'swanlab',
  'tensorboard',
  'trackio',
  'wandb',
] as const;
/** What `report_to` accepts in 4.56. */
export const REPORT_TO_CHOICES_V4 = ['all', 'none', ...REPORT_TO_INTEGRATIONS_V4] as const;
