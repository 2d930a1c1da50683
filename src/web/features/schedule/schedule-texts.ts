import type { ScheduleNote } from '@/core/schedule/lr-schedule';
import type { ScheduleErrorCode } from '@/core/schedule/schedule-error';
import type { UiKey } from '@/web/shared/i18n/ui-text';

/**
 * What each schedule problem means and how to fix it, as catalogue texts (so every language has them).
 * The core's own message, with the values, is shown beside it in English, which the CLI prints too.
 */
export const SCHEDULE_ERROR_TEXT: Record<ScheduleErrorCode, UiKey> = {
  'invalid-run-context': 'The run description is not valid: enter whole numbers, at least 0 examples and at least 1 device and node.',
  'invalid-value': 'A value the schedule needs is not valid: correct the field named below.',
  'train-batch-size-zero': 'per_device_train_batch_size must be at least 1.',
  'grad-accum-zero': 'gradient_accumulation_steps must be at least 1.',
  'iterable-needs-max-steps': 'A dataset without a length needs max_steps above 0: set max_steps.',
  'empty-epoch': 'No process gets a whole batch per epoch: use more examples, a smaller batch or fewer processes.',
  'no-training-steps': 'These settings give no optimizer step: raise num_train_epochs or set max_steps.',
  'unknown-scheduler-type': 'lr_scheduler_type is not a scheduler the library knows: pick one from the list.',
  'scheduler-unknown-kwarg': 'lr_scheduler_kwargs has a name this scheduler does not accept: remove it.',
  'scheduler-kwarg-type': 'A value in lr_scheduler_kwargs has the wrong type or value: correct it.',
  'polynomial-lr-end': 'The polynomial schedule needs lr_end below learning_rate: lower lr_end.',
  'min-lr-exactly-one': 'This scheduler needs exactly one of min_lr and min_lr_rate in lr_scheduler_kwargs.',
  'wsd-num-decay-steps': 'The warmup-stable-decay scheduler needs num_decay_steps in lr_scheduler_kwargs.',
  'wsd-unknown-type': "The decay type must be 'linear', 'cosine' or '1-sqrt'.",
  'plateau-kwarg-value': 'A reduce_lr_on_plateau setting in lr_scheduler_kwargs is out of range: correct it.',
};

/** The notes a schedule can carry, by their stable codes. */
export const SCHEDULE_NOTE_TEXT: Record<ScheduleNote['code'], UiKey> = {
  'warmup-ignored': 'The constant schedule has no warmup: the warmup steps have no effect.',
  'kwargs-ignored': 'This scheduler ignores some of lr_scheduler_kwargs.',
  'warmup-covers-run': 'Warmup lasts as long as training: the peak learning rate is never reached.',
  'wsd-stable-given': 'num_stable_steps is given, so it is used as is rather than derived from the total steps.',
  'wsd-phases-mismatch': 'The warmup, stable and decay phases do not add up to the training steps.',
};

const ERROR_TEXTS = new Map<string, UiKey>(Object.entries(SCHEDULE_ERROR_TEXT));

/** The catalogue text of a schedule problem; the worker's own failures (no known code) read as an invalid value. */
export function scheduleErrorText(code: string): UiKey {
  return ERROR_TEXTS.get(code) ?? 'A value the schedule needs is not valid: correct the field named below.';
}
