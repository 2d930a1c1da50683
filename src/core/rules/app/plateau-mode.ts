import { message } from '../../i18n/messages/message';
import { isDict } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { schedulerKwargs } from '../scheduler-kwarg-spec';

/** ReduceLROnPlateau minimises by default; the Trainer never derives `mode` from `greater_is_better`. */
export const plateauMode = defineRule({
  id: 'plateau-mode',
  fields: ['lr_scheduler_kwargs', 'greater_is_better', 'metric_for_best_model'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['plateau-mode', 'plateau-mode.fix'],
  description: 'reduce_lr_on_plateau must be told mode "max" for metrics where greater is better.',
  check: ({ resolved }) => {
    if (resolved.lr_scheduler_type !== 'reduce_lr_on_plateau' || typeof resolved.greater_is_better !== 'boolean') return null;
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined) return null;
    const mode = kwargs.mode ?? 'min';
    // Other values are errors reported by scheduler-kwarg-value.
    if (mode !== 'min' && mode !== 'max') return null;
    const wanted = resolved.greater_is_better ? 'max' : 'min';
    if (mode === wanted) return null;
    const metric = typeof resolved.metric_for_best_model === 'string' ? resolved.metric_for_best_model : null;
    const explicit = isDict(resolved.lr_scheduler_kwargs) && 'mode' in resolved.lr_scheduler_kwargs;
    return {
      text: message('plateau-mode', { metric, greaterIsBetter: resolved.greater_is_better, mode, explicit, wanted }),
      fix: { text: message('plateau-mode.fix', { wanted }), patch: { lr_scheduler_kwargs: { ...kwargs, mode: wanted } } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** `metric`: metric_for_best_model when it is a name; `explicit`: mode was written in lr_scheduler_kwargs (else the default "min"). */
    'plateau-mode': {
      readonly metric: string | null;
      readonly greaterIsBetter: boolean;
      readonly mode: 'min' | 'max';
      readonly explicit: boolean;
      readonly wanted: 'min' | 'max';
    };
    'plateau-mode.fix': { readonly wanted: 'min' | 'max' };
  }
}
