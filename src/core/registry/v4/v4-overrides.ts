import type { FieldDef } from '../define-field';
import { DDP_BACKENDS_V4, REPORT_TO_CHOICES_V4 } from '../enums';

/** What a target may change in a v5 field: its declaration in that release, and texts that would be wrong there. */
export type FieldOverride = Partial<Omit<FieldDef, 'name'>>;

/**
 * How v5 fields are declared on the 4.x line (4.56 and 4.57) where that differs: defaults, annotations,
 * choices, and the texts that describe v5-only behaviour. `deprecated: undefined` un-deprecates a field 4.x still uses.
 */
export const V4_LINE_OVERRIDES: Readonly<Record<string, FieldOverride>> = {
  warmup_steps: {
    kind: 'int',
    pyType: 'int',
    default: 0,
    // 4.x type-checks it itself (a whole number >= 0).
    libraryTyped: true,
    summary: 'Warmup length in optimizer updates; when above 0 it wins over warmup_ratio.',
    help: 'During warmup the rate climbs linearly from 0 to `learning_rate`. In 4.x it must be a whole number ≥ 0: a float such as 0.1 or 10.0 is rejected. When it is 0 the warmup is `ceil(total updates × warmup_ratio)`. `constant` and `reduce_lr_on_plateau` ignore warmup. Default 0.',
  },
  warmup_ratio: {
    pyType: 'float',
    default: 0,
    nullable: false,
    min: 0,
    max: 1,
    tier: 'advanced',
    deprecated: undefined,
    summary: 'Warmup as a fraction of all updates, used while warmup_steps is 0.',
    help: 'Must lie between 0 and 1. The warmup becomes `ceil(total updates × warmup_ratio)`, so 0.1 warms up over the first 10 % of training. A positive `warmup_steps` takes precedence, and the library only notes that in an info log. Default 0.0.',
  },
  report_to: {
    default: null,
    choices: REPORT_TO_CHOICES_V4,
    summary: 'Experiment trackers that receive the logs; left empty, every installed tracker does.',
    help: 'Default None, which 4.x reads as `all`: every integration whose package is installed gets the logs (so installing wandb quietly turns it on). Use `none` to turn reporting off, or list trackers such as `tensorboard` or `wandb`. Each tracker needs its own package, and an unknown name makes the Trainer fail.',
  },
  logging_dir: {
    deprecated: undefined,
    summary: 'TensorBoard log folder; empty means `<output_dir>/runs/<date-time>_<host>`.',
    help: 'Read by the TensorBoard integration. Left empty, the library builds a new folder name from the clock and the host name each time the arguments are created, so runs never overwrite each other. Default None.',
  },
  ddp_backend: {
    choices: DDP_BACKENDS_V4,
    help: 'Empty lets accelerate pick one for your hardware. `ccl` is for Intel CPUs and GPUs (oneCCL), `hccl` for Gaudi and Ascend, `cncl` for Cambricon MLUs and `mccl` for Moore Threads GPUs. Only the command-line parser checks the value. Default None.',
  },
};

/** The 4.56 declarations that 4.57 changed. */
export const V456_OVERRIDES: Readonly<Record<string, FieldOverride>> = {
  lr_scheduler_kwargs: { pyType: 'dict | str', default: {} },
  include_num_input_tokens_seen: {
    kind: 'bool',
    pyType: 'bool',
    default: false,
    choices: undefined,
    shapes: undefined,
    summary: 'Count the input tokens processed and log the total as `num_input_tokens_seen`.',
    help: 'True counts every token of each batch, padding included; 4.56 has no mode that skips padding. In distributed runs counting needs a gather across processes, which costs a little time. Only True or False are valid. Default False.',
  },
  // None is still the annotation's, but 4.56 no longer handles it (`in None` raises); see the fsdp-none rule.
  fsdp: { default: '' },
  average_tokens_across_devices: {
    help: 'When on, the number of label tokens is summed over all processes with an all-reduce, so every device divides its loss by the same total. 4.56 switches it off by itself when only one process runs, so a single-GPU run always ends up with False. Default True.',
  },
};

/** 4.57 takes the token-counting modes (as v5 does) but still defaults to False, which it resolves to "no". */
export const V457_OVERRIDES: Readonly<Record<string, FieldOverride>> = {
  include_num_input_tokens_seen: {
    pyType: 'str | bool',
    default: false,
    help: 'True (or "all") counts every token of each batch, padding included; "non_padding" counts only real tokens; False becomes "no". In distributed runs counting needs a gather across processes, which costs a little time. Default False.',
  },
};
