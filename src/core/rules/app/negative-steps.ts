import { pyNumber } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';
import { code, eun, iga } from '../ko-text';
import { pythonText } from '../../py/python-text';

const INTERVALS = [
  ['logging_steps', 'logging_strategy', 'logging', '로깅'],
  ['eval_steps', 'eval_strategy', 'evaluation', '평가'],
  ['save_steps', 'save_strategy', 'saving', '저장'],
] as const;

/** The library only checks that step intervals are whole above 1, so a negative interval slips through and means nothing. */
export const negativeSteps = defineRule({
  id: 'negative-steps',
  fields: ['logging_steps', 'eval_steps', 'save_steps', 'logging_strategy', 'eval_strategy', 'save_strategy'],
  severity: 'error',
  source: 'app',
  stage: 'config',
  description: 'logging_steps, eval_steps and save_steps must not be negative when their strategy is "steps".',
  check: ({ resolved }) => {
    const findings: Finding[] = [];
    for (const [steps, strategy, activity, activityKo] of INTERVALS) {
      const value = pyNumber(resolved[steps]);
      if (resolved[strategy] !== 'steps' || value === null || value >= 0) continue;
      const consequence =
        steps === 'save_steps'
          ? 'The Trainer only saves periodically when save_steps is above 0, so no checkpoint is written before the end of training.'
          : `Nothing rejects it; ${activity} still fires, but only through a quirk of Python's % with a negative divisor.`;
      const consequenceKo =
        steps === 'save_steps'
          ? 'Trainer는 `save_steps`가 0보다 클 때만 주기적으로 저장하므로, 학습이 끝나기 전에는 체크포인트가 하나도 저장되지 않습니다.'
          : `이 값을 거부하는 곳은 없고 ${iga(activityKo)} 실행되긴 하지만, 음수로 나눌 때의 Python % 연산 특성 덕분일 뿐입니다.`;
      const shown = pythonText(resolved[steps]);
      findings.push({
        fields: [steps, strategy],
        message: `${steps} ${shown} is negative, but with ${strategy} "steps" it is the interval between ${activity} events. ${consequence} Write a positive number of steps, or a fraction of training below 1.`,
        messageKo: `${code(steps)} 값 ${eun(shown)} 음수인데, \`${strategy}="steps"\`에서는 이 값이 ${activityKo} 간격입니다. ${consequenceKo} 양수 스텝 수나 1보다 작은 학습 비율을 쓰세요.`,
      });
    }
    return findings;
  },
});
