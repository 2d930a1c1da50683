import { defineRule } from './define-rule';

/** "Best" is judged at evaluations; the library does not require any when save_strategy is "best" or when both strategies are "no". */
export const bestModelNeverEvaluated = defineRule({
  id: 'best-model-never-evaluated',
  fields: ['eval_strategy', 'save_strategy', 'load_best_model_at_end'],
  severity: 'warning',
  source: 'app',
  description: 'save_strategy "best" or load_best_model_at_end with eval_strategy "no" never finds a best model.',
  check: ({ resolved }) => {
    if (resolved.eval_strategy !== 'no') return null;
    if (resolved.save_strategy === 'best') {
      return {
        message:
          'save_strategy "best" saves a checkpoint only after an evaluation improves the metric, and eval_strategy "no" never evaluates, so no checkpoint is written during training. Set eval_strategy to "steps" or "epoch".',
      };
    }
    if (resolved.load_best_model_at_end === true) {
      return {
        message:
          'load_best_model_at_end has nothing to choose from: eval_strategy "no" means no evaluations and no best checkpoint, so training simply ends with the last weights. Set eval_strategy and save_strategy to the same "steps" or "epoch", or turn load_best_model_at_end off.',
      };
    }
    return null;
  },
});
