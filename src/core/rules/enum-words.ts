import { splitWords } from '../resolve/normalize-fsdp';
import type { Finding } from './define-rule';
import { didYouMean } from './did-you-mean';
import { code, eun, ro, libraryRaisesKo } from './ko-text';

/** An enum that `__post_init__` builds from each word of a space-separated string field. */
export interface WordEnum {
  readonly field: string;
  /** The Python enum class, as its ValueError names it. */
  readonly enumName: string;
  /** One value in words, with its article ("a debug option"). */
  readonly what: string;
  /** The same in Korean, ending in a noun that takes 이 ("FSDP 옵션"); defaults to "<enumName> 값". */
  readonly whatKo?: string;
  readonly values: readonly string[];
}

/**
 * The library's text when an enum lacks a value (the `ValueError` of `ExplicitEnum._missing_`).
 * @example enumErrorText('x', 'DebugOption', ['a', 'b']) // "x is not a valid DebugOption, please select one of ['a', 'b']"
 */
export function enumErrorText(value: string, enumName: string, values: readonly string[]): string {
  return `${value} is not a valid ${enumName}, please select one of [${values.map((v) => `'${v}'`).join(', ')}]`;
}

/**
 * One finding per word of the string that the enum lacks, as `[Enum(s) for s in value.split()]` raises on the
 * first of them; a close match becomes a fix that swaps that whole word and keeps the others.
 * @example unknownEnumWords('full_shard ofload', { field: 'fsdp', enumName: 'FSDPOption', what: 'an FSDP option', values: FSDP_OPTIONS })[0]?.fix?.patch
 * // { fsdp: 'full_shard offload' }
 */
export function unknownEnumWords(text: string, { field, enumName, what, whatKo = `${enumName} 값`, values }: WordEnum): Finding[] {
  const words = splitWords(text);
  return words
    .filter((word) => !values.includes(word))
    .map((word) => {
      const suggestion = didYouMean(word, values);
      const library = enumErrorText(word, enumName, values);
      return {
        message: `${field}: "${word}" is not ${what}${suggestion ? `; did you mean "${suggestion}"?` : '.'} Valid: ${values.join(', ')}. The library raises: ${library}`,
        messageKo: `${code(field)}: ${eun(code(`"${word}"`))} ${whatKo}이 아닙니다.${suggestion ? ` 혹시 ${code(`"${suggestion}"`)}인가요?` : ''} 가능한 값: ${values.join(', ')}. ${libraryRaisesKo(library)}`,
        ...(suggestion
          ? {
              fix: {
                label: `Use "${suggestion}"`,
                labelKo: `${ro(`"${suggestion}"`)} 바꾸기`,
                patch: { [field]: words.map((w) => (w === word ? suggestion : w)).join(' ') },
              },
            }
          : {}),
      };
    });
}
