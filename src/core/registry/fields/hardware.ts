import { defineField } from '../define-field';
import { DEBUG_OPTIONS } from '../enums';

/** Fields of the “hardware” section, in the order the form shows them. */
export const hardwareFields = [
  defineField({
    name: 'seed',
    kind: 'int',
    pyType: 'int',
    default: 42,
    min: 0,
    max: 4294967295,
    tier: 'core',
    summary: 'Random seed set when training starts, for repeatable runs.',
    help: 'Seeds Python, NumPy and PyTorch. Randomly initialised layers, such as a new classification head, are only repeatable if the model is created after seeding, for example through `model_init`. Must lie between 0 and 2³² − 1. Default 42.',
  }),
  defineField({
    name: 'use_cpu',
    kind: 'bool',
    pyType: 'bool',
    default: false,
    tier: 'core',
    summary: 'Train on the CPU even when a GPU or other accelerator is available.',
    help: 'Also switches `dataloader_pin_memory` off. In v5 it is required for `bf16` on machines without a bf16-capable accelerator. It replaces the removed `no_cuda` flag. Default False.',
  }),
  defineField({
    name: 'data_seed',
    kind: 'int',
    pyType: 'int | None',
    default: null,
    nullable: true,
    min: 0,
    max: 4294967295,
    tier: 'advanced',
    summary: 'Separate seed for the data samplers; empty reuses `seed`.',
    help: 'Lets you change the order of the data while keeping model initialisation fixed, or the other way round. Same range as `seed`. Default None.',
  }),
  defineField({
    name: 'full_determinism',
    kind: 'bool',
    pyType: 'bool',
    default: false,
    tier: 'advanced',
    summary: 'Force deterministic algorithms everywhere for exactly repeatable runs; slow, meant for debugging.',
    help: 'Calls `enable_full_determinism` instead of `set_seed`, which switches PyTorch and cuDNN to deterministic modes and sets the CUDA environment variables they need. Training gets noticeably slower, and operations without a deterministic version raise errors. Default False.',
  }),
  defineField({
    name: 'debug',
    kind: 'list',
    pyType: 'str | list[DebugOption]',
    default: '',
    choices: DEBUG_OPTIONS,
    tier: 'expert',
    summary: 'Debug features: `underflow_overflow` (find inf/NaN) and `tpu_metrics_debug`.',
    help: 'Give a space-separated string or a list. `underflow_overflow` reports the first module whose inputs or outputs contain inf or NaN and does not work with several GPUs in one process (DataParallel). `tpu_metrics_debug` prints TPU metrics. Unknown names in a string are rejected. Default empty.',
    choiceCheck: 'library-split',
    // None becomes [] in __post_init__, although the annotation does not say so.
    shapes: ['string', 'list', 'none'],
    cliSplitsString: true,
  }),
] as const;
