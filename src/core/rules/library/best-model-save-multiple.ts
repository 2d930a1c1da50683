import { message } from '../../i18n/messages/message';
import { pyMod } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';
import { pythonText } from '../../py/python-text';

const LARGE_MULTIPLIER = 1_000_000;

/** Mirrors `_validate_args`: with steps strategies, every evaluation must be followed by a save, so save_steps must be a multiple of eval_steps. */
export const bestModelSaveMultiple = defineRule({
  id: 'best-model-save-multiple',
  fields: ['save_steps', 'eval_steps', 'load_best_model_at_end'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: [
    'best-model-save-multiple',
    'best-model-save-multiple.2',
    'best-model-save-multiple.fix',
    'best-model-save-multiple.3',
    'best-model-save-multiple.fix2',
  ],
  description: 'With load_best_model_at_end and the steps strategy, save_steps must be a round multiple of eval_steps (both ratios, or both step counts).',
  check: ({ resolved }): Finding<'best-model-save-multiple' | 'best-model-save-multiple.2' | 'best-model-save-multiple.3'> | null => {
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
          text: message('best-model-save-multiple', { s, e, library }),
        };
      }
      if (pyMod(save * LARGE_MULTIPLIER, evalSteps * LARGE_MULTIPLIER) === 0) return null;
      const library = `--load_best_model_at_end requires the saving steps to be a multiple of the evaluation steps, but found ${s}, which is not a multiple of ${e}.`;
      return {
        text: message('best-model-save-multiple.2', { s, e, evalSteps, library }),
        fix: { text: message('best-model-save-multiple.fix', { e }), patch: { save_steps: evalSteps } },
      };
    }
    const multiple = Math.max(1, Math.round(save / evalSteps)) * evalSteps;
    const library = `--load_best_model_at_end requires the saving steps to be a round multiple of the evaluation steps, but found ${s}, which is not a round multiple of ${e}.`;
    return {
      text: message('best-model-save-multiple.3', { s, e, multiple, library }),
      // A fractional eval_steps is its own error; a multiple of it would be no valid save_steps either.
      ...(Number.isInteger(multiple) ? { fix: { text: message('best-model-save-multiple.fix2', { multiple }), patch: { save_steps: multiple } } } : {}),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'best-model-save-multiple': { readonly s: string; readonly e: string; readonly library: string };
    'best-model-save-multiple.2': { readonly s: string; readonly e: string; readonly evalSteps: number; readonly library: string };
    'best-model-save-multiple.fix': { readonly e: string };
    'best-model-save-multiple.3': { readonly s: string; readonly e: string; readonly multiple: number; readonly library: string };
    'best-model-save-multiple.fix2': { readonly multiple: number };
  }
}
