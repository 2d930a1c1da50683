import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** The schedulers that step on an evaluation metric (GreedyLR from 5.15 raises or lowers the rate from it). */
export const METRIC_SCHEDULERS = ['reduce_lr_on_plateau', 'greedy'] as const;
export type MetricScheduler = (typeof METRIC_SCHEDULERS)[number];

function isMetricScheduler(type: unknown): type is MetricScheduler {
  return METRIC_SCHEDULERS.some((name) => name === type);
}

/** Mirrors `_validate_args`: ReduceLROnPlateau and GreedyLR step on evaluation metrics, so they need evaluations. */
export const plateauNeedsEval = defineRule({
  id: 'plateau-needs-eval',
  fields: ['lr_scheduler_type', 'eval_strategy'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['plateau-needs-eval', 'plateau-needs-eval.fix'],
  description: 'lr_scheduler_type "reduce_lr_on_plateau" (and "greedy" from 5.15) needs an eval_strategy other than "no".',
  check: ({ resolved }) => {
    const type = resolved.lr_scheduler_type;
    if (!isMetricScheduler(type) || resolved.eval_strategy !== 'no') return null;
    const library = `lr_scheduler_type ${type} requires an eval strategy`;
    return {
      text: message('plateau-needs-eval', { type, library }),
      fix: { text: message('plateau-needs-eval.fix', {}), patch: { eval_strategy: 'epoch' } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'plateau-needs-eval': { readonly type: MetricScheduler; readonly library: string };
    'plateau-needs-eval.fix': NoParams;
  }
}
