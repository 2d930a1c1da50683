import { defineRule } from './define-rule';

/** The library never checks `gradient_accumulation_steps`; the Trainer divides the batches per epoch by it. */
export const gradAccumZero = defineRule({
  id: 'grad-accum-zero',
  fields: ['gradient_accumulation_steps'],
  severity: 'error',
  source: 'trainer',
  description: 'gradient_accumulation_steps must be at least 1.',
  check: ({ resolved }) =>
    resolved.gradient_accumulation_steps === 0
      ? {
          message:
            'gradient_accumulation_steps 0 would mean an optimizer update after zero batches. The Trainer divides by it to count updates per epoch and stops with ZeroDivisionError. Use 1 for no accumulation.',
          fix: { label: 'Set gradient_accumulation_steps to 1', patch: { gradient_accumulation_steps: 1 } },
        }
      : null,
});
