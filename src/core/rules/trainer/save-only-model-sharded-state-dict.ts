import { message, type NoParams } from '../../i18n/messages/message';
import { isTruthy } from '../../py/py-value';
import { pythonText } from '../../py/python-text';
import { defineRule } from '../define-rule';
import { buildsFsdpPlugin, fsdpConfig } from '../fsdp-values';

/** A sharded FSDP state dict cannot be written as a plain model file, which is all save_only_model keeps. */
export const saveOnlyModelShardedStateDict = defineRule({
  id: 'save-only-model-sharded-state-dict',
  fields: ['save_only_model', 'fsdp_config', 'fsdp'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['save-only-model-sharded-state-dict'],
  description: 'save_only_model does not work with FSDP state_dict_type SHARDED_STATE_DICT.',
  check: ({ resolved }) => {
    if (!isTruthy(resolved.save_only_model) || !buildsFsdpPlugin(resolved)) return null;
    const stateDictType = fsdpConfig(resolved).state_dict_type;
    if (stateDictType === undefined || !pythonText(stateDictType).includes('SHARDED_STATE_DICT')) return null;
    return {
      text: message('save-only-model-sharded-state-dict', {}),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'save-only-model-sharded-state-dict': NoParams;
  }
}
