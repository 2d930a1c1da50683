import { BANDS, DEFAULT_TARGET, RELEASES, releaseTarget, type ReleaseTarget } from '../core/target/target';
import type { CliIo } from './io';

/** The `--target` line of a command's help. */
export const TARGET_HELP = `  --target     the transformers release the arguments are for: ${RELEASES[0]}…${RELEASES.at(-1)} (e.g. 5.18, 4.57.6), a band (${BANDS.map((b) => b.id).join(', ')}), or v5 / v4 (= 5.2-5.5 / 4.56); default ${DEFAULT_TARGET}. Releases without exact code are checked as the nearest band and marked approximate\n`;

/**
 * The release named by `--target` (the default target when absent) and the band it maps to, or undefined after
 * telling the user what is accepted.
 * @example readTarget(parseArgs(['--target', '5.10'], ['target']).options, io) // { target: '5.10', band: '5.2-5.5', approximate: true, … }
 */
export function readTarget(options: ReadonlyMap<string, string | true>, io: CliIo): ReleaseTarget | undefined {
  const value = options.get('target') ?? DEFAULT_TARGET;
  const mapped = typeof value === 'string' ? releaseTarget(value) : undefined;
  if (mapped) return mapped;
  io.stderr(
    `unknown --target ${String(value)}; give a transformers release from ${RELEASES[0]} to ${String(RELEASES.at(-1))} (e.g. 5.18), a band (${BANDS.map((b) => b.id).join(', ')}), or v5 / v4\n`,
  );
  return undefined;
}
