import type { Kwargs } from '../py/py-value';
import type { LaunchInfo } from './launch-info';
import type { RecipeReader } from './recipe-owners';

/** A value the importer saw but did not keep, and why. */
export interface DroppedValue {
  readonly key: string;
  readonly reason: string;
}

/** Something the importer could not read; positions are 1-based where the format has them. */
export interface ImportError {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * What every importer returns. Importers never throw: whatever they could read is in `kwargs`
 * (names the registry does not know included, so validation can name them), the rest is explained
 * in `dropped` and `errors`.
 */
export interface ImportResult {
  readonly kwargs: Kwargs;
  readonly dropped: readonly DroppedValue[];
  readonly errors: readonly ImportError[];
  /** The config class the text calls (`SFTConfig(...)`), when it names one. */
  readonly configClass?: string;
  /** The launcher, its options and environment, when the text is a command line. */
  readonly launch?: LaunchInfo;
  /** Things worth knowing that are not errors: `$VARS` kept as text, expanded abbreviations, reader differences. */
  readonly notes?: readonly ImportNote[];
  /** The program that will read the text, when recognised (LLaMA-Factory reads YAML with OmegaConf). */
  readonly reader?: RecipeReader;
}

/** A remark on one imported name, in English and Korean. */
export interface ImportNote {
  readonly key: string;
  readonly message: string;
  readonly messageKo: string;
}

/** 1-based line and column of `offset` in `text`.
 * @example positionOf('a\nbc', 3) // { line: 2, column: 2 }
 */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
