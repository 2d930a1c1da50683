/**
 * Why a schedule cannot be worked out. The codes are stable (the UI translates them); `message`
 * is an English fallback for the CLI.
 */
export type ScheduleErrorCode =
  | 'invalid-run-context'
  | 'invalid-value'
  | 'train-batch-size-zero'
  | 'grad-accum-zero'
  | 'iterable-needs-max-steps'
  | 'empty-epoch'
  | 'no-training-steps'
  | 'unknown-scheduler-type'
  | 'scheduler-unknown-kwarg'
  | 'scheduler-kwarg-type'
  | 'polynomial-lr-end'
  | 'min-lr-exactly-one'
  | 'wsd-num-decay-steps'
  | 'wsd-unknown-type'
  | 'plateau-kwarg-value';

export interface ScheduleError {
  readonly code: ScheduleErrorCode;
  readonly message: string;
  /** TrainingArguments fields (or run-context facts such as `examples`) the problem is about. */
  readonly fields: readonly string[];
}

/** A result that is either a value or a typed reason, so callers never catch. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ScheduleError };

/** Builds the failing branch of a `Result`.
 * @example fail('grad-accum-zero', 'no updates', ['gradient_accumulation_steps']).ok // false
 */
export function fail(code: ScheduleErrorCode, message: string, fields: readonly string[]): { readonly ok: false; readonly error: ScheduleError } {
  return { ok: false, error: { code, message, fields } };
}

/** Builds the succeeding branch of a `Result`.
 * @example succeed(3).value // 3
 */
export function succeed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}
