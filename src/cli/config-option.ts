import { configClassesFor, isClassOnTarget } from '../core/config-class/class-registry';
import { CONFIG_CLASSES, DEFAULT_CONFIG_CLASS, getConfigClass, isConfigClassName } from '../core/config-class/classes';
import { targetLabel, type Target } from '../core/target/target';
import type { CliIo } from './io';

/** The `--config` line of a command's help. */
export const CONFIG_HELP = `  --config     the config class: ${CONFIG_CLASSES.map((c) => c.name).join(', ')} (default ${DEFAULT_CONFIG_CLASS})\n`;

/**
 * Whether `name` can be built on the target; otherwise tells the user why and which classes can.
 * @example checkClassName('SFTConfig', 'v4', io) // false, after a message naming the release TRL needs
 */
export function checkClassName(name: string, target: Target, io: CliIo): boolean {
  if (!isConfigClassName(name)) {
    io.stderr(`unknown --config ${name}; choose one of ${CONFIG_CLASSES.map((c) => c.name).join(', ')}\n`);
    return false;
  }
  if (isClassOnTarget(name, target)) return true;
  const since = getConfigClass(name)?.since ?? '';
  io.stderr(
    `${name} needs transformers ${since} or later, and ${targetLabel(target)} is older; on it choose one of ${configClassesFor(target)
      .map((c) => c.name)
      .join(', ')}\n`,
  );
  return false;
}

/**
 * The class named by `--config` (TrainingArguments when absent), or undefined after telling the user why not.
 * @example readConfigClass(parseArgs(['--config', 'SFTConfig'], ['config']).options, 'v5', io) // 'SFTConfig'
 */
export function readConfigClass(options: ReadonlyMap<string, string | true>, target: Target, io: CliIo): string | undefined {
  const value = options.get('config');
  if (value === undefined) return DEFAULT_CONFIG_CLASS;
  return checkClassName(String(value), target, io) ? String(value) : undefined;
}
