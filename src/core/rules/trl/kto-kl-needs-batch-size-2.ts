import { defineRule } from '../define-rule';
import { code } from '../ko-text';

/** KTOTrainer pairs each example with another one of the same batch to estimate the KL term. */
export const ktoKlNeedsBatchSize2 = defineRule({
  id: 'kto-kl-needs-batch-size-2',
  fields: ['per_device_train_batch_size', 'loss_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'KTO losses with a KL term need per_device_train_batch_size of 2 or more.',
  check: ({ resolved }) => {
    const batch = resolved.per_device_train_batch_size;
    if (resolved.loss_type === 'apo_zero_unpaired' || typeof batch !== 'number' || batch > 1) return null;
    return {
      message: `The ${String(resolved.loss_type)} loss estimates its KL term from other examples of the same device batch, so KTOTrainer needs per_device_train_batch_size of at least 2 (the actual, not the accumulated, batch); it raises at ${batch}. Use gradient_accumulation_steps to keep the effective batch.`,
      messageKo: `${code(String(resolved.loss_type))} 손실은 같은 장치 배치의 다른 예제로 KL 항을 추정하므로 KTOTrainer는 누적 전 실제 ${code('per_device_train_batch_size')}가 2 이상이어야 하고, ${batch}이면 오류를 냅니다. 유효 배치는 ${code('gradient_accumulation_steps')}로 맞추세요.`,
      fix: { label: 'Set per_device_train_batch_size to 2', labelKo: 'per_device_train_batch_size를 2로 설정', patch: { per_device_train_batch_size: 2 } },
    };
  },
});
