import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';
import { code, eun } from '../ko-text';
import { pythonText } from '../../py/python-text';

// These schedules ignore the warmup altogether; their own warnings say so.
const NO_WARMUP = ['constant', 'reduce_lr_on_plateau'];

/**
 * `get_warmup_steps` treats values >= 1 as a step count truncated with `int()`, and only values below 1 as
 * a fraction, so 1.0 means a single step rather than the whole run, and 1.5 is also one step.
 */
export const warmupStepsOne = defineRule({
  id: 'warmup-steps-one',
  fields: ['warmup_steps'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  // 4.x takes whole warmup steps and a separate ratio, so 1 cannot be mistaken for 100 % there.
  versions: { since: '5.0' },
  description: 'A warmup of 1 (or 1.0, or anything below 2) is a single step, not 100 % of training.',
  check: ({ input, resolved }) => {
    const warmup = pyNumber(resolved.warmup_steps);
    if (warmup === null || warmup < 1 || warmup >= 2 || NO_WARMUP.includes(String(resolved.lr_scheduler_type))) return null;
    const fromRatio = input.values.warmup_ratio !== undefined && input.values.warmup_ratio !== null;
    const field = fromRatio ? 'warmup_ratio' : 'warmup_steps';
    const written = pythonText(fromRatio ? input.values.warmup_ratio : resolved.warmup_steps, input.floatWritten.has(field));
    const meaning =
      warmup === 1
        ? `${field}=${written} is one warmup step, not the whole run: values of 1 or more count steps, only values below 1 are a fraction of training. A one-step warmup just runs the first update at learning rate 0.`
        : `${field}=${written} is not a fraction: values of 1 or more count steps and are truncated, so this is a single warmup step. For a fraction of training use a value below 1 (e.g. 0.1 for 10 %).`;
    const setting = eun(code(`${field}=${written}`));
    const meaningKo =
      warmup === 1
        ? `${setting} 전체 학습이 아니라 웜업 1 스텝입니다. 1 이상은 스텝 수이고, 1보다 작은 값만 학습 비율로 해석됩니다. 웜업이 1 스텝이면 첫 업데이트만 학습률 0으로 실행될 뿐입니다.`
        : `${setting} 비율이 아닙니다. 1 이상은 스텝 수로 세고 소수점 아래를 버리므로, 웜업은 1 스텝뿐입니다. 학습 비율로 쓰려면 1보다 작은 값을 쓰세요(예: 10 %라면 0.1).`;
    return fromRatio
      ? {
          fields: [field],
          message: `${meaning} (warmup_ratio now overrides warmup_steps with its value.)`,
          messageKo: `${meaningKo} (지금은 \`warmup_ratio\`가 자기 값으로 \`warmup_steps\`를 덮어씁니다.)`,
        }
      : { fields: [field], message: meaning, messageKo: meaningKo };
  },
});
