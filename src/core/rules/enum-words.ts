import { message, type MessageParams } from '../i18n/messages/message';
import { splitWords } from '../resolve/normalize-fsdp';
import type { CodedFinding } from './define-rule';
import { didYouMean } from './did-you-mean';

/** The rules that check the words of a space-separated enum string, each with its own message codes. */
export type EnumWordsRule = 'schema-fsdp-option' | 'schema-debug-option';

/** An enum that `__post_init__` builds from each word of a space-separated string field. */
export interface WordEnum<R extends EnumWordsRule = EnumWordsRule> {
  readonly rule: R;
  readonly field: string;
  /** The Python enum class, as its ValueError names it. */
  readonly enumName: string;
  readonly values: readonly string[];
}

/**
 * The library's text when an enum lacks a value (the `ValueError` of `ExplicitEnum._missing_`).
 * @example enumErrorText('x', 'DebugOption', ['a', 'b']) // "x is not a valid DebugOption, please select one of ['a', 'b']"
 */
export function enumErrorText(value: string, enumName: string, values: readonly string[]): string {
  return `${value} is not a valid ${enumName}, please select one of [${values.map((v) => `'${v}'`).join(', ')}]`;
}

const FIX_CODE = { 'schema-fsdp-option': 'schema-fsdp-option.fix', 'schema-debug-option': 'schema-debug-option.fix' } as const;

/**
 * One finding per word of the string that the enum lacks, as `[Enum(s) for s in value.split()]` raises on the
 * first of them; a close match becomes a fix that swaps that whole word and keeps the others.
 * @example unknownEnumWords('full_shard ofload', { rule: 'schema-fsdp-option', field: 'fsdp', enumName: 'FSDPOption', values: FSDP_OPTIONS })[0]?.fix?.patch
 * // { fsdp: 'full_shard offload' }
 */
export function unknownEnumWords<R extends EnumWordsRule>(text: string, { rule, field, enumName, values }: WordEnum<R>): CodedFinding<R>[] {
  const words = splitWords(text);
  return words
    .filter((word) => !values.includes(word))
    .map((word) => {
      const suggestion = didYouMean(word, values) ?? null;
      const library = enumErrorText(word, enumName, values);
      return {
        text: message<R>(rule, { field, word, suggestion, values, library } satisfies EnumWordParams as MessageParams[R]),
        ...(suggestion
          ? {
              fix: {
                text: message(FIX_CODE[rule as EnumWordsRule], { suggestion }),
                patch: { [field]: words.map((w) => (w === word ? suggestion : w)).join(' ') },
              },
            }
          : {}),
      };
    });
}

/** An unknown word: `suggestion` is the closest value (or null), `library` the ValueError the library raises. */
export interface EnumWordParams {
  readonly field: string;
  readonly word: string;
  readonly suggestion: string | null;
  readonly values: readonly string[];
  readonly library: string;
}

declare module '../i18n/messages/message' {
  interface MessageParams {
    'schema-fsdp-option': EnumWordParams;
    'schema-fsdp-option.fix': { readonly suggestion: string };
    'schema-debug-option': EnumWordParams;
    'schema-debug-option.fix': { readonly suggestion: string };
  }
}
