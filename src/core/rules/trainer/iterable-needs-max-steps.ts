import { defineRule } from '../define-rule';

/** Mirrors `Trainer`: without a dataset length the number of steps cannot be derived from epochs. */
export const iterableNeedsMaxSteps = defineRule({
  id: 'iterable-needs-max-steps',
  fields: ['max_steps'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'A dataset without a length (an IterableDataset, streaming) needs max_steps > 0: epochs cannot be counted.',
  check: ({ resolved, run }) => {
    if (run?.examples !== null || run === undefined) return null;
    const maxSteps = resolved.max_steps;
    if (typeof maxSteps === 'number' && maxSteps > 0) return null;
    const trainerError = `args.max_steps must be set to a positive value if dataloader does not have a length, was ${String(maxSteps)}`;
    return {
      message: `The run context says the dataset has no length (streaming / IterableDataset), so Trainer cannot turn num_train_epochs into steps. Set max_steps to the number of optimizer updates to run. Trainer raises: ${trainerError}`,
      messageKo: `실행 정보를 보면 데이터셋에 길이가 없으므로(스트리밍 / IterableDataset) Trainer가 \`num_train_epochs\`를 스텝 수로 바꿀 수 없습니다. 실행할 옵티마이저 업데이트 횟수를 \`max_steps\`에 설정하세요. Trainer 오류: ${trainerError}`,
    };
  },
});
