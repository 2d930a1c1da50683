import type { Kwargs } from '../py/py-value';
import { getConfigClass } from '../config-class/classes';
import { toPythonLiteral } from '../py/py-literal';
import { isWithheldSecret, secretEnvVar } from '../secrets/secret-fields';
import type { EmitOptions } from './emit-entries';
import { emitEntries, leftOutNames, leftOutReason } from './emit-entries';

const INDENT = '    ';
// Black's default line length, so pasted code needs no reformatting.
const LINE_WIDTH = 88;

/**
 * Python that builds the arguments: `from transformers import TrainingArguments` (or the chosen config
 * class, `from trl import SFTConfig`) and one call with a keyword per line, in form order (see `emitEntries` for
 * which fields appear). Float fields print as floats (`num_train_epochs=3.0`), step-or-ratio
 * fields and int fields as ints when whole; a value of the wrong type is written as given so
 * the code shows what validation complained about. Long dicts and lists break over lines.
 * A token (`hub_token`) is never written: the code reads it from the environment (`os.environ["HF_TOKEN"]`).
 * @example emitPython(kwargs({ bf16: true })) // "from transformers import TrainingArguments\n\nargs = TrainingArguments(\n    bf16=True,\n)\n"
 */
export function emitPython(input: Kwargs, options: EmitOptions = {}): string {
  const entries = emitEntries(input, options);
  // The class decides the import: TRL's configs come from `trl`, the rest from `transformers`.
  const cls = getConfigClass(options.configClass ?? 'TrainingArguments');
  const name = cls?.name ?? 'TrainingArguments';
  const readsEnvironment = entries.some(({ field, value }) => isWithheldSecret(field.name, value));
  const header = `${readsEnvironment ? 'import os\n\n' : ''}from ${cls?.module ?? 'transformers'} import ${name}\n\n`;
  // Names the class does not take stay visible as comments instead of vanishing.
  const comments = leftOutNames(input, options).map(
    ({ name: key, value }) => `${INDENT}# ${key}=${toPythonLiteral(value, { floatWritten: input.floatWritten, path: key })},  # ${leftOutReason(options)}`,
  );
  if (entries.length === 0 && comments.length === 0) return `${header}args = ${name}()\n`;
  const lines = entries.map(({ field, value, asFloat }) => {
    const prefix = `${INDENT}${field.name}=`;
    if (isWithheldSecret(field.name, value)) return `${prefix}os.environ[${JSON.stringify(secretEnvVar(field.name))}],`;
    const literal = toPythonLiteral(value, {
      float: asFloat,
      floatWritten: input.floatWritten,
      path: field.name,
      layout: { indent: INDENT, width: LINE_WIDTH - 1, column: prefix.length },
    });
    return `${prefix}${literal},`;
  });
  return `${header}args = ${name}(\n${[...lines, ...comments].join('\n')}\n)\n`;
}
