import { defineRule } from './define-rule';

/** Trainer `_validate_args`: choosing "the best" checkpoint needs a metric to compare, and only load_best_model_at_end or reduce_lr_on_plateau make the library fill in "loss". */
export const saveBestWithoutMetric = defineRule({
  id: 'save-best-without-metric',
  fields: ['metric_for_best_model', 'save_strategy', 'load_best_model_at_end'],
  severity: 'error',
  source: 'trainer',
  description: 'save_strategy "best" (or load_best_model_at_end) needs metric_for_best_model when nothing fills it in.',
  check: ({ resolved }) => {
    const wantsBest = resolved.save_strategy === 'best' || resolved.load_best_model_at_end === true;
    if (!wantsBest || (resolved.metric_for_best_model !== null && resolved.metric_for_best_model !== undefined)) return null;
    return {
      message:
        `${resolved.save_strategy === 'best' ? 'save_strategy "best"' : 'load_best_model_at_end'} picks checkpoints by an evaluation metric, but metric_for_best_model is not set, so there is nothing to compare. ` +
        'Trainer() refuses to start: "`args.metric_for_best_model` must be provided when using \'best\' save_strategy or if `args.load_best_model_at_end` is set to `True`." ' +
        'Name the metric to track, e.g. "eval_loss" or "accuracy".',
    };
  },
});
