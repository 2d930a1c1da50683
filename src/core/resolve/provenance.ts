import type { PyValue } from '../py/py-value';

/** Why a resolved value is what it is: typed by the user, the library default, or derived by the library from other values. */
export type Provenance = 'user' | 'default' | 'derived';

/** Every field's effective value as the constructed `TrainingArguments` holds it, as JSON. */
export type ResolvedValues = Readonly<Record<string, PyValue>>;

export interface ResolvedConfig {
  readonly values: ResolvedValues;
  readonly provenance: Readonly<Record<string, Provenance>>;
}
