import { isTruthy } from '../py/py-value';
import { defineRule } from './define-rule';
import { buildsFsdpPlugin, fsdpConfig, pythonStr } from './fsdp-values';

/** A sharded FSDP state dict cannot be written as a plain model file, which is all save_only_model keeps. */
export const saveOnlyModelShardedStateDict = defineRule({
  id: 'save-only-model-sharded-state-dict',
  fields: ['save_only_model', 'fsdp_config', 'fsdp'],
  severity: 'error',
  source: 'trainer',
  description: 'save_only_model does not work with FSDP state_dict_type SHARDED_STATE_DICT.',
  check: ({ resolved }) => {
    if (!isTruthy(resolved.save_only_model) || !buildsFsdpPlugin(resolved)) return null;
    const stateDictType = fsdpConfig(resolved).state_dict_type;
    if (stateDictType === undefined || !pythonStr(stateDictType).includes('SHARDED_STATE_DICT')) return null;
    return {
      message:
        'save_only_model writes just the model weights, but fsdp_config asks for a SHARDED_STATE_DICT, which FSDP can only save as per-rank shards. ' +
        'The Trainer raises "save_only_model option is not compatible with FSDP state dict type \'SHARDED_STATE_DICT\'". Use FULL_STATE_DICT or turn save_only_model off.',
    };
  },
});
