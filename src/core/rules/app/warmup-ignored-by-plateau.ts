import { defineRule } from '../define-rule';
import { warmupOf } from '../warmup-of';

/** `get_scheduler` hands ReduceLROnPlateau only the kwargs: no warmup length ever reaches it. */
export const warmupIgnoredByPlateau = defineRule({
  id: 'warmup-ignored-by-plateau',
  fields: ['warmup_steps', 'warmup_ratio', 'lr_scheduler_type'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  description: 'A warmup with lr_scheduler_type "reduce_lr_on_plateau" is ignored.',
  check: ({ input, resolved, target }) => {
    if (resolved.lr_scheduler_type !== 'reduce_lr_on_plateau') return null;
    const warmup = warmupOf(resolved, input, target);
    if (warmup === null) return null;
    const field = warmup.field;
    return {
      fields: [field, 'lr_scheduler_type'],
      message: `reduce_lr_on_plateau has no warmup phase: it starts at the full learning rate and only lowers it after evaluations stop improving, so ${field} has no effect.`,
      messageKo: `\`reduce_lr_on_plateau\`에는 웜업 단계가 없습니다. 처음부터 최대 학습률로 시작하고 평가 결과가 더 이상 좋아지지 않을 때만 학습률을 낮추므로, \`${field}\`에는 아무 효과가 없습니다.`,
    };
  },
});
