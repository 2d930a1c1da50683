import type { ClassFieldSpec } from '../../config-class/define-config-class';
import type { PyValue } from '../../py/py-value';
import type { Finding, Rule } from '../define-rule';
import { defineRule } from '../define-rule';
import { didYouMean } from '../did-you-mean';
import { code } from '../ko-text';
import { describeValue, listChoices, listChoicesKo, resetFix } from '../schema-format';

/** The names of a string field's value (a list field's entries), after the class resolved it. */
function namesOf(value: PyValue | undefined): readonly string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/**
 * A TRL option outside the names the trainer knows: TRL keeps any text and the trainer fails when it
 * first uses it (at the first loss computation for most). `skip` names fields the class leaves open in
 * a given state (SFT's loss_type with the Liger kernels).
 */
export function trlChoice(className: string, fields: readonly ClassFieldSpec[], skip: (name: string, resolved: Readonly<Record<string, PyValue>>) => boolean = () => false): Rule {
  const withChoices = fields.filter((f) => f.choices !== undefined && f.choices.length > 0);
  return defineRule({
    id: 'trl-choice',
    fields: withChoices.map((f) => f.name),
    severity: 'error',
    source: 'trainer',
    stage: 'config',
    description: `${className} options are one of the names its trainer knows.`,
    check: ({ resolved }) =>
      withChoices.flatMap((field): Finding[] => {
        if (skip(field.name, resolved)) return [];
        const choices = field.choices ?? [];
        const wrong = namesOf(resolved[field.name]).filter((name) => !choices.includes(name));
        return wrong.map((name) => {
          const near = didYouMean(name, choices) ?? choices.find((c) => c.toLowerCase() === name.toLowerCase());
          const list = Array.isArray(resolved[field.name]);
          const patch = list
            ? { [field.name]: near === undefined ? undefined : namesOf(resolved[field.name]).map((n) => (n === name ? near : n)) }
            : { [field.name]: near };
          return {
            fields: [field.name],
            message: `${field.name} ${describeValue(name)} is not an option of ${className}: use ${listChoices(choices)}. ${className} accepts any text here, and its trainer raises when it first uses the value.${near === undefined ? '' : ` Did you mean "${near}"?`}`,
            messageKo: `${code(field.name)} ${code(describeValue(name))}는 ${className}의 선택지가 아닙니다. ${listChoicesKo(choices)} 중에서 고르세요. ${className}는 아무 텍스트나 받아 두고, 트레이너가 처음 이 값을 쓸 때 오류를 냅니다.${near === undefined ? '' : ` 혹시 ${code(`"${near}"`)}인가요?`}`,
            fix: near === undefined ? resetFix(field.name, field.default) : { label: `Use ${near}`, labelKo: `${near} 사용`, patch },
          };
        });
      }),
  });
}
