import { defineRule } from '../define-rule';
import { warmupOf } from '../warmup-of';
import { code, eul } from '../ko-text';

/** `get_scheduler` builds the plain constant schedule before it reads the warmup, so warmup_steps silently does nothing. */
export const warmupIgnoredByConstant = defineRule({
  id: 'warmup-ignored-by-constant',
  fields: ['warmup_steps', 'warmup_ratio', 'lr_scheduler_type'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  description: 'A warmup with lr_scheduler_type "constant" is ignored; constant_with_warmup is the schedule that warms up.',
  check: ({ input, resolved, target }) => {
    if (resolved.lr_scheduler_type !== 'constant') return null;
    const warmup = warmupOf(resolved, input, target);
    if (warmup === null) return null;
    const field = warmup.field;
    return {
      fields: [field, 'lr_scheduler_type'],
      message: `The "constant" schedule starts at the full learning rate and ignores ${field}. To warm up and then hold the rate, use lr_scheduler_type "constant_with_warmup"; otherwise drop the warmup.`,
      messageKo: `\`"constant"\` 스케줄은 처음부터 최대 학습률로 시작하고 ${eul(code(field))} 무시합니다. 웜업 후 학습률을 유지하려면 \`lr_scheduler_type="constant_with_warmup"\`을 쓰고, 아니면 웜업을 빼세요.`,
    };
  },
});
