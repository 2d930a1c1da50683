import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** Mirrors `_validate_args`: only one mixed-precision mode can be on for training. */
export const fp16Bf16Exclusive = defineRule({
  id: 'fp16-bf16-exclusive',
  fields: ['fp16', 'bf16'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['fp16-bf16-exclusive', 'fp16-bf16-exclusive.fix'],
  description: 'fp16 and bf16 cannot both be True.',
  check: ({ resolved, hardware }) => {
    if (resolved.fp16 !== true || resolved.bf16 !== true) return null;
    const keep = hardware === 'cuda-pre-ampere' ? 'fp16' : 'bf16';
    const drop = keep === 'bf16' ? 'fp16' : 'bf16';
    return {
      text: message('fp16-bf16-exclusive', { keep, drop }),
      fix: { text: message('fp16-bf16-exclusive.fix', { drop }), patch: { [drop]: undefined } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'fp16-bf16-exclusive': { readonly keep: 'bf16' | 'fp16'; readonly drop: 'bf16' | 'fp16' };
    'fp16-bf16-exclusive.fix': { readonly drop: 'bf16' | 'fp16' };
  }
}
