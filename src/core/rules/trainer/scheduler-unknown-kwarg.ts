import { message } from '../../i18n/messages/message';
import { defineRule, type Finding } from '../define-rule';
import { schedulerKwargs, schedulerSpec, withoutKeys } from '../scheduler-kwarg-spec';

/** `get_scheduler` unpacks `lr_scheduler_kwargs` into the schedule function, so a name it lacks, or one the Trainer already passes, raises TypeError. */
export const schedulerUnknownKwarg = defineRule({
  id: 'scheduler-unknown-kwarg',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['scheduler-unknown-kwarg', 'scheduler-unknown-kwarg.unknown', 'scheduler-unknown-kwarg.fix'],
  description: 'Every key of lr_scheduler_kwargs must be a parameter of the chosen schedule that the Trainer does not already pass.',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    const kwargs = schedulerKwargs(resolved);
    // constant, constant_with_warmup and inverse_sqrt never receive the kwargs, so nothing can clash there.
    if (spec === undefined || kwargs === undefined || !spec.takesKwargs) return null;
    const type = String(resolved.lr_scheduler_type);
    const findings: Finding<'scheduler-unknown-kwarg' | 'scheduler-unknown-kwarg.unknown' | 'scheduler-unknown-kwarg.fix'>[] = [];
    for (const key of Object.keys(kwargs)) {
      const fix = { text: message('scheduler-unknown-kwarg.fix', { key }), patch: { lr_scheduler_kwargs: withoutKeys(kwargs, [key]) } };
      if (spec.passedByTrainer.includes(key)) {
        const pythonError = `TypeError: ${spec.callable} got multiple values for ${key === 'optimizer' ? 'argument' : 'keyword argument'} '${key}'`;
        findings.push({ text: message('scheduler-unknown-kwarg', { key, type, pythonError }), fix });
      } else if (!Object.hasOwn(spec.kwargs, key)) {
        findings.push({ text: message('scheduler-unknown-kwarg.unknown', { key, type, callable: spec.callable, known: Object.keys(spec.kwargs) }), fix });
      }
    }
    return findings;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** A key the Trainer passes itself; `pythonError`: Python's TypeError line. Catalogues say where the setting belongs. */
    'scheduler-unknown-kwarg': { readonly key: string; readonly type: string; readonly pythonError: string };
    /** A key the schedule has no parameter for; `callable`: the schedule function, `known`: its parameters. */
    'scheduler-unknown-kwarg.unknown': { readonly key: string; readonly type: string; readonly callable: string; readonly known: readonly string[] };
    'scheduler-unknown-kwarg.fix': { readonly key: string };
  }
}
