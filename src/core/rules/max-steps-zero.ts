import { defineRule } from './define-rule';

/** The Trainer treats only a negative max_steps as "use epochs"; 0 is a real total of zero updates, reached after the first one. */
export const maxStepsZero = defineRule({
  id: 'max-steps-zero',
  fields: ['max_steps', 'num_train_epochs'],
  severity: 'warning',
  source: 'app',
  description: 'max_steps 0 stops training after a single update instead of meaning "no limit".',
  check: ({ resolved }) =>
    resolved.max_steps === 0
      ? {
          message:
            'max_steps 0 does not mean "no limit" — that is -1, the default. With 0 the Trainer plans zero updates, stops right after the first one and ignores num_train_epochs. Remove max_steps to train for num_train_epochs, or give the number of updates you want.',
        }
      : null,
});
