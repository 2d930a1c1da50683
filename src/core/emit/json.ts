import type { Kwargs, PyValue } from '../py/py-value';
import type { EmitOptions } from './emit-entries';
import { emitEntries } from './emit-entries';
import { toJsonText } from './json-text';
import { withoutSecrets } from './without-secrets';

/**
 * The arguments as a JSON object, as `HfArgumentParser.parse_json_file` reads them: the fields of
 * `emitEntries` in form order, 2-space indented, float fields written as floats (`3.0`, `5e-05`).
 * Non-finite floats come out as `NaN` / `Infinity`, which Python's json reads but strict JSON does not.
 * A token is left out: the Hub client reads `HF_TOKEN` itself when `hub_token` is None.
 * @example emitJson(kwargs({ num_train_epochs: 1 })) // '{\n  "num_train_epochs": 1.0\n}\n'
 */
export function emitJson(input: Kwargs, options: EmitOptions = {}): string {
  const entries = withoutSecrets(emitEntries(input, options));
  if (entries.length === 0) return '{}\n';
  const lines = entries.map(({ field, value, asFloat }) => {
    const text = toJsonText(value as PyValue, { float: asFloat, floatWritten: input.floatWritten, path: field.name, indent: 2 });
    return `  ${JSON.stringify(field.name)}: ${text.replace(/\n/g, '\n  ')}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
