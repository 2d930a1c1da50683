import { message, type NoParams } from '../../i18n/messages/message';
import { isDict } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { schedulerSpec } from '../scheduler-kwarg-spec';

/** `get_scheduler` returns constant, constant_with_warmup and inverse_sqrt before it looks at `scheduler_specific_kwargs`. */
export const schedulerKwargsIgnored = defineRule({
  id: 'scheduler-kwargs-ignored',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['scheduler-kwargs-ignored', 'scheduler-kwargs-ignored.fix'],
  description: 'lr_scheduler_kwargs given to constant, constant_with_warmup or inverse_sqrt are silently dropped.',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    const kwargs = resolved.lr_scheduler_kwargs;
    if (spec === undefined || spec.takesKwargs || !isDict(kwargs) || Object.keys(kwargs).length === 0) return null;
    const type = String(resolved.lr_scheduler_type);
    const timescale = type === 'inverse_sqrt' && 'timescale' in kwargs;
    return {
      text: message('scheduler-kwargs-ignored', { type, keys: Object.keys(kwargs), timescale }),
      fix: { text: message('scheduler-kwargs-ignored.fix', {}), patch: { lr_scheduler_kwargs: undefined } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** `timescale`: inverse_sqrt was given a timescale, which it cannot take this way. */
    'scheduler-kwargs-ignored': { readonly type: string; readonly keys: readonly string[]; readonly timescale: boolean };
    'scheduler-kwargs-ignored.fix': NoParams;
  }
}
