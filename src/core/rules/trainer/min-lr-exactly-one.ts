import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { isSet, schedulerKwargs } from '../scheduler-kwarg-spec';

const MIN_LR_SCHEDULES = ['cosine_with_min_lr', 'cosine_warmup_with_min_lr'];

/** Both min-lr cosine schedules raise unless exactly one of `min_lr` / `min_lr_rate` is given (None counts as not given). */
export const minLrExactlyOne = defineRule({
  id: 'min-lr-exactly-one',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['min-lr-exactly-one', 'min-lr-exactly-one.2'],
  description: 'cosine_with_min_lr and cosine_warmup_with_min_lr need exactly one of min_lr or min_lr_rate in lr_scheduler_kwargs.',
  check: ({ resolved }) => {
    const type = resolved.lr_scheduler_type;
    if (typeof type !== 'string' || !MIN_LR_SCHEDULES.includes(type)) return null;
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined) return null;
    const hasMinLr = isSet(kwargs, 'min_lr');
    const hasRate = isSet(kwargs, 'min_lr_rate');
    if (hasMinLr !== hasRate) return null;
    return hasMinLr
      ? {
          text: message('min-lr-exactly-one', { type }),
        }
      : {
          text: message('min-lr-exactly-one.2', { type }),
        };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'min-lr-exactly-one': { readonly type: string };
    'min-lr-exactly-one.2': { readonly type: string };
  }
}
