import { defineRule } from './define-rule';

/** Mirrors `_validate_args`: only one half-precision mode can be used for full evaluation. */
export const fullEvalPrecisionExclusive = defineRule({
  id: 'full-eval-precision-exclusive',
  fields: ['fp16_full_eval', 'bf16_full_eval'],
  severity: 'error',
  source: 'library',
  description: 'fp16_full_eval and bf16_full_eval cannot both be True.',
  check: ({ resolved }) =>
    resolved.fp16_full_eval === true && resolved.bf16_full_eval === true
      ? {
          message:
            'fp16_full_eval and bf16_full_eval are both on; evaluation can run in only one half precision. Turn one off (match the precision you train in). The library raises: At most one of fp16 and bf16 can be True for full eval, but not both',
          fix: { label: resolved.bf16 === true ? 'Turn fp16_full_eval off' : 'Turn bf16_full_eval off', patch: resolved.bf16 === true ? { fp16_full_eval: undefined } : { bf16_full_eval: undefined } },
        }
      : null,
});
