import { pyMod } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';
import { libraryRaisesKo, setToKo } from '../ko-text';
import { pythonText } from '../../py/python-text';

const LARGE_MULTIPLIER = 1_000_000;

/** Mirrors `_validate_args`: with steps strategies, every evaluation must be followed by a save, so save_steps must be a multiple of eval_steps. */
export const bestModelSaveMultiple = defineRule({
  id: 'best-model-save-multiple',
  fields: ['save_steps', 'eval_steps', 'load_best_model_at_end'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  description: 'With load_best_model_at_end and the steps strategy, save_steps must be a round multiple of eval_steps (both ratios, or both step counts).',
  check: ({ resolved }): Finding | null => {
    const save = resolved.save_steps;
    const evalSteps = resolved.eval_steps;
    if (resolved.load_best_model_at_end !== true || resolved.save_strategy === 'best' || resolved.eval_strategy !== 'steps') return null;
    if (resolved.save_strategy !== resolved.eval_strategy) return null;
    if (typeof save !== 'number' || typeof evalSteps !== 'number' || evalSteps === 0) return null;
    if (pyMod(save, evalSteps) === 0) return null;
    const s = pythonText(save);
    const e = pythonText(evalSteps);
    if (save < 1 || evalSteps < 1) {
      if (!(save < 1 && evalSteps < 1)) {
        const library = `--load_best_model_at_end requires the saving steps to be a multiple of the evaluation steps, which cannot get guaranteed when mixing ratio and absolute steps for save_steps ${s} and eval_steps ${e}.`;
        return {
          message: `save_steps (${s}) and eval_steps (${e}) mix a ratio with a step count, so no one can promise a checkpoint at every evaluation. Write both as step counts or both as ratios. The library raises: ${library}`,
          messageKo: `\`save_steps\`(${s})와 \`eval_steps\`(${e}) 중 하나는 비율이고 하나는 스텝 수라서, 평가할 때마다 체크포인트가 있다고 보장할 수 없습니다. 둘 다 스텝 수로 쓰거나 둘 다 비율로 쓰세요. ${libraryRaisesKo(library)}`,
        };
      }
      if (pyMod(save * LARGE_MULTIPLIER, evalSteps * LARGE_MULTIPLIER) === 0) return null;
      const library = `--load_best_model_at_end requires the saving steps to be a multiple of the evaluation steps, but found ${s}, which is not a multiple of ${e}.`;
      return {
        message: `save_steps (${s}) is not a multiple of eval_steps (${e}), so some evaluations would have no checkpoint to load. Make save_steps a multiple of eval_steps, e.g. ${pythonText(evalSteps)}. The library raises: ${library}`,
        messageKo: `\`save_steps\`(${s})가 \`eval_steps\`(${e})의 배수가 아니어서, 일부 평가 시점에는 불러올 체크포인트가 없습니다. \`save_steps\`를 \`eval_steps\`의 배수로 맞추세요(예: ${e}). ${libraryRaisesKo(library)}`,
        fix: { label: `Set save_steps to ${e}`, labelKo: setToKo('save_steps', e), patch: { save_steps: evalSteps } },
      };
    }
    const multiple = Math.max(1, Math.round(save / evalSteps)) * evalSteps;
    const library = `--load_best_model_at_end requires the saving steps to be a round multiple of the evaluation steps, but found ${s}, which is not a round multiple of ${e}.`;
    return {
      message: `save_steps (${s}) is not a round multiple of eval_steps (${e}), so some evaluations would have no checkpoint to load. Use a multiple such as ${multiple}. The library raises: ${library}`,
      messageKo: `\`save_steps\`(${s})가 \`eval_steps\`(${e})의 정확한 배수가 아니어서, 일부 평가 시점에는 불러올 체크포인트가 없습니다. ${multiple} 같은 배수를 쓰세요. ${libraryRaisesKo(library)}`,
      // A fractional eval_steps is its own error; a multiple of it would be no valid save_steps either.
      ...(Number.isInteger(multiple)
        ? { fix: { label: `Set save_steps to ${multiple}`, labelKo: setToKo('save_steps', String(multiple)), patch: { save_steps: multiple } } }
        : {}),
    };
  },
});
