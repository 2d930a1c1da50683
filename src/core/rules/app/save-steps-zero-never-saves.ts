import { defineRule } from '../define-rule';

/** The library lets `save_steps=0` through; the Trainer's periodic save is guarded by `save_steps > 0`. */
export const saveStepsZeroNeverSaves = defineRule({
  id: 'save-steps-zero-never-saves',
  fields: ['save_steps', 'save_strategy'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  description: 'save_steps 0 with save_strategy "steps" writes no checkpoint until training ends.',
  check: ({ resolved }) =>
    resolved.save_strategy === 'steps' && resolved.save_steps === 0
      ? {
          message:
            'save_steps 0 never triggers a periodic save: the only checkpoint is the one forced when training ends, so a crash midway loses everything. Give an interval in steps, or a fraction of training such as 0.1; if you want no checkpoints, set save_strategy "no".',
          messageKo:
            '`save_steps`가 0이면 주기적 저장이 한 번도 일어나지 않습니다. 학습이 끝날 때 강제로 저장되는 체크포인트 하나뿐이라, 도중에 죽으면 전부 잃습니다. 스텝 간격이나 0.1 같은 학습 비율을 주세요. 체크포인트가 필요 없다면 `save_strategy="no"`로 설정하세요.',
        }
      : null,
});
