import { defineRule } from '../define-rule';
import { schedulerKwargs } from '../scheduler-kwarg-spec';

/** `get_wsd_schedule` has `num_decay_steps` as a required argument with no default, and the Trainer does not supply it. */
export const wsdNumDecaySteps = defineRule({
  id: 'wsd-num-decay-steps',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'warmup_stable_decay needs num_decay_steps in lr_scheduler_kwargs.',
  check: ({ resolved }) => {
    if (resolved.lr_scheduler_type !== 'warmup_stable_decay') return null;
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined || kwargs.num_decay_steps !== undefined) return null;
    return {
      message:
        'warmup_stable_decay needs to know how many steps the final decay lasts, and there is no default: add num_decay_steps to lr_scheduler_kwargs, e.g. {"num_decay_steps": 100}. ' +
        "Without it, creating the scheduler fails with TypeError: get_wsd_schedule() missing 1 required positional argument: 'num_decay_steps'.",
      messageKo:
        '`warmup_stable_decay`는 마지막 감소 구간이 몇 스텝인지 알아야 하는데 기본값이 없습니다. `lr_scheduler_kwargs`에 `num_decay_steps`를 추가하세요(예: `{"num_decay_steps": 100}`). ' +
        "없으면 스케줄러를 만들 때 TypeError로 실패합니다: get_wsd_schedule() missing 1 required positional argument: 'num_decay_steps'.",
    };
  },
});
