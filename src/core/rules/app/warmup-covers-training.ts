import { isLine4x } from '../../target/target';
import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';
import { warmupOf, warmupSteps as warmupStepsOver } from '../warmup-of';

// constant and reduce_lr_on_plateau never warm up; their own warnings cover a warmup given to them.
const NO_WARMUP = ['constant', 'reduce_lr_on_plateau'];

/**
 * With max_steps the total is known up front, so a warmup as long as training (after the Trainer's `int()` /
 * `ceil()` rounding) can be seen now: the learning rate would never reach its peak.
 */
export const warmupCoversTraining = defineRule({
  id: 'warmup-covers-training',
  fields: ['warmup_steps', 'warmup_ratio', 'max_steps'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  description: 'A warmup that lasts as long as max_steps means the learning rate never reaches learning_rate.',
  check: ({ input, resolved, target }) => {
    const total = pyNumber(resolved.max_steps);
    const warmup = warmupOf(resolved, input, target);
    if (total === null || warmup === null || total <= 0 || NO_WARMUP.includes(String(resolved.lr_scheduler_type))) return null;
    const warmupSteps = warmupStepsOver(warmup, total);
    if (warmupSteps < total) return null;
    const field = warmup.field;
    return {
      fields: [field, 'max_steps'],
      message: `The warmup lasts ${String(warmupSteps)} steps but training stops after max_steps ${String(total)}, so the learning rate is still climbing when training ends and never reaches learning_rate. Shorten the warmup (e.g. ${isLine4x(target) ? 'warmup_ratio ' : ''}0.1 for 10 % of training).`,
      messageKo: `웜업이 ${String(warmupSteps)} 스텝 동안 이어지는데 학습은 \`max_steps\` ${String(total)} 스텝 후에 멈춥니다. 그래서 학습이 끝날 때까지 학습률이 오르기만 하고 \`learning_rate\`에 도달하지 못합니다. 웜업을 줄이세요(예: 학습의 10 %라면 ${isLine4x(target) ? '`warmup_ratio` ' : ''}0.1).`,
    };
  },
});
