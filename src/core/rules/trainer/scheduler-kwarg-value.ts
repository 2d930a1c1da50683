import type { PyValue } from '../../py/py-value';
import { message, type NoParams } from '../../i18n/messages/message';
import type { PyDict } from '../../py/py-value';
import { PLATEAU_MODES, PLATEAU_THRESHOLD_MODES } from '../../registry/scheduler-kwargs';
import { pyNumber } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';
import { schedulerKwargs, schedulerSpec, withoutKeys } from '../scheduler-kwarg-spec';

/** torch's ReduceLROnPlateau validates these in `__init__`, in this order. */
function plateauProblems(
  kwargs: PyDict,
): Finding<'scheduler-kwarg-value' | 'scheduler-kwarg-value.2' | 'scheduler-kwarg-value.3' | 'scheduler-kwarg-value.4'>[] {
  const findings: Finding<'scheduler-kwarg-value' | 'scheduler-kwarg-value.2' | 'scheduler-kwarg-value.3' | 'scheduler-kwarg-value.4'>[] = [];
  const factor = pyNumber(kwargs.factor);
  if (factor !== null && factor >= 1) {
    findings.push({
      text: message('scheduler-kwarg-value', { kwargsFactor: kwargs.factor }),
    });
  }
  for (const [key, choices, label] of [
    ['mode', PLATEAU_MODES, 'mode'],
    ['threshold_mode', PLATEAU_THRESHOLD_MODES, 'threshold mode'],
  ] as const) {
    const value = kwargs[key];
    if (value === undefined || (typeof value === 'string' && (choices as readonly string[]).includes(value))) continue;
    findings.push({
      text: message('scheduler-kwarg-value.2', { key, choices, value, label }),
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
  stage: 'config',
  messages: ['scheduler-kwarg-value', 'scheduler-kwarg-value.2', 'scheduler-kwarg-value.3', 'scheduler-kwarg-value.fix', 'scheduler-kwarg-value.4'],
  description: 'lr_scheduler_kwargs values the schedule rejects or cannot finish with (plateau mode/factor, last_epoch, negative polynomial power).',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    const kwargs = schedulerKwargs(resolved);
    if (spec === undefined || !spec.takesKwargs || kwargs === undefined) return null;
    const type = resolved.lr_scheduler_type;
    const findings: Finding<'scheduler-kwarg-value' | 'scheduler-kwarg-value.2' | 'scheduler-kwarg-value.3' | 'scheduler-kwarg-value.4'>[] =
      type === 'reduce_lr_on_plateau' ? plateauProblems(kwargs) : [];
    const lastEpoch = Object.hasOwn(spec.kwargs, 'last_epoch') ? pyNumber(kwargs.last_epoch) : null;
    if (lastEpoch !== null && lastEpoch !== -1) {
      findings.push({
        text: message('scheduler-kwarg-value.3', { last_epoch: kwargs.last_epoch }),
        fix: { text: message('scheduler-kwarg-value.fix', {}), patch: { lr_scheduler_kwargs: withoutKeys(kwargs, ['last_epoch']) } },
      });
    }
    const power = type === 'polynomial' ? pyNumber(kwargs.power) : null;
    if (power !== null && power < 0) {
      findings.push({
        text: message('scheduler-kwarg-value.4', { kwargsPower: kwargs.power }),
      });
    }
    return findings;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'scheduler-kwarg-value': { readonly kwargsFactor: PyValue | undefined };
    'scheduler-kwarg-value.2': {
      readonly key: 'mode' | 'threshold_mode';
      readonly choices: readonly string[];
      readonly value: PyValue;
      readonly label: 'mode' | 'threshold mode';
    };
    'scheduler-kwarg-value.3': { readonly last_epoch: PyValue | undefined };
    'scheduler-kwarg-value.fix': NoParams;
    'scheduler-kwarg-value.4': { readonly kwargsPower: PyValue | undefined };
  }
}
