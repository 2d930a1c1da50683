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
  description: 'save_only_model does not work with FSDP state_dict_type SHARDED_STATE_DICT.',
  check: ({ resolved }) => {
    if (!isTruthy(resolved.save_only_model) || !buildsFsdpPlugin(resolved)) return null;
    const stateDictType = fsdpConfig(resolved).state_dict_type;
    if (stateDictType === undefined || !pythonText(stateDictType).includes('SHARDED_STATE_DICT')) return null;
    return {
      message:
        'save_only_model writes just the model weights, but fsdp_config asks for a SHARDED_STATE_DICT, which FSDP can only save as per-rank shards. ' +
        'The Trainer raises "save_only_model option is not compatible with FSDP state dict type \'SHARDED_STATE_DICT\'". Use FULL_STATE_DICT or turn save_only_model off.',
      messageKo:
        '`save_only_model`은 모델 가중치만 저장하는데, `fsdp_config`가 요청한 SHARDED_STATE_DICT는 FSDP가 rank별 샤드로만 저장할 수 있습니다. ' +
        'Trainer는 "save_only_model option is not compatible with FSDP state dict type \'SHARDED_STATE_DICT\'" 오류를 냅니다. FULL_STATE_DICT를 쓰거나 `save_only_model`을 끄세요.',
    };
  },
});
