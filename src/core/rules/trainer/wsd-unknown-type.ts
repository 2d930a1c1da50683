import { WSD_TYPES } from '../../registry/scheduler-kwargs';
import { defineRule, type Finding } from '../define-rule';
import { code, eun } from '../ko-text';
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
  description: 'warmup_stable_decay accepts only "linear", "cosine" or "1-sqrt" as warmup_type and decay_type.',
  check: ({ resolved }) => {
    if (resolved.lr_scheduler_type !== 'warmup_stable_decay') return null;
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined) return null;
    const findings: Finding[] = [];
    for (const [key, phase] of PHASES) {
      const value = kwargs[key];
      if (value === undefined || (typeof value === 'string' && (WSD_TYPES as readonly string[]).includes(value))) continue;
      const schedulerError = `Unknown ${phase} type: ${pythonText(value)}, expected 'linear', 'cosine' or '1-sqrt'`;
      findings.push({
        message: `${key} ${JSON.stringify(value)} is not a shape warmup_stable_decay knows; use "linear", "cosine" or "1-sqrt". The scheduler raises "${schedulerError}".`,
        messageKo:
          `${code(key)} 값 ${eun(code(String(JSON.stringify(value))))} \`warmup_stable_decay\`가 아는 형태가 아닙니다. \`"linear"\`, \`"cosine"\` 또는 \`"1-sqrt"\`를 쓰세요. ` +
          `스케줄러 오류: "${schedulerError}".`,
      });
    }
    return findings;
  },
});
