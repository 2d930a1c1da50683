import { defineRule, type Finding } from '../define-rule';
import type { ResolvedValues } from '../../resolve/provenance';
import { code, eul, libraryRaisesKo, setToKo } from '../ko-text';
import { pythonText } from '../../py/python-text';

const INTERVALS = [
  ['logging_steps', 'logging_strategy'],
  ['eval_steps', 'eval_strategy'],
  ['save_steps', 'save_strategy'],
] as const;

/** Mirrors `_validate_args`: above 1 an interval is a step count and must be whole (below 1 it is a ratio). */
export const stepsWholeAboveOne = defineRule({
  id: 'steps-whole-above-one',
  fields: ['logging_steps', 'eval_steps', 'save_steps'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  description: 'logging_steps, eval_steps and save_steps above 1 must be whole numbers when their strategy is "steps".',
  check: ({ resolved }) => INTERVALS.flatMap(([steps, strategy]) => checkOne(resolved, steps, strategy)),
});

function checkOne(resolved: ResolvedValues, steps: string, strategy: string): Finding[] {
  const value = resolved[steps];
  if (resolved[strategy] !== 'steps' || typeof value !== 'number' || value <= 1 || Number.isInteger(value)) return [];
  const down = Math.floor(value);
  const library = `--${steps} must be an integer if bigger than 1: ${pythonText(value)}`;
  const rounded = Math.round(value);
  return [
    {
      fields: [steps, strategy],
      message: `${steps} is ${pythonText(value)}: above 1 it counts optimizer steps and must be a whole number (below 1 it is a fraction of the total steps). Use ${down} or ${down + 1}. The library raises: ${library}`,
      messageKo: `${code(steps)} 값이 ${code(pythonText(value))}입니다. 1보다 크면 옵티마이저 스텝 수를 뜻하므로 정수여야 합니다(1보다 작으면 전체 스텝에 대한 비율). ${down} 또는 ${eul(String(down + 1))} 쓰세요. ${libraryRaisesKo(library)}`,
      fix: { label: `Set ${steps} to ${rounded}`, labelKo: setToKo(steps, String(rounded)), patch: { [steps]: rounded } },
    },
  ];
}
