import { message } from '../../i18n/messages/message';
import { SCHEDULER_SPECS } from '../../registry/scheduler-kwargs';
import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';
import { pythonText } from '../../py/python-text';
import { schedulerKwargs } from '../scheduler-kwarg-spec';

/** The default `lr_end` of `get_polynomial_decay_schedule_with_warmup` (a number: the registry test checks defaults against their kinds). */
const DEFAULT_LR_END = SCHEDULER_SPECS.polynomial.kwargs.lr_end?.default as number;

/** `get_polynomial_decay_schedule_with_warmup` raises unless the starting learning rate is above `lr_end`. */
export const polynomialLrEnd = defineRule({
  id: 'polynomial-lr-end',
  fields: ['lr_scheduler_kwargs', 'learning_rate', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['polynomial-lr-end'],
  description: 'The polynomial schedule needs learning_rate above lr_end (default 1e-7).',
  check: ({ resolved }) => {
    if (resolved.lr_scheduler_type !== 'polynomial') return null;
    const lr = pyNumber(resolved.learning_rate);
    const kwargs = schedulerKwargs(resolved);
    if (lr === null || kwargs === undefined) return null;
    const given = kwargs.lr_end !== undefined;
    // A string or None lr_end is a type error, reported by scheduler-kwarg-type.
    const lrEnd = given ? pyNumber(kwargs.lr_end) : DEFAULT_LR_END;
    if (lrEnd === null || lr > lrEnd) return null;
    const quoted = `lr_end (${pythonText(given ? kwargs.lr_end : DEFAULT_LR_END)}) must be smaller than initial lr (${pythonText(resolved.learning_rate)})`;
    return {
      fields: given ? ['lr_scheduler_kwargs', 'learning_rate'] : ['learning_rate', 'lr_scheduler_kwargs'],
      text: message('polynomial-lr-end', { given, quoted }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'polynomial-lr-end': { readonly given: boolean; readonly quoted: string };
  }
}
