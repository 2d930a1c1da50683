import { FSDP_OPTIONS } from '../../registry/enums';
import { defineRule } from '../define-rule';
import { unknownEnumWords } from '../enum-words';

/** Mirrors `_process_fsdp_args`: each word of an `fsdp` string becomes an `FSDPOption`; unknown words raise. */
export const fsdpOption = defineRule({
  id: 'schema-fsdp-option',
  fields: ['fsdp'],
  severity: 'error',
  source: 'library',
  stage: 'schema',
  // 5.15 rewrote the FSDP handling and dropped this check.
  versions: { until: '5.15' },
  messages: ['schema-fsdp-option', 'schema-fsdp-option.fix'],
  description: 'Words in an fsdp string must be FSDP options (full_shard, shard_grad_op, no_shard, hybrid_shard, hybrid_shard_zero2, offload, auto_wrap).',
  check: ({ input }) => {
    const value = input.values.fsdp;
    if (typeof value !== 'string') return null;
    return unknownEnumWords(value, { rule: 'schema-fsdp-option', field: 'fsdp', enumName: 'FSDPOption', values: FSDP_OPTIONS });
  },
});
