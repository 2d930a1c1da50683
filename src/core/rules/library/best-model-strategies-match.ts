import { isLine4x } from '../../target/target';
import { defineRule } from '../define-rule';
import { libraryRaisesKo, setToKo } from '../ko-text';
import { strategyMember } from '../strategy-name';

/** Mirrors `_validate_args`: `load_best_model_at_end` needs checkpoints exactly where evaluations happen. */
export const bestModelStrategiesMatch = defineRule({
  id: 'best-model-strategies-match',
  fields: ['load_best_model_at_end', 'eval_strategy', 'save_strategy'],
  severity: 'error',
  source: 'library',
  stage: 'config',
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
      message: `load_best_model_at_end needs a checkpoint at every evaluation, but eval_strategy is "${String(evalStrategy)}" and save_strategy is "${String(saveStrategy)}". Make them equal (or set save_strategy to "best"). The library raises: ${library}`,
      messageKo: `\`load_best_model_at_end\`는 평가할 때마다 체크포인트가 있어야 하는데, \`eval_strategy\`는 \`"${String(evalStrategy)}"\`, \`save_strategy\`는 \`"${String(saveStrategy)}"\`입니다. 두 값을 같게 맞추세요(또는 \`save_strategy\`를 \`"best"\`로 설정). ${libraryRaisesKo(library)}`,
      fix: { label: `Set ${field} to "${String(value)}"`, labelKo: setToKo(field, `"${String(value)}"`), patch: target },
    };
  },
});
