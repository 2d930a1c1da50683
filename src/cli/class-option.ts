import { CONFIG_CLASSES, configClass } from '../core/import/config-classes';
import type { CliIo } from './io';

/** The `--class` line of a command's help. */
export const CLASS_HELP = `  --class      the config class the arguments are for: ${CONFIG_CLASSES.map((c) => c.name).join(', ')}
               (default: the class the Python code calls, else TrainingArguments)\n`;

/**
 * The class named by `--class`: undefined when absent, null after telling the user the choices.
 * @example readClass(parseArgs(['--class', 'SFTConfig'], ['class']).options, io) // 'SFTConfig'
 */
export function readClass(options: ReadonlyMap<string, string | true>, io: CliIo): string | undefined | null {
  const value = options.get('class');
  if (value === undefined) return undefined;
  if (typeof value === 'string' && configClass(value)) return value;
  io.stderr(`unknown --class ${String(value)}; choose one of ${CONFIG_CLASSES.map((c) => c.name).join(', ')}\n`);
  return null;
}
