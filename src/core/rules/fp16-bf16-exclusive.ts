import { defineRule } from './define-rule';

/** Mirrors `_validate_args`: only one mixed-precision mode can be on for training. */
export const fp16Bf16Exclusive = defineRule({
  id: 'fp16-bf16-exclusive',
  fields: ['fp16', 'bf16'],
  severity: 'error',
  source: 'library',
  description: 'fp16 and bf16 cannot both be True.',
  check: ({ resolved, hardware }) => {
    if (resolved.fp16 !== true || resolved.bf16 !== true) return null;
    const keep = hardware === 'cuda-pre-ampere' ? 'fp16' : 'bf16';
    const drop = keep === 'bf16' ? 'fp16' : 'bf16';
    return {
      message: `fp16 and bf16 are both on; training can use only one. Keep ${keep} (the better choice on this hardware) and turn ${drop} off. The library raises: At most one of fp16 and bf16 can be True, but not both`,
      fix: { label: `Turn ${drop} off`, patch: { [drop]: undefined } },
    };
  },
});
