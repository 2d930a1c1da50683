import { OPTIMIZER_NAMES_515, REPORT_TO_CHOICES_515, SCHEDULER_TYPES_515, TRAIN_SAMPLING_STRATEGIES_515 } from '../enums';
import type { FieldOverride } from '../v4/v4-overrides';

/** Trackio's defaults changed after the 5.2–5.5 snapshot (PR #45329): no Space is deployed unless one is named. */
export const V5_6_OVERRIDES: Readonly<Record<string, FieldOverride>> = {
  trackio_space_id: {
    default: null,
    summary: 'Hugging Face Space that hosts the Trackio dashboard; empty keeps the logs local.',
    help: 'Give `user/name`, `org/name` or just `name` to deploy the dashboard to a Space in that namespace. Empty (the default since the Trackio rework) keeps the dashboard local. Only read when `report_to` includes `trackio`. Default None.',
  },
};

/** How fields are declared from 5.15 on (5.15–5.18 share the TrainingArguments code) where the 5.2–5.5 snapshot differs. */
export const V5_15_OVERRIDES: Readonly<Record<string, FieldOverride>> = {
  warmup_steps: {
    help: 'During warmup the rate climbs linearly from 0 to `learning_rate`. Values ≥ 1 are truncated to a step count, so 1.0 means one update, not 100 %; values in [0, 1) are a share of the total, rounded up (0.1 gives 10 %). This is the only warmup setting: `warmup_ratio` was removed in 5.15. Negative values are rejected. `constant`, `reduce_lr_on_plateau` and `greedy` ignore warmup. Default 0 (no warmup).',
  },
  optim: { choices: OPTIMIZER_NAMES_515 },
  lr_scheduler_type: { choices: SCHEDULER_TYPES_515 },
  report_to: { choices: REPORT_TO_CHOICES_515 },
  train_sampling_strategy: {
    choices: TRAIN_SAMPLING_STRATEGIES_515,
    help: '`random` (default) shuffles every epoch, `sequential` keeps the dataset order, `group_by_length` batches examples of similar length to reduce padding, and `batch_rebalance` (used by the 5.17+ Trainer) balances the padded-token cost across devices and accumulation steps. Ignored for iterable datasets. Only the command-line parser checks the value; from Python an unknown value quietly behaves like `random`.',
  },
  fsdp: {
    pyType: 'str | None',
    // Declared with `nargs="?"` and `const=True`: a bare `--fsdp` turns FSDP on, `--fsdp full_shard` still takes a word.
    cliBareTrue: true,
    help: 'True turns FSDP on; configure it in `fsdp_config` (FSDP2 by default). A string or list of options such as `full_shard auto_wrap` still works but is deprecated: each option is moved into `fsdp_config` (`full_shard` → `reshard_after_forward`, `offload` → `cpu_offload`). `hybrid_shard`, `hybrid_shard_zero2` and `no_shard` need `fsdp_config["version"] = 1`. None, "", False or [] leave FSDP off.',
  },
};
