import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** Mirrors `Trainer`: without a dataset length the number of steps cannot be derived from epochs. */
export const iterableNeedsMaxSteps = defineRule({
  id: 'iterable-needs-max-steps',
  fields: ['max_steps'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['iterable-needs-max-steps'],
  description: 'A dataset without a length (an IterableDataset, streaming) needs max_steps > 0: epochs cannot be counted.',
  check: ({ resolved, run }) => {
    if (run?.examples !== null || run === undefined) return null;
    const maxSteps = resolved.max_steps;
    if (typeof maxSteps === 'number' && maxSteps > 0) return null;
    const trainerError = `args.max_steps must be set to a positive value if dataloader does not have a length, was ${String(maxSteps)}`;
    return {
      text: message('iterable-needs-max-steps', { trainerError }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'iterable-needs-max-steps': { readonly trainerError: string };
  }
}
