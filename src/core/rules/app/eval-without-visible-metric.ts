import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** The library fills metric_for_best_model with "loss" on its own, so which checkpoint wins (or what the plateau watches) is never stated anywhere. */
export const evalWithoutVisibleMetric = defineRule({
  id: 'eval-without-visible-metric',
  fields: ['metric_for_best_model', 'load_best_model_at_end', 'lr_scheduler_type'],
  severity: 'info',
  source: 'app',
  stage: 'config',
  messages: ['eval-without-visible-metric'],
  description: 'Says which metric decides when metric_for_best_model was filled in as "loss" by the library.',
  check: ({ input, resolved }) => {
    const given = input.values.metric_for_best_model;
    if ((given !== undefined && given !== null) || resolved.metric_for_best_model !== 'loss' || resolved.eval_strategy === 'no') return null;
    const bestModel = resolved.load_best_model_at_end === true;
    const plateau = resolved.lr_scheduler_type === 'reduce_lr_on_plateau';
    if (!bestModel && !plateau) return null;
    return { text: message('eval-without-visible-metric', { bestModel, plateau }) };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** What reads the metric: `bestModel` (load_best_model_at_end), `plateau` (reduce_lr_on_plateau); at least one. */
    'eval-without-visible-metric': { readonly bestModel: boolean; readonly plateau: boolean };
  }
}
