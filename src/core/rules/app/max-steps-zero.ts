import { defineRule } from '../define-rule';

/** The Trainer treats only a negative max_steps as "use epochs"; 0 is a real total of zero updates, reached after the first one. */
export const maxStepsZero = defineRule({
  id: 'max-steps-zero',
  fields: ['max_steps', 'num_train_epochs'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  description: 'max_steps 0 stops training after a single update instead of meaning "no limit".',
  check: ({ resolved }) =>
    resolved.max_steps === 0
      ? {
          message:
            'max_steps 0 does not mean "no limit" — that is -1, the default. With 0 the Trainer plans zero updates, stops right after the first one and ignores num_train_epochs. Remove max_steps to train for num_train_epochs, or give the number of updates you want.',
          messageKo:
            '`max_steps`가 0이라고 "제한 없음"이 되지는 않습니다. 제한 없음은 기본값인 -1입니다. 0이면 Trainer는 업데이트를 0번으로 계획하고, 첫 업데이트 직후 멈추며 `num_train_epochs`를 무시합니다. `num_train_epochs`만큼 학습하려면 `max_steps`를 지우고, 아니면 원하는 업데이트 횟수를 주세요.',
        }
      : null,
});
