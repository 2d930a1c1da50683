import { defineRule } from '../define-rule';

/** The library never checks `gradient_accumulation_steps`; the Trainer divides the batches per epoch by it. */
export const gradAccumZero = defineRule({
  id: 'grad-accum-zero',
  fields: ['gradient_accumulation_steps'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'gradient_accumulation_steps must be at least 1.',
  check: ({ resolved }) =>
    resolved.gradient_accumulation_steps === 0
      ? {
          message:
            'gradient_accumulation_steps 0 would mean an optimizer update after zero batches. The Trainer divides by it to count updates per epoch and stops with ZeroDivisionError. Use 1 for no accumulation.',
          messageKo:
            '`gradient_accumulation_steps`가 0이면 배치를 0개 처리한 뒤 옵티마이저를 업데이트한다는 뜻이 됩니다. Trainer는 에폭당 업데이트 수를 셀 때 이 값으로 나누므로 ZeroDivisionError로 멈춥니다. 누적하지 않으려면 1을 쓰세요.',
          fix: { label: 'Set gradient_accumulation_steps to 1', labelKo: 'gradient_accumulation_steps를 1로 설정', patch: { gradient_accumulation_steps: 1 } },
        }
      : null,
});
