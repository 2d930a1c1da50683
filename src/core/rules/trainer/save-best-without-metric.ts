import type { PyValue } from '../../py/py-value';
import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** Trainer `_validate_args`: choosing "the best" checkpoint needs a metric to compare, and only load_best_model_at_end or reduce_lr_on_plateau make the library fill in "loss". */
export const saveBestWithoutMetric = defineRule({
  id: 'save-best-without-metric',
  fields: ['metric_for_best_model', 'save_strategy', 'load_best_model_at_end'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['save-best-without-metric'],
  description: 'save_strategy "best" (or load_best_model_at_end) needs metric_for_best_model when nothing fills it in.',
  check: ({ resolved }) => {
    const wantsBest = resolved.save_strategy === 'best' || resolved.load_best_model_at_end === true;
    if (!wantsBest || (resolved.metric_for_best_model !== null && resolved.metric_for_best_model !== undefined)) return null;
    return {
      text: message('save-best-without-metric', { save_strategy: resolved.save_strategy }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'save-best-without-metric': { readonly save_strategy: PyValue | undefined };
  }
}
