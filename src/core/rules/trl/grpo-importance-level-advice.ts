import { defineRule } from '../define-rule';
import { code } from '../ko-text';

const SEQUENCE_UNFIT = ['bnpo', 'dr_grpo', 'dapo', 'cispo'];

/** GRPOTrainer warns when the loss and the importance-sampling level do not go together. */
export const grpoImportanceLevelAdvice = defineRule({
  id: 'grpo-importance-level-advice',
  fields: ['importance_sampling_level', 'loss_type'],
  severity: 'warning',
  source: 'trainer',
  stage: 'config',
  description: 'GRPO losses that expect a particular importance_sampling_level (luspo: sequence; vespo and the token-normalised losses: token).',
  check: ({ resolved }) => {
    const level = resolved.importance_sampling_level;
    const loss = resolved.loss_type;
    if (loss === 'luspo' && level !== 'sequence') {
      return {
        message: 'The luspo loss is meant for sequence-level importance sampling; GRPOTrainer warns with importance_sampling_level "token". Set it to "sequence".',
        messageKo: `${code('luspo')} 손실은 시퀀스 단위 중요도 샘플링용이라 GRPOTrainer가 경고합니다. ${code('importance_sampling_level="sequence"')}로 설정하세요.`,
        fix: { label: 'Set importance_sampling_level to "sequence"', labelKo: 'importance_sampling_level을 "sequence"로 설정', patch: { importance_sampling_level: 'sequence' } },
      };
    }
    if (level === 'sequence' && typeof loss === 'string' && (loss === 'vespo' || SEQUENCE_UNFIT.includes(loss))) {
      return {
        message: `The ${loss} loss normalises per token, so sequence-level importance sampling does not fit it and GRPOTrainer warns. Use importance_sampling_level "token", or a loss meant for sequences (luspo).`,
        messageKo: `${code(loss)} 손실은 토큰 단위로 정규화하므로 시퀀스 단위 중요도 샘플링과 맞지 않아 GRPOTrainer가 경고합니다. ${code('importance_sampling_level="token"')}을 쓰거나 시퀀스용 손실(${code('luspo')})을 쓰세요.`,
        fix: { label: 'Set importance_sampling_level to "token"', labelKo: 'importance_sampling_level을 "token"으로 설정', patch: { importance_sampling_level: undefined } },
      };
    }
    return null;
  },
});
