import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** "Best" is judged at evaluations; the library does not require any when save_strategy is "best" or when both strategies are "no". */
export const bestModelNeverEvaluated = defineRule({
  id: 'best-model-never-evaluated',
  fields: ['eval_strategy', 'save_strategy', 'load_best_model_at_end'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['best-model-never-evaluated', 'best-model-never-evaluated.2'],
  description: 'save_strategy "best" or load_best_model_at_end with eval_strategy "no" never finds a best model.',
  check: ({ resolved }) => {
    if (resolved.eval_strategy !== 'no') return null;
    if (resolved.save_strategy === 'best') {
      return {
        text: message('best-model-never-evaluated', {}),
      };
    }
    if (resolved.load_best_model_at_end === true) {
      return {
        text: message('best-model-never-evaluated.2', {}),
      };
    }
    return null;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'best-model-never-evaluated': NoParams;
    'best-model-never-evaluated.2': NoParams;
  }
}
