import type { PyValue } from '../../py/py-value';
import { message } from '../../i18n/messages/message';
import { WSD_TYPES } from '../../registry/scheduler-kwargs';
import { defineRule, type Finding } from '../define-rule';
import { pythonText } from '../../py/python-text';
import { schedulerKwargs } from '../scheduler-kwarg-spec';

const PHASES = [
  ['warmup_type', 'warmup'],
  ['decay_type', 'decay'],
] as const;

/** `get_wsd_schedule` checks both phase shapes against a fixed list before building the schedule. */
export const wsdUnknownType = defineRule({
  id: 'wsd-unknown-type',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['wsd-unknown-type'],
  description: 'warmup_stable_decay accepts only "linear", "cosine" or "1-sqrt" as warmup_type and decay_type.',
  check: ({ resolved }) => {
    if (resolved.lr_scheduler_type !== 'warmup_stable_decay') return null;
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined) return null;
    const findings: Finding<'wsd-unknown-type'>[] = [];
    for (const [key, phase] of PHASES) {
      const value = kwargs[key];
      if (value === undefined || (typeof value === 'string' && (WSD_TYPES as readonly string[]).includes(value))) continue;
      const schedulerError = `Unknown ${phase} type: ${pythonText(value)}, expected 'linear', 'cosine' or '1-sqrt'`;
      findings.push({
        text: message('wsd-unknown-type', { key, value, schedulerError }),
      });
    }
    return findings;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'wsd-unknown-type': { readonly key: 'warmup_type' | 'decay_type'; readonly value: PyValue; readonly schedulerError: string };
  }
}
