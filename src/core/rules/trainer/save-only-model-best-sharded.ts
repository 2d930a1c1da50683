import { message } from '../../i18n/messages/message';
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
  messages: ['save-only-model-best-sharded'],
  description: 'save_only_model with load_best_model_at_end does not work under DeepSpeed or FSDP.',
  check: ({ resolved }) => {
    if (!isTruthy(resolved.save_only_model) || !isTruthy(resolved.load_best_model_at_end)) return null;
    const wrapper = isTruthy(resolved.deepspeed) ? 'DeepSpeed' : buildsFsdpPlugin(resolved) ? 'FSDP' : null;
    if (wrapper === null) return null;
    return {
      text: message('save-only-model-best-sharded', { wrapper }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'save-only-model-best-sharded': { readonly wrapper: 'DeepSpeed' | 'FSDP' };
  }
}
