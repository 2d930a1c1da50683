import { FSDP_OPTIONS } from '../registry/enums';
import { splitWords } from '../resolve/normalize-fsdp';
import { didYouMean } from './did-you-mean';
import { defineRule } from './define-rule';

/** Mirrors `_process_fsdp_args`: each word of an `fsdp` string becomes an `FSDPOption`; unknown words raise. */
export const fsdpOption = defineRule({
  id: 'fsdp-option',
  fields: ['fsdp'],
  severity: 'error',
  source: 'library',
  description: 'Words in an fsdp string must be FSDP options (full_shard, shard_grad_op, no_shard, hybrid_shard, hybrid_shard_zero2, offload, auto_wrap).',
  check: ({ input }) => {
    const value = input.values.fsdp;
    if (typeof value !== 'string') return null;
    return splitWords(value)
      .filter((word) => !(FSDP_OPTIONS as readonly string[]).includes(word))
      .map((word) => {
        const suggestion = didYouMean(word, FSDP_OPTIONS);
        return {
          message: `fsdp: "${word}" is not an FSDP option${suggestion ? `; did you mean "${suggestion}"?` : '.'} Valid: ${FSDP_OPTIONS.join(', ')}. The library raises: ${word} is not a valid FSDPOption, please select one of [${FSDP_OPTIONS.map((o) => `'${o}'`).join(', ')}]`,
          ...(suggestion ? { fix: { label: `Use "${suggestion}"`, patch: { fsdp: splitWords(value).map((w) => (w === word ? suggestion : w)).join(' ') } } } : {}),
        };
      });
  },
});
