import { defineRule, type Finding } from './define-rule';
import { schedulerKwargs, schedulerSpec, withoutKeys } from './scheduler-kwarg-spec';

/** Explains where a Trainer-supplied argument really comes from. */
const SET_ELSEWHERE: Readonly<Record<string, string>> = {
  num_warmup_steps: 'Set the warmup with warmup_steps instead.',
  num_training_steps: 'The total comes from num_train_epochs or max_steps instead.',
  optimizer: 'The Trainer passes its own optimizer.',
};

/** `get_scheduler` unpacks `lr_scheduler_kwargs` into the schedule function, so a name it lacks, or one the Trainer already passes, raises TypeError. */
export const schedulerUnknownKwarg = defineRule({
  id: 'scheduler-unknown-kwarg',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  description: 'Every key of lr_scheduler_kwargs must be a parameter of the chosen schedule that the Trainer does not already pass.',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    const kwargs = schedulerKwargs(resolved);
    // constant, constant_with_warmup and inverse_sqrt never receive the kwargs, so nothing can clash there.
    if (spec === undefined || kwargs === undefined || !spec.takesKwargs) return null;
    const type = String(resolved.lr_scheduler_type);
    const findings: Finding[] = [];
    for (const key of Object.keys(kwargs)) {
      const fix = { label: `Remove "${key}" from lr_scheduler_kwargs`, patch: { lr_scheduler_kwargs: withoutKeys(kwargs, [key]) } };
      if (spec.passedByTrainer.includes(key)) {
        findings.push({
          message: `lr_scheduler_kwargs must not contain "${key}": the Trainer already passes it to the ${type} schedule, so Python raises TypeError: ${spec.callable} got multiple values for ${key === 'optimizer' ? 'argument' : 'keyword argument'} '${key}'. ${SET_ELSEWHERE[key] ?? ''}`.trimEnd(),
          fix,
        });
      } else if (!Object.hasOwn(spec.kwargs, key)) {
        const known = Object.keys(spec.kwargs);
        findings.push({
          message:
            `The ${type} schedule has no parameter "${key}", so creating it fails with TypeError: ${spec.callable} got an unexpected keyword argument '${key}'. ` +
            (known.length > 0 ? `It accepts: ${known.join(', ')}.` : 'It takes no extra arguments.'),
          fix,
        });
      }
    }
    return findings;
  },
});
