import type { PyDict } from '../../py/py-value';
import { PLATEAU_MODES, PLATEAU_THRESHOLD_MODES } from '../../registry/scheduler-kwargs';
import { pyNumber } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';
import { code, eun, iga } from '../ko-text';
import { pythonText } from '../../py/python-text';
import { schedulerKwargs, schedulerSpec, withoutKeys } from '../scheduler-kwarg-spec';

/** torch's ReduceLROnPlateau validates these in `__init__`, in this order. */
function plateauProblems(kwargs: PyDict): Finding[] {
  const findings: Finding[] = [];
  const factor = pyNumber(kwargs.factor);
  if (factor !== null && factor >= 1) {
    findings.push({
      message: `factor ${pythonText(kwargs.factor)} would keep or raise the learning rate on a plateau; it must be below 1 (e.g. 0.5). torch raises "Factor should be < 1.0."`,
      messageKo: `\`factor\`가 ${code(pythonText(kwargs.factor))}이면 plateau에서 학습률이 그대로이거나 오히려 올라갑니다. 1보다 작아야 합니다(예: 0.5). torch 오류: "Factor should be < 1.0."`,
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
      // Both second choices ("max", "abs") end on a vowel, so 여야 is fixed.
      messageKo: `${eun(code(key))} \`"${choices[0]}"\` 또는 \`"${choices[1]}"\`여야 하는데, 입력값이 ${code(JSON.stringify(value))}입니다. 스케줄러를 만들 때 torch가 "${label} ${pythonText(value)} is unknown!" 오류를 냅니다.`,
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
        messageKo:
          `${iga(code('last_epoch'))} ${code(pythonText(kwargs.last_epoch))}이면 스케줄러에 학습을 이어서 하라는 뜻인데, Trainer는 새 옵티마이저 위에 스케줄러를 만들므로 torch가 KeyError를 냅니다: "param 'initial_lr' is not specified in param_groups[0] when resuming an optimizer". ` +
          '학습을 이어서 하려면 대신 `resume_from_checkpoint`를 쓰세요.',
        fix: { label: 'Remove last_epoch', labelKo: 'last_epoch 제거', patch: { lr_scheduler_kwargs: withoutKeys(kwargs, ['last_epoch']) } },
      });
    }
    const power = type === 'polynomial' ? pyNumber(kwargs.power) : null;
    if (power !== null && power < 0) {
      findings.push({
        message: `power ${pythonText(kwargs.power)} is negative: at the last step the remaining fraction is 0, and 0.0 raised to a negative power fails with ZeroDivisionError at the end of training. Use a power of 0 or more (1.0 is linear).`,
        messageKo: `\`power\` 값 ${eun(pythonText(kwargs.power))} 음수입니다. 마지막 스텝에서 남은 비율이 0이 되는데, 0.0을 음수 제곱하면 학습이 끝날 때 ZeroDivisionError로 실패합니다. 0 이상의 power를 쓰세요(1.0이면 linear).`,
      });
    }
    return findings;
  },
});
