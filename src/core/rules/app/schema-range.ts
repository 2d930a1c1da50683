import type { FieldDef } from '../../registry/define-field';
import { fieldsFor } from '../../registry/registry';
import { perTarget, TARGETS } from '../../target/target';
import type { Finding } from '../define-rule';
import { defineRule } from '../define-rule';
import { code } from '../ko-text';
import { boundsText, boundsTextKo } from '../schema-expected';
import { describeValue, describeValueKo, resetFix } from '../schema-format';
import { fitsShape } from '../schema-shapes';

/** Bounds `TrainingArguments` enforces itself (`libraryBounded`, `libraryTyped`); the library rules report those in the library's words. */
const boundedFields = perTarget((target) =>
  fieldsFor(target).filter((f) => (f.min !== undefined || f.max !== undefined) && f.libraryBounded !== true && f.libraryTyped !== true),
);

/**
 * Numbers stay within the bounds recorded in the registry: outside them the Trainer, the optimizer or
 * the scheduler fails, or the value means nothing.
 */
export const schemaRange = defineRule({
  id: 'schema-range',
  fields: [...new Set(TARGETS.flatMap((t) => boundedFields(t).map((f) => f.name)))],
  severity: 'error',
  source: 'app',
  stage: 'schema',
  description: 'Numbers lie within their sensible range (batch sizes ≥ 1, learning rate ≥ 0, betas below 1, …).',
  check: ({ input, target }) =>
    boundedFields(target).flatMap((field): Finding[] => {
      const value = input.values[field.name];
      // Values of the wrong type are schema-type's to report; one message per mistake.
      if (typeof value !== 'number' || !fitsShape(field, value, input, target)) return [];
      // Zero is reported by the field's own Trainer rule (`zeroRule`), which explains the crash and when it happens; negatives stay ours.
      if (value === 0 && field.zeroRule !== undefined) return [];
      if (inRange(field, value)) return [];
      const asFloat = input.floatWritten.has(field.name);
      const reason = outsideReason(value, field);
      return [
        {
          fields: [field.name],
          message: `${field.name} must be ${boundsText(field)}, got ${describeValue(value, asFloat)}. ${reason.en}`,
          messageKo: `${code(field.name)}에는 ${boundsTextKo(field)}인 값만 쓸 수 있는데, 입력값이 ${describeValueKo(value, asFloat)}입니다. ${reason.ko}`,
          fix: resetFix(field.name, field.default),
        },
      ];
    }),
});

function inRange(field: FieldDef, value: number): boolean {
  if (field.min !== undefined && value < field.min) return false;
  if (field.max !== undefined && (field.exclusiveMax ? value >= field.max : value > field.max)) return false;
  return true;
}

function outsideReason(value: number, field: FieldDef): { en: string; ko: string } {
  const unchecked = 'TrainingArguments does not check it, so nothing warns you before training starts.';
  const uncheckedKo = 'TrainingArguments는 이 값을 검사하지 않으므로 학습이 시작되기 전에는 아무 경고도 나오지 않습니다.';
  if (value < 0 && field.min !== undefined && field.min >= 0) {
    return { en: `A negative value has no meaning here; ${unchecked}`, ko: `여기서 음수는 아무 의미가 없습니다. ${uncheckedKo}` };
  }
  return {
    en: `Outside this range the Trainer or optimizer fails, or the setting has no effect; ${unchecked}`,
    ko: `이 범위를 벗어나면 Trainer나 옵티마이저가 실패하거나 설정이 아무 효과가 없습니다. ${uncheckedKo}`,
  };
}
