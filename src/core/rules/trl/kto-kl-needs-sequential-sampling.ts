import { defineRule } from '../define-rule';
import { code } from '../ko-text';

/** KTOTrainer estimates the KL term from mismatched neighbours, which random order breaks. */
export const ktoKlNeedsSequentialSampling = defineRule({
  id: 'kto-kl-needs-sequential-sampling',
  fields: ['train_sampling_strategy', 'loss_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'KTO losses with a KL term need train_sampling_strategy "sequential".',
  check: ({ resolved }) =>
    resolved.loss_type !== 'apo_zero_unpaired' && resolved.train_sampling_strategy !== 'sequential'
      ? {
          message: `The ${String(resolved.loss_type)} loss estimates its KL term from neighbouring examples, so KTOTrainer requires train_sampling_strategy "sequential" (KTOConfig's default) and raises otherwise. Set it back to "sequential", or use loss_type "apo_zero_unpaired".`,
          messageKo: `${code(String(resolved.loss_type))} 손실은 이웃한 예제로 KL 항을 추정하므로 KTOTrainer는 ${code('train_sampling_strategy="sequential"')}(KTOConfig 기본값)을 요구하고, 아니면 오류를 냅니다. "sequential"로 되돌리거나 ${code('loss_type="apo_zero_unpaired"')}를 쓰세요.`,
          fix: { label: 'Set train_sampling_strategy to "sequential"', labelKo: 'train_sampling_strategy를 "sequential"로 설정', patch: { train_sampling_strategy: 'sequential' } },
        }
      : null,
});
