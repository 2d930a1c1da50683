import type { PyValue } from '../py/py-value';

/** The values being resolved, and the two ways a `__post_init__` step may change one. */
export interface ResolveState {
  readonly values: Record<string, PyValue>;
  /** The library sets the field from other values (provenance becomes `derived` unless nothing changed). */
  derive(name: string, value: PyValue): void;
  /** The library only changes the field's form (a string split into a list, a JSON string parsed). */
  normalize(name: string, value: PyValue): void;
}
