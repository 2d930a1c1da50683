import type { PyDict } from '../py/py-value';
import { PLATEAU_MODES, PLATEAU_THRESHOLD_MODES } from '../registry/scheduler-kwargs';
import { pyNumber } from '../schedule/py-number';
import { defineRule, type Finding } from './define-rule';
import { pythonText } from './python-text';
import { schedulerKwargs, schedulerSpec, withoutKeys } from './scheduler-kwarg-spec';

/** torch's ReduceLROnPlateau validates these in `__init__`, in this order. */
function plateauProblems(kwargs: PyDict): Finding[] {
  const findings: Finding[] = [];
  const factor = pyNumber(kwargs.factor);
  if (factor !== null && factor >= 1) {
    findings.push({
      message: `factor ${pythonText(kwargs.factor)} would keep or raise the learning rate on a plateau; it must be below 1 (e.g. 0.5). torch raises "Factor should be < 1.0."`,
    });
  }
  for (const [key, choices, label] of [
    ['mode', PLATEAU_MODES, 'mode'],
    ['threshold_mode', PLATEAU_THRESHOLD_MODES, 'threshold mode'],
  ] as const) {
    const value = kwargs[key];
    if (value === undefined || (typeof value === 'string' && (choices as readonly string[]).includes(value))) continue;
    findings.push({
      message: `${key} must be "${choices[0]}" or "${choices[1]}", not ${JSON.stringify(value)}. torch raises "${label} ${pythonText(value)} is unknown!" when the scheduler is created.`,
    });
  }
  return findings;
}

/**
 * Values of the right type that still make the scheduler fail: torch's own ReduceLROnPlateau checks,
 * `last_epoch` other than -1 (the Trainer's fresh optimizer has no `initial_lr` to resume from), and a
 * negative polynomial `power`, which raises 0.0 ** power at the final step.
 */
export const schedulerKwargValue = defineRule({
  id: 'scheduler-kwarg-value',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  description: 'lr_scheduler_kwargs values the schedule rejects or cannot finish with (plateau mode/factor, last_epoch, negative polynomial power).',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    const kwargs = schedulerKwargs(resolved);
    if (spec === undefined || !spec.takesKwargs || kwargs === undefined) return null;
    const type = resolved.lr_scheduler_type;
    const findings: Finding[] = type === 'reduce_lr_on_plateau' ? plateauProblems(kwargs) : [];
    const lastEpoch = Object.hasOwn(spec.kwargs, 'last_epoch') ? pyNumber(kwargs.last_epoch) : null;
    if (lastEpoch !== null && lastEpoch !== -1) {
      findings.push({
        message:
          `last_epoch ${pythonText(kwargs.last_epoch)} asks the scheduler to resume, but the Trainer builds it on a fresh optimizer, so torch raises KeyError: "param 'initial_lr' is not specified in param_groups[0] when resuming an optimizer". ` +
          'To continue a run, use resume_from_checkpoint instead.',
        fix: { label: 'Remove last_epoch', patch: { lr_scheduler_kwargs: withoutKeys(kwargs, ['last_epoch']) } },
      });
    }
    const power = type === 'polynomial' ? pyNumber(kwargs.power) : null;
    if (power !== null && power < 0) {
      findings.push({
        message: `power ${pythonText(kwargs.power)} is negative: at the last step the remaining fraction is 0, and 0.0 raised to a negative power fails with ZeroDivisionError at the end of training. Use a power of 0 or more (1.0 is linear).`,
      });
    }
    return findings;
  },
});
