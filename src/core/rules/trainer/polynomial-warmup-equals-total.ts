import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';
import { warmupOf, warmupSteps as warmupStepsOver } from '../warmup-of';

/**
 * The polynomial lambda divides by `num_training_steps - num_warmup_steps` without a guard; it is evaluated at
 * step T after the last update, so a warmup of exactly max_steps crashes at the very end of training.
 */
export const polynomialWarmupEqualsTotal = defineRule({
  id: 'polynomial-warmup-equals-total',
  fields: ['warmup_steps', 'warmup_ratio', 'max_steps', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'The polynomial schedule divides by zero when the warmup is exactly max_steps long.',
  check: ({ input, resolved, target }) => {
    if (resolved.lr_scheduler_type !== 'polynomial') return null;
    const total = pyNumber(resolved.max_steps);
    const warmup = warmupOf(resolved, input, target);
    if (total === null || warmup === null || total <= 0) return null;
    const warmupSteps = warmupStepsOver(warmup, total);
    if (warmupSteps !== total) return null;
    return {
      fields: [warmup.field, 'max_steps', 'lr_scheduler_type'],
      message: `The warmup is ${String(warmupSteps)} steps, exactly max_steps, which leaves the polynomial decay zero steps: after the last update the schedule computes its decay fraction over 0 steps and fails with ZeroDivisionError, before the final checkpoint. Shorten the warmup.`,
      messageKo: `웜업이 ${String(warmupSteps)} 스텝으로 \`max_steps\`와 정확히 같아서 polynomial 감소 구간이 0 스텝이 됩니다. 마지막 업데이트 후 스케줄이 0 스텝에 대한 감소 비율을 계산하다가, 최종 체크포인트를 저장하기 전에 ZeroDivisionError로 실패합니다. 웜업을 줄이세요.`,
    };
  },
});
