import type { PyValue } from '../../py/py-value';
import { message } from '../../i18n/messages/message';
import { isLine4x } from '../../target/target';
import { defineRule } from '../define-rule';
import { strategyMember } from '../strategy-name';

/** Mirrors `_validate_args`: `load_best_model_at_end` needs checkpoints exactly where evaluations happen. */
export const bestModelStrategiesMatch = defineRule({
  id: 'best-model-strategies-match',
  fields: ['load_best_model_at_end', 'eval_strategy', 'save_strategy'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['best-model-strategies-match', 'best-model-strategies-match.fix'],
  description: 'load_best_model_at_end needs save_strategy equal to eval_strategy, unless save_strategy is "best".',
  check: ({ resolved, target: release }) => {
    const { eval_strategy: evalStrategy, save_strategy: saveStrategy } = resolved;
    if (resolved.load_best_model_at_end !== true || saveStrategy === 'best' || evalStrategy === saveStrategy) return null;
    const target = evalStrategy === 'no' ? { eval_strategy: saveStrategy } : { save_strategy: evalStrategy };
    const [field, value] = Object.entries(target)[0] ?? ['save_strategy', evalStrategy];
    // 4.56 words it without the "best" exception, which it has all the same.
    const unless = isLine4x(release) ? '' : ' (unless when `--save_strategy="best"`)';
    const library = `--load_best_model_at_end requires the save and eval strategy to match${unless}, but found - Evaluation strategy: ${strategyMember('eval_strategy', evalStrategy)} - Save strategy: ${strategyMember('save_strategy', saveStrategy)}`;
    return {
      text: message('best-model-strategies-match', { evalStrategy, saveStrategy, library }),
      fix: { text: message('best-model-strategies-match.fix', { field, value }), patch: target },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'best-model-strategies-match': { readonly evalStrategy: PyValue | undefined; readonly saveStrategy: PyValue | undefined; readonly library: string };
    'best-model-strategies-match.fix': { readonly field: string; readonly value: PyValue | undefined };
  }
}
