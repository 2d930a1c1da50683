import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** How the Trainer splits `optim_args`: spaces removed, then "," between pairs and exactly one "=" per pair. */
function segments(text: string): string[] {
  return text.replaceAll(' ', '').split(',');
}

/** The Trainer parses `optim_args` for every optimizer with `key, value = mapping.split("=")`, which needs exactly one "=" per item. */
export const optimArgsFormat = defineRule({
  id: 'optim-args-format',
  fields: ['optim_args'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['optim-args-format', 'optim-args-format.fix'],
  description: 'optim_args must look like "key=value,key=value".',
  check: ({ resolved }) => {
    const text = resolved.optim_args;
    // Python skips parsing when the string is empty; other types are the schema rules' business.
    if (typeof text !== 'string' || text === '') return null;
    const parts = segments(text);
    const bad = parts.filter((part) => part.split('=').length !== 2);
    if (bad.length === 0) return null;
    const onlyEmpty = bad.every((part) => part === '');
    const unpack = bad.some((part) => part.split('=').length > 2)
      ? 'too many values to unpack (expected 2)'
      : 'not enough values to unpack (expected 2, got 1)';
    return {
      text: message('optim-args-format', { bad, unpack }),
      ...(onlyEmpty ? { fix: { text: message('optim-args-format.fix', {}), patch: { optim_args: parts.filter((part) => part !== '').join(',') } } } : {}),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** `bad`: the items without exactly one "=" ('' for an empty one); `unpack`: Python's ValueError text. */
    'optim-args-format': { readonly bad: readonly string[]; readonly unpack: string };
    'optim-args-format.fix': NoParams;
  }
}
