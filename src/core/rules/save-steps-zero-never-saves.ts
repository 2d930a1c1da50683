import { defineRule } from './define-rule';

/** The library lets `save_steps=0` through; the Trainer's periodic save is guarded by `save_steps > 0`. */
export const saveStepsZeroNeverSaves = defineRule({
  id: 'save-steps-zero-never-saves',
  fields: ['save_steps', 'save_strategy'],
  severity: 'warning',
  source: 'app',
  description: 'save_steps 0 with save_strategy "steps" writes no checkpoint until training ends.',
  check: ({ resolved }) =>
    resolved.save_strategy === 'steps' && resolved.save_steps === 0
      ? {
          message:
            'save_steps 0 never triggers a periodic save: the only checkpoint is the one forced when training ends, so a crash midway loses everything. Give an interval in steps, or a fraction of training such as 0.1; if you want no checkpoints, set save_strategy "no".',
        }
      : null,
});
