import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { buildsFsdpPlugin } from '../fsdp-values';

/** Loading the best checkpoint under DeepSpeed or FSDP needs the optimizer/engine state that save_only_model leaves out, so the Trainer refuses it up front. */
export const saveOnlyModelBestSharded = defineRule({
  id: 'save-only-model-best-sharded',
  fields: ['save_only_model', 'load_best_model_at_end', 'deepspeed', 'fsdp'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'save_only_model with load_best_model_at_end does not work under DeepSpeed or FSDP.',
  check: ({ resolved }) => {
    if (!isTruthy(resolved.save_only_model) || !isTruthy(resolved.load_best_model_at_end)) return null;
    const wrapper = isTruthy(resolved.deepspeed) ? 'DeepSpeed' : buildsFsdpPlugin(resolved) ? 'FSDP' : null;
    if (wrapper === null) return null;
    return {
      message:
        `With ${wrapper}, reloading the best checkpoint at the end needs the full ${wrapper} checkpoint, which save_only_model skips. ` +
        `The Trainer raises "${wrapper} can't be used with \`save_only_model\` along with \`load_best_model_at_end\`." Turn off one of save_only_model or load_best_model_at_end.`,
      messageKo:
        `${wrapper}에서는 마지막에 최고 체크포인트를 다시 불러오려면 ${wrapper} 전체 체크포인트가 필요한데, \`save_only_model\`은 이를 저장하지 않습니다. ` +
        `Trainer는 "${wrapper} can't be used with \`save_only_model\` along with \`load_best_model_at_end\`." 오류를 냅니다. \`save_only_model\`과 \`load_best_model_at_end\` 중 하나를 끄세요.`,
    };
  },
});
