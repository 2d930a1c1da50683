import { defineRule, type Finding } from '../define-rule';
import { code, eul } from '../ko-text';
import { schedulerKwargs, schedulerSpec, withoutKeys } from '../scheduler-kwarg-spec';

/** Explains where a Trainer-supplied argument really comes from. */
const SET_ELSEWHERE: Readonly<Record<string, string>> = {
  num_warmup_steps: 'Set the warmup with warmup_steps instead.',
  num_training_steps: 'The total comes from num_train_epochs or max_steps instead.',
  optimizer: 'The Trainer passes its own optimizer.',
};
const SET_ELSEWHERE_KO: Readonly<Record<string, string>> = {
  num_warmup_steps: '웜업은 대신 `warmup_steps`로 설정하세요.',
  num_training_steps: '전체 스텝 수는 대신 `num_train_epochs`나 `max_steps`로 정해집니다.',
  optimizer: 'Trainer가 자체 옵티마이저를 넘깁니다.',
};

/** `get_scheduler` unpacks `lr_scheduler_kwargs` into the schedule function, so a name it lacks, or one the Trainer already passes, raises TypeError. */
export const schedulerUnknownKwarg = defineRule({
  id: 'scheduler-unknown-kwarg',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'Every key of lr_scheduler_kwargs must be a parameter of the chosen schedule that the Trainer does not already pass.',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    const kwargs = schedulerKwargs(resolved);
    // constant, constant_with_warmup and inverse_sqrt never receive the kwargs, so nothing can clash there.
    if (spec === undefined || kwargs === undefined || !spec.takesKwargs) return null;
    const type = String(resolved.lr_scheduler_type);
    const findings: Finding[] = [];
    for (const key of Object.keys(kwargs)) {
      const fix = {
        label: `Remove "${key}" from lr_scheduler_kwargs`,
        labelKo: `lr_scheduler_kwargs에서 "${key}" 제거`,
        patch: { lr_scheduler_kwargs: withoutKeys(kwargs, [key]) },
      };
      if (spec.passedByTrainer.includes(key)) {
        const pythonError = `TypeError: ${spec.callable} got multiple values for ${key === 'optimizer' ? 'argument' : 'keyword argument'} '${key}'`;
        findings.push({
          message:
            `lr_scheduler_kwargs must not contain "${key}": the Trainer already passes it to the ${type} schedule, so Python raises ${pythonError}. ${SET_ELSEWHERE[key] ?? ''}`.trimEnd(),
          messageKo:
            `\`lr_scheduler_kwargs\`에 ${eul(code(`"${key}"`))} 넣으면 안 됩니다. Trainer가 이미 ${code(type)} 스케줄에 넘기는 값이라 Python이 오류를 냅니다: ${pythonError}. ${SET_ELSEWHERE_KO[key] ?? ''}`.trimEnd(),
          fix,
        });
      } else if (!Object.hasOwn(spec.kwargs, key)) {
        const known = Object.keys(spec.kwargs);
        findings.push({
          message:
            `The ${type} schedule has no parameter "${key}", so creating it fails with TypeError: ${spec.callable} got an unexpected keyword argument '${key}'. ` +
            (known.length > 0 ? `It accepts: ${known.join(', ')}.` : 'It takes no extra arguments.'),
          messageKo:
            `${code(type)} 스케줄에는 \`"${key}"\` 파라미터가 없어서, 스케줄러를 만들 때 TypeError로 실패합니다: ${spec.callable} got an unexpected keyword argument '${key}'. ` +
            (known.length > 0 ? `받을 수 있는 인자: ${known.map(code).join(', ')}.` : '추가 인자를 받지 않습니다.'),
          fix,
        });
      }
    }
    return findings;
  },
});
