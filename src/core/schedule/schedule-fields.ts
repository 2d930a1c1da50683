import type { PyValue } from '../py/py-value';
import type { ResolvedArgs } from './read-args';

/**
 * The TrainingArguments fields a schedule is worked out from; every other field leaves it unchanged.
 * Lets a caller skip the (for a million steps, slow) recomputation when an unrelated field changes.
 */
export const SCHEDULE_FIELDS = [
  'per_device_train_batch_size',
  'gradient_accumulation_steps',
  'num_train_epochs',
  'max_steps',
  'warmup_steps',
  'learning_rate',
  'lr_scheduler_type',
  'lr_scheduler_kwargs',
  'accelerator_config',
  'dataloader_drop_last',
  'logging_strategy',
  'logging_steps',
  'logging_first_step',
  'eval_strategy',
  'eval_steps',
  'eval_delay',
  'eval_on_start',
  'save_strategy',
  'save_steps',
  'save_total_limit',
  'load_best_model_at_end',
  'metric_for_best_model',
] as const;

/**
 * Only the resolved values the schedule reads (absent ones stay absent, so defaults still apply).
 * @example pickScheduleArgs({ max_steps: 10, seed: 42 }) // { max_steps: 10 }
 */
export function pickScheduleArgs(resolved: ResolvedArgs): Record<string, PyValue> {
  const picked: Record<string, PyValue> = {};
  for (const name of SCHEDULE_FIELDS) {
    const value = resolved[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

/**
 * A text that is equal for two resolved configs exactly when their schedule inputs are equal.
 * @example scheduleArgsKey({ max_steps: 10, seed: 1 }) === scheduleArgsKey({ max_steps: 10, seed: 2 }) // true
 */
export function scheduleArgsKey(resolved: ResolvedArgs): string {
  // JSON would write NaN and ±Infinity all as null; those are schedule inputs too (and errors).
  return JSON.stringify(pickScheduleArgs(resolved), (_key, value: unknown) =>
    typeof value === 'number' && !Number.isFinite(value) ? `#${String(value)}` : value,
  );
}
