import { DEBUG_OPTIONS } from '../registry/enums';
import { defineRule } from './define-rule';
import { didYouMean } from './did-you-mean';
import { splitWords } from '../resolve/normalize-fsdp';

/** Mirrors `__post_init__`: a `debug` string is split and each word converted to `DebugOption` (a list is kept unchecked). */
export const debugOption = defineRule({
  id: 'debug-option',
  fields: ['debug'],
  severity: 'error',
  source: 'library',
  description: 'Words in a debug string must be underflow_overflow or tpu_metrics_debug.',
  check: ({ input }) => {
    const value = input.values.debug;
    if (typeof value !== 'string') return null;
    return splitWords(value)
      .filter((word) => !(DEBUG_OPTIONS as readonly string[]).includes(word))
      .map((word) => {
        const suggestion = didYouMean(word, DEBUG_OPTIONS);
        return {
          message: `debug: "${word}" is not a debug option${suggestion ? `; did you mean "${suggestion}"?` : '.'} Valid: ${DEBUG_OPTIONS.join(', ')}. The library raises: ${word} is not a valid DebugOption, please select one of [${DEBUG_OPTIONS.map((o) => `'${o}'`).join(', ')}]`,
          ...(suggestion ? { fix: { label: `Use "${suggestion}"`, patch: { debug: value.replace(word, suggestion) } } } : {}),
        };
      });
  },
});
