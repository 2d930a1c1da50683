import { isDict } from '../py/py-value';
import { defineRule } from './define-rule';
import { schedulerKwargs } from './scheduler-kwarg-spec';

/** ReduceLROnPlateau minimises by default; the Trainer never derives `mode` from `greater_is_better`. */
export const plateauMode = defineRule({
  id: 'plateau-mode',
  fields: ['lr_scheduler_kwargs', 'greater_is_better', 'metric_for_best_model'],
  severity: 'warning',
  source: 'app',
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
    const metric = typeof resolved.metric_for_best_model === 'string' ? resolved.metric_for_best_model : 'the metric';
    const stated = isDict(resolved.lr_scheduler_kwargs) && 'mode' in resolved.lr_scheduler_kwargs ? `mode "${mode}"` : `its default mode "min"`;
    return {
      message:
        `greater_is_better is ${resolved.greater_is_better ? 'True' : 'False'} for ${metric}, but reduce_lr_on_plateau runs with ${stated}: it will cut the learning rate ` +
        `${wanted === 'max' ? 'while the metric is still rising' : 'while the metric is still falling'} and keep it up when it gets worse. Set "mode": "${wanted}" in lr_scheduler_kwargs.`,
      fix: { label: `Set mode to "${wanted}"`, patch: { lr_scheduler_kwargs: { ...kwargs, mode: wanted } } },
    };
  },
});
