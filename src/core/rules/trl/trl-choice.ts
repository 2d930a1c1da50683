import { message } from '../../i18n/messages/message';
import type { ClassFieldSpec } from '../../config-class/define-config-class';
import type { PyValue } from '../../py/py-value';
import type { Finding, Rule } from '../define-rule';
import { defineRule } from '../define-rule';
import { didYouMean } from '../did-you-mean';
import { resetFix } from '../schema-format';

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
export function trlChoice(
  className: string,
  fields: readonly ClassFieldSpec[],
  skip: (name: string, resolved: Readonly<Record<string, PyValue>>) => boolean = () => false,
): Rule {
  const withChoices = fields.filter((f) => f.choices !== undefined && f.choices.length > 0);
  return defineRule({
    id: 'trl-choice',
    fields: withChoices.map((f) => f.name),
    severity: 'error',
    source: 'trainer',
    stage: 'config',
    messages: ['trl-choice', 'trl-choice.fix'],
    description: `${className} options are one of the names its trainer knows.`,
    check: ({ resolved }) =>
      withChoices.flatMap((field): Finding<'trl-choice'>[] => {
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
            text: message('trl-choice', { fieldName: field.name, name, className, choices, near }),
            fix: near === undefined ? resetFix(field.name, field.default) : { text: message('trl-choice.fix', { near }), patch },
          };
        });
      }),
  });
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'trl-choice': {
      readonly fieldName: string;
      readonly name: string;
      readonly className: string;
      readonly choices: readonly string[];
      readonly near: string | undefined;
    };
    'trl-choice.fix': { readonly near: string };
  }
}
