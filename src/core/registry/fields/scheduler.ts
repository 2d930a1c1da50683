import { defineField } from '../define-field';
import { SCHEDULER_TYPES } from '../enums';

/** Fields of the “scheduler” section, in the order the form shows them. */
export const schedulerFields = [
  defineField({
    name: 'learning_rate',
    kind: 'float',
    pyType: 'float',
    default: 5e-5,
    min: 0,
    tier: 'core',
    summary: 'Peak learning rate: the value reached after warmup, from which the schedule decays.',
    help: 'The optimizer starts from this base rate and the scheduler multiplies it by a factor between 0 and 1 at every update. Default 5e-5, a common choice for full fine-tuning; adapter methods such as LoRA often use larger values. The library does not check it, but a negative rate is meaningless. With `polynomial` it must stay above `lr_end`.',
  }),
  defineField({
    name: 'lr_scheduler_type',
    kind: 'enum',
    pyType: 'SchedulerType | str',
    default: 'linear',
    choices: SCHEDULER_TYPES,
    tier: 'core',
    summary: 'Shape of the learning-rate curve: linear, cosine, constant, warmup-stable-decay and more.',
    help: 'Default `linear`: warm up, then fall in a straight line to 0 at the last update. `cosine` follows half a cosine down to 0, `cosine_with_min_lr` and `cosine_warmup_with_min_lr` stop at a floor set in `lr_scheduler_kwargs`, and `constant` skips warmup entirely. `warmup_stable_decay` needs `num_decay_steps` in the kwargs. `reduce_lr_on_plateau` lowers the rate when the evaluation metric stops improving, so it requires an `eval_strategy` other than `no`.',
  }),
  defineField({
    name: 'warmup_steps',
    kind: 'float',
    pyType: 'float',
    default: 0,
    min: 0,
    tier: 'core',
    summary: 'Warmup length: a whole number of updates, or a fraction of all updates when below 1.',
    help: 'During warmup the rate climbs linearly from 0 to `learning_rate`. Values ≥ 1 are truncated to a step count, so 1.0 means one update, not 100 %; values in [0, 1) are a share of the total, rounded up (0.1 gives 10 %). Negative values are rejected. `constant` and `reduce_lr_on_plateau` ignore warmup. Default 0 (no warmup).',
  }),
  defineField({
    name: 'lr_scheduler_kwargs',
    kind: 'dict',
    pyType: 'dict | str | None',
    default: null,
    nullable: true,
    tier: 'advanced',
    summary: 'Extra options for the chosen schedule, e.g. `num_cycles`, `power`, `lr_end` or `min_lr_rate`.',
    help: 'A dict, or a JSON string starting with `{`, handed to the schedule function. The keys depend on the type: `cosine` takes `num_cycles`, `polynomial` takes `lr_end` and `power`, the min-lr cosines need exactly one of `min_lr` and `min_lr_rate`, and `warmup_stable_decay` needs `num_decay_steps`. A key the schedule does not know fails when the Trainer creates the scheduler, whereas `constant`, `constant_with_warmup` and `inverse_sqrt` silently drop the dict. Write numbers as JSON numbers: a string such as "1e-7" is not converted and breaks the math. Default None.',
  }),
  defineField({
    name: 'warmup_ratio',
    kind: 'float',
    pyType: 'float | None',
    default: null,
    nullable: true,
    tier: 'hidden',
    summary: 'Deprecated: warmup as a fraction of all updates. Put a value below 1 in `warmup_steps` instead.',
    help: 'v5 still accepts it but logs a deprecation warning. When set it replaces `warmup_steps` entirely, even if both are given, which is the opposite of 4.x where a positive `warmup_steps` won. Its range is no longer checked. Releases from 5.15 on reject the argument.',
    deprecated: 'Use `warmup_steps` with a value below 1 instead (0.1 means 10 % of all updates).',
    until: '5.15',
  }),
] as const;
