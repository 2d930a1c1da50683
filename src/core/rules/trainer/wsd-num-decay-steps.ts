import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { schedulerKwargs } from '../scheduler-kwarg-spec';

/** `get_wsd_schedule` has `num_decay_steps` as a required argument with no default, and the Trainer does not supply it. */
export const wsdNumDecaySteps = defineRule({
  id: 'wsd-num-decay-steps',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['wsd-num-decay-steps'],
  description: 'warmup_stable_decay needs num_decay_steps in lr_scheduler_kwargs.',
  check: ({ resolved }) => {
    if (resolved.lr_scheduler_type !== 'warmup_stable_decay') return null;
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined || kwargs.num_decay_steps !== undefined) return null;
    return {
      text: message('wsd-num-decay-steps', {}),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'wsd-num-decay-steps': NoParams;
  }
}
