/**
 * A value as Python holds it after `json.loads`: the shapes a TrainingArguments keyword argument can take.
 * Integers and floats are both JS numbers; where the written form matters, see `Kwargs.floatWritten`.
 */
export type PyValue = null | boolean | number | string | PyValue[] | PyDict;
export interface PyDict {
  [key: string]: PyValue;
}

/** Keyword arguments as a user wrote them, plus which whole numbers were written as floats (`5.0`). */
export interface Kwargs {
  readonly values: Readonly<Record<string, PyValue>>;
  /** Dotted paths (`torch_empty_cache_steps`, `lr_scheduler_kwargs.num_cycles`) of numbers written with `.` or an exponent whose value is whole. */
  readonly floatWritten: ReadonlySet<string>;
}

/** Wraps plain values (every whole number taken as an int) as `Kwargs`.
 * @example kwargs({ learning_rate: 3e-5 }).values.learning_rate // 3e-5
 */
export function kwargs(values: Record<string, PyValue>, floatWritten: Iterable<string> = []): Kwargs {
  return { values, floatWritten: new Set(floatWritten) };
}

export function isDict(value: unknown): value is PyDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python's idea of an int: a whole number not written as a float. */
export function isPyInt(value: unknown, path: string, input: Kwargs): value is number {
  return typeof value === 'number' && Number.isInteger(value) && !input.floatWritten.has(path);
}

/** Python's truthiness, for the library's `if value:` checks. */
export function isTruthy(value: PyValue | undefined): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
}
