import { defineRule } from '../define-rule';

/** The library fills metric_for_best_model with "loss" on its own, so which checkpoint wins (or what the plateau watches) is never stated anywhere. */
export const evalWithoutVisibleMetric = defineRule({
  id: 'eval-without-visible-metric',
  fields: ['metric_for_best_model', 'load_best_model_at_end', 'lr_scheduler_type'],
  severity: 'info',
  source: 'app',
  stage: 'config',
  description: 'Says which metric decides when metric_for_best_model was filled in as "loss" by the library.',
  check: ({ input, resolved }) => {
    const given = input.values.metric_for_best_model;
    if ((given !== undefined && given !== null) || resolved.metric_for_best_model !== 'loss' || resolved.eval_strategy === 'no') return null;
    const users = [
      ...(resolved.load_best_model_at_end === true
        ? [
            [
              'load_best_model_at_end keeps the checkpoint with the lowest eval_loss',
              '`load_best_model_at_end`는 `eval_loss`가 가장 낮은 체크포인트를 남깁니다.',
            ],
          ]
        : []),
      ...(resolved.lr_scheduler_type === 'reduce_lr_on_plateau'
        ? [
            [
              'reduce_lr_on_plateau lowers the learning rate when eval_loss stops falling',
              '`reduce_lr_on_plateau`는 `eval_loss`가 더 이상 줄지 않으면 학습률을 낮춥니다.',
            ],
          ]
        : []),
    ];
    if (users.length === 0) return null;
    return {
      message: `metric_for_best_model was not set, so the library uses "loss": ${users.map(([en]) => en).join(', and ')}. To judge by another metric from compute_metrics (e.g. "accuracy"), set metric_for_best_model.`,
      messageKo: `\`metric_for_best_model\`을 설정하지 않아 라이브러리가 \`"loss"\`를 씁니다. ${users.map(([, ko]) => ko).join(' ')} \`compute_metrics\`의 다른 지표(예: \`"accuracy"\`)로 판단하려면 \`metric_for_best_model\`을 설정하세요.`,
    };
  },
});
