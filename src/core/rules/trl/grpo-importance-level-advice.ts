import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

const SEQUENCE_UNFIT = ['bnpo', 'dr_grpo', 'dapo', 'cispo'];

/** GRPOTrainer warns when the loss and the importance-sampling level do not go together. */
export const grpoImportanceLevelAdvice = defineRule({
  id: 'grpo-importance-level-advice',
  fields: ['importance_sampling_level', 'loss_type'],
  severity: 'warning',
  source: 'trainer',
  stage: 'config',
  messages: ['grpo-importance-level-advice', 'grpo-importance-level-advice.fix', 'grpo-importance-level-advice.2', 'grpo-importance-level-advice.fix2'],
  description: 'GRPO losses that expect a particular importance_sampling_level (luspo: sequence; vespo and the token-normalised losses: token).',
  check: ({ resolved }) => {
    const level = resolved.importance_sampling_level;
    const loss = resolved.loss_type;
    if (loss === 'luspo' && level !== 'sequence') {
      return {
        text: message('grpo-importance-level-advice', {}),
        fix: { text: message('grpo-importance-level-advice.fix', {}), patch: { importance_sampling_level: 'sequence' } },
      };
    }
    if (level === 'sequence' && typeof loss === 'string' && (loss === 'vespo' || SEQUENCE_UNFIT.includes(loss))) {
      return {
        text: message('grpo-importance-level-advice.2', { loss }),
        fix: { text: message('grpo-importance-level-advice.fix2', {}), patch: { importance_sampling_level: undefined } },
      };
    }
    return null;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'grpo-importance-level-advice': NoParams;
    'grpo-importance-level-advice.fix': NoParams;
    'grpo-importance-level-advice.2': { readonly loss: string };
    'grpo-importance-level-advice.fix2': NoParams;
  }
}
