import { defineRule } from './define-rule';

/** Mirrors `Trainer`: without a dataset length the number of steps cannot be derived from epochs. */
export const iterableNeedsMaxSteps = defineRule({
  id: 'iterable-needs-max-steps',
  fields: ['max_steps'],
  severity: 'error',
  source: 'trainer',
  description: 'A dataset without a length (an IterableDataset, streaming) needs max_steps > 0: epochs cannot be counted.',
  check: ({ resolved, run }) => {
    if (run?.examples !== null || run === undefined) return null;
    const maxSteps = resolved.max_steps;
    if (typeof maxSteps === 'number' && maxSteps > 0) return null;
    return {
      message: `The run context says the dataset has no length (streaming / IterableDataset), so Trainer cannot turn num_train_epochs into steps. Set max_steps to the number of optimizer updates to run. Trainer raises: args.max_steps must be set to a positive value if dataloader does not have a length, was ${String(maxSteps)}`,
    };
  },
});
