import { defineRule } from '../define-rule';

/** "Best" is judged at evaluations; the library does not require any when save_strategy is "best" or when both strategies are "no". */
export const bestModelNeverEvaluated = defineRule({
  id: 'best-model-never-evaluated',
  fields: ['eval_strategy', 'save_strategy', 'load_best_model_at_end'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  description: 'save_strategy "best" or load_best_model_at_end with eval_strategy "no" never finds a best model.',
  check: ({ resolved }) => {
    if (resolved.eval_strategy !== 'no') return null;
    if (resolved.save_strategy === 'best') {
      return {
        message:
          'save_strategy "best" saves a checkpoint only after an evaluation improves the metric, and eval_strategy "no" never evaluates, so no checkpoint is written during training. Set eval_strategy to "steps" or "epoch".',
        messageKo:
          '`save_strategy="best"`는 평가에서 지표가 좋아졌을 때만 체크포인트를 저장하는데, `eval_strategy="no"`이면 평가를 한 번도 하지 않으므로 학습 중에는 체크포인트가 저장되지 않습니다. `eval_strategy`를 `"steps"`나 `"epoch"`로 설정하세요.',
      };
    }
    if (resolved.load_best_model_at_end === true) {
      return {
        message:
          'load_best_model_at_end has nothing to choose from: eval_strategy "no" means no evaluations and no best checkpoint, so training simply ends with the last weights. Set eval_strategy and save_strategy to the same "steps" or "epoch", or turn load_best_model_at_end off.',
        messageKo:
          '`load_best_model_at_end`가 고를 대상이 없습니다. `eval_strategy="no"`이면 평가도 최고 체크포인트도 없으므로 학습은 마지막 가중치로 그냥 끝납니다. `eval_strategy`와 `save_strategy`를 같은 `"steps"`나 `"epoch"`로 맞추거나, `load_best_model_at_end`를 끄세요.',
      };
    }
    return null;
  },
});
