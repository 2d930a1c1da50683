import { defineRule } from './define-rule';

/** Mirrors `_validate_args`: ReduceLROnPlateau steps on evaluation metrics, so it needs evaluations. */
export const plateauNeedsEval = defineRule({
  id: 'plateau-needs-eval',
  fields: ['lr_scheduler_type', 'eval_strategy'],
  severity: 'error',
  source: 'library',
  description: 'lr_scheduler_type "reduce_lr_on_plateau" needs an eval_strategy other than "no".',
  check: ({ resolved }) =>
    resolved.lr_scheduler_type === 'reduce_lr_on_plateau' && resolved.eval_strategy === 'no'
      ? {
          message:
            'reduce_lr_on_plateau lowers the learning rate when the evaluation metric stops improving, but eval_strategy is "no", so there is never a metric. Set eval_strategy to "epoch" or "steps". The library raises: lr_scheduler_type reduce_lr_on_plateau requires an eval strategy',
          messageKo:
            '`reduce_lr_on_plateau`는 평가 지표가 더 이상 좋아지지 않을 때 학습률을 낮추는데, `eval_strategy`가 `"no"`라서 지표가 생기지 않습니다. `eval_strategy`를 `"epoch"`이나 `"steps"`로 설정하세요. 라이브러리 오류: lr_scheduler_type reduce_lr_on_plateau requires an eval strategy',
          fix: { label: 'Set eval_strategy to "epoch"', labelKo: 'eval_strategy를 "epoch"으로 설정', patch: { eval_strategy: 'epoch' } },
        }
      : null,
});
