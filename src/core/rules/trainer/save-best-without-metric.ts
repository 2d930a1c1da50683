import { defineRule } from '../define-rule';

/** Trainer `_validate_args`: choosing "the best" checkpoint needs a metric to compare, and only load_best_model_at_end or reduce_lr_on_plateau make the library fill in "loss". */
export const saveBestWithoutMetric = defineRule({
  id: 'save-best-without-metric',
  fields: ['metric_for_best_model', 'save_strategy', 'load_best_model_at_end'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'save_strategy "best" (or load_best_model_at_end) needs metric_for_best_model when nothing fills it in.',
  check: ({ resolved }) => {
    const wantsBest = resolved.save_strategy === 'best' || resolved.load_best_model_at_end === true;
    if (!wantsBest || (resolved.metric_for_best_model !== null && resolved.metric_for_best_model !== undefined)) return null;
    return {
      message:
        `${resolved.save_strategy === 'best' ? 'save_strategy "best"' : 'load_best_model_at_end'} picks checkpoints by an evaluation metric, but metric_for_best_model is not set, so there is nothing to compare. ` +
        'Trainer() refuses to start: "`args.metric_for_best_model` must be provided when using \'best\' save_strategy or if `args.load_best_model_at_end` is set to `True`." ' +
        'Name the metric to track, e.g. "eval_loss" or "accuracy".',
      messageKo:
        `${resolved.save_strategy === 'best' ? '`save_strategy="best"`는' : '`load_best_model_at_end`는'} 평가 지표로 체크포인트를 고르는데, \`metric_for_best_model\`이 설정되지 않아 비교할 기준이 없습니다. ` +
        'Trainer()가 시작을 거부합니다: "`args.metric_for_best_model` must be provided when using \'best\' save_strategy or if `args.load_best_model_at_end` is set to `True`." ' +
        '추적할 지표 이름을 지정하세요(예: `"eval_loss"`, `"accuracy"`).',
    };
  },
});
