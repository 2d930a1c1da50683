import type { Message } from '../i18n/messages/message';
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

/** A remark on one imported name, by message code (`import.…`). */
export interface ImportNote {
  readonly key: string;
  readonly text: Message;
}

/** The codes of the import notes (the catalogue test checks each language has them). */
export const IMPORT_NOTE_CODES = [
  'import.script-reads-file',
  'import.abbreviation',
  'import.shell-variable',
  'import.yaml-omegaconf',
  'import.axolotl',
] as const;

/** What axolotl does itself with a name that TrainingArguments would read otherwise (recipe-owners). */
export type AxolotlNote = 'bf16-auto' | 'tf32-auto' | 'fp16-auto' | 'warmup-ratio';

declare module '../i18n/messages/message' {
  interface MessageParams {
    /** `file`: the one argument, a JSON or YAML file the script parses itself. */
    'import.script-reads-file': { readonly file: string };
    /** `typed`: the flag as written; `option`: the option argparse expands it to. */
    'import.abbreviation': { readonly typed: string; readonly option: string };
    'import.shell-variable': { readonly field: string; readonly variable: string };
    /** `number`: OmegaConf's reading of `scalar`; `yaml11`: the spelling both readers take as that number. */
    'import.yaml-omegaconf': { readonly scalar: string; readonly number: string; readonly yaml11: string };
    'import.axolotl': { readonly note: AxolotlNote };
  }
}

/** 1-based line and column of `offset` in `text`.
 * @example positionOf('a\nbc', 3) // { line: 2, column: 2 }
 */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
