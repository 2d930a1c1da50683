import { pyNumber } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';
import { code, eul, eun } from '../ko-text';

const INTERVALS = [
  ['logging_steps', 'logging_strategy'],
  ['eval_steps', 'eval_strategy'],
] as const;

/**
 * Ratio intervals become `ceil(max_steps * ratio)`, which is 0 when max_steps is 0; the Trainer then computes
 * `global_step % 0` for logging and evaluation (saving is guarded by `save_steps > 0`).
 */
export const maxStepsZeroRatioSteps = defineRule({
  id: 'max-steps-zero-ratio-steps',
  fields: ['max_steps', 'logging_steps', 'eval_steps'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'max_steps 0 turns ratio logging_steps / eval_steps into an interval of 0 steps, which divides by zero.',
  check: ({ resolved }) => {
    if (resolved.max_steps !== 0) return null;
    const findings: Finding[] = [];
    for (const [steps, strategy] of INTERVALS) {
      const value = pyNumber(resolved[steps]);
      if (resolved[strategy] !== 'steps' || value === null || value <= 0 || value >= 1) continue;
      findings.push({
        fields: [steps, 'max_steps'],
        message: `${steps} ${String(value)} is a fraction of the total steps, and max_steps 0 makes that total 0, so the interval is 0 steps and the first training step fails with ZeroDivisionError (integer modulo by zero). Set max_steps to -1 or a positive count, or give ${steps} in steps.`,
        messageKo: `${eun(`${code(steps)}(${String(value)})`, steps)} 전체 스텝 수에 대한 비율인데, \`max_steps\`가 0이면 전체가 0이 되어 간격도 0 스텝이 됩니다. 그래서 첫 학습 스텝에서 ZeroDivisionError(integer modulo by zero)로 실패합니다. \`max_steps\`를 -1이나 양수로 설정하거나, ${eul(code(steps))} 스텝 수로 주세요.`,
      });
    }
    return findings;
  },
});
