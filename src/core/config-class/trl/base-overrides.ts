import type { ClassFieldSpec } from '../define-config-class';

/**
 * The `TrainingArguments` fields every TRL class (its `_BaseConfig`) redeclares, with TRL's defaults, and the
 * class's own learning rate. `bf16` defaults to None, which `__post_init__` turns into `not fp16`.
 */
export function trlOverrides(learningRate: number, extra: readonly ClassFieldSpec[] = []): readonly ClassFieldSpec[] {
  return [
    {
      name: 'learning_rate',
      kind: 'float',
      pyType: 'float',
      default: learningRate,
      tier: 'core',
    },
    { name: 'lr_scheduler_kwargs', kind: 'dict', pyType: 'dict | str | None', default: null, nullable: true },
    {
      name: 'bf16',
      kind: 'bool',
      pyType: 'bool | None',
      default: null,
      nullable: true,
      tier: 'core',
      summary: 'bfloat16 mixed precision; left empty, TRL turns it on unless fp16 is on.',
      help: 'Empty (None) becomes `not fp16`, so TRL trains in bf16 by default. On a machine without a bf16-capable accelerator that default is rejected: set bf16=False (and fp16=True on an older GPU).',
    },
    { name: 'gradient_checkpointing', kind: 'bool', pyType: 'bool', default: true, tier: 'core' },
    { name: 'use_liger_kernel', kind: 'bool', pyType: 'bool', default: false },
    { name: 'torch_empty_cache_steps', kind: 'int', pyType: 'int | None', default: null, nullable: true },
    { name: 'logging_steps', kind: 'float', pyType: 'float', default: 10 },
    ...extra,
  ];
}

/** GRPO, RLOO and Distillation keep every dataset column: reward functions may read them. */
export const KEEP_COLUMNS: ClassFieldSpec = {
  name: 'remove_unused_columns',
  kind: 'bool',
  pyType: 'bool | None',
  default: false,
  nullable: true,
  summary: 'Drop dataset columns the model does not take; off here, because reward functions may read them.',
  help: 'TRL turns it off by default so extra columns reach the reward functions.',
};

/** KTO samples in order: its KL estimate pairs neighbouring examples. On 4.x it is KTO's own field. */
export const KTO_SEQUENTIAL: ClassFieldSpec = {
  name: 'train_sampling_strategy',
  kind: 'enum',
  pyType: 'str',
  default: 'sequential',
  choices: ['random', 'sequential', 'group_by_length'],
  tier: 'core',
  summary: 'Order of training examples; KTO keeps them in order because its KL estimate pairs neighbours.',
  help: 'Losses other than apo_zero_unpaired need "sequential"; the trainer raises otherwise.',
};
