import { isWithheldSecret } from '../secrets/secret-fields';
import type { EmitEntry } from './emit-entries';

/**
 * The entries without the credentials (`hub_token`) that formats holding only data must leave out.
 * With `hub_token` unset, the Hub client reads the `HF_TOKEN` environment variable (or the saved
 * login) by itself, so the output still pushes as intended.
 * @example withoutSecrets(emitEntries(kwargs({ hub_token: 'hf_x', seed: 1 }))).map((e) => e.field.name) // ['seed']
 */
export function withoutSecrets(entries: readonly EmitEntry[]): EmitEntry[] {
  return entries.filter(({ field, value }) => !isWithheldSecret(field.name, value));
}
