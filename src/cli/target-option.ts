import { DEFAULT_TARGET, isTarget, TARGETS, type Target } from '../core/target/target';
import type { CliIo } from './io';

/** The `--target` line of a command's help. */
export const TARGET_HELP = `  --target     the transformers release the arguments are for: v5 (default) or v4 (4.56)\n`;

/**
 * The release named by `--target` (v5 when absent), or undefined after telling the user the choices.
 * @example readTarget(parseArgs(['--target', 'v4'], ['target']).options, io) // 'v4'
 */
export function readTarget(options: ReadonlyMap<string, string | true>, io: CliIo): Target | undefined {
  const value = options.get('target');
  if (value === undefined) return DEFAULT_TARGET;
  if (typeof value === 'string' && isTarget(value)) return value;
  io.stderr(`unknown --target ${String(value)}; choose one of ${TARGETS.join(', ')}\n`);
  return undefined;
}
