import { isDict } from '../py/py-value';
import { defineRule } from './define-rule';
import { schedulerSpec } from './scheduler-kwarg-spec';

/** `get_scheduler` returns constant, constant_with_warmup and inverse_sqrt before it looks at `scheduler_specific_kwargs`. */
export const schedulerKwargsIgnored = defineRule({
  id: 'scheduler-kwargs-ignored',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'warning',
  source: 'app',
  description: 'lr_scheduler_kwargs given to constant, constant_with_warmup or inverse_sqrt are silently dropped.',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    const kwargs = resolved.lr_scheduler_kwargs;
    if (spec === undefined || spec.takesKwargs || !isDict(kwargs) || Object.keys(kwargs).length === 0) return null;
    const type = String(resolved.lr_scheduler_type);
    const keys = Object.keys(kwargs).join(', ');
    const timescale =
      type === 'inverse_sqrt' && 'timescale' in kwargs
        ? ' In particular timescale cannot be set this way: inverse_sqrt always uses the warmup length (or 10000 without warmup).'
        : '';
    return {
      message: `The ${type} schedule never receives lr_scheduler_kwargs, so ${keys} ${Object.keys(kwargs).length > 1 ? 'have' : 'has'} no effect.${timescale}`,
      fix: { label: 'Remove lr_scheduler_kwargs', patch: { lr_scheduler_kwargs: undefined } },
    };
  },
});
