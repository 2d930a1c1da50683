import { defineRule } from '../define-rule';
import { libraryRaisesKo } from '../ko-text';

/** Mirrors `_validate_args`: only one mixed-precision mode can be on for training. */
export const fp16Bf16Exclusive = defineRule({
  id: 'fp16-bf16-exclusive',
  fields: ['fp16', 'bf16'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  description: 'fp16 and bf16 cannot both be True.',
  check: ({ resolved, hardware }) => {
    if (resolved.fp16 !== true || resolved.bf16 !== true) return null;
    const keep = hardware === 'cuda-pre-ampere' ? 'fp16' : 'bf16';
    const drop = keep === 'bf16' ? 'fp16' : 'bf16';
    return {
      message: `fp16 and bf16 are both on; training can use only one. Keep ${keep} (the better choice on this hardware) and turn ${drop} off. The library raises: At most one of fp16 and bf16 can be True, but not both`,
      // Both names end on 육 (16), so the particles are fixed.
      messageKo: `\`fp16\`과 \`bf16\`이 둘 다 켜져 있지만 학습에는 하나만 쓸 수 있습니다. 이 하드웨어에서 더 나은 \`${keep}\`을 남기고 \`${drop}\`을 끄세요. ${libraryRaisesKo('At most one of fp16 and bf16 can be True, but not both')}`,
      fix: { label: `Turn ${drop} off`, labelKo: `${drop} 끄기`, patch: { [drop]: undefined } },
    };
  },
});
