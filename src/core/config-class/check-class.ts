import type { CheckResult } from '../check/check-config';
import type { HardwareProfile } from '../hardware/hardware-profile';
import { kwargs, type Kwargs, type PyValue } from '../py/py-value';
import { parseDictString } from '../resolve/coerce-json-string';
import type { Provenance } from '../resolve/provenance';
import { resolveConfig } from '../resolve/resolve-config';
import type { Issue } from '../rules/define-rule';
import { ALL_RULES } from '../rules/index';
import { issueFix, runRules } from '../rules/run-rules';
import { EN_MESSAGES } from '../i18n/messages/en';
import { message, renderMessage, type Message } from '../i18n/messages/message';
import { classDictJson } from '../rules/trl/class-dict-json';
import { processCount, type RunContext } from '../schedule/run-context';
import type { Target } from '../target/target';
import { ownFieldSpecs } from './class-registry';
import type { ClassRaise, ClassWarning, ConfigClassDef } from './define-config-class';
import { runPostInit } from './post-init';

export interface ClassCheckOptions {
  readonly target: Target;
  readonly hardware: HardwareProfile;
  readonly run?: RunContext;
}

/**
 * `SomeConfig(**input)` as the class builds it: its steps before `TrainingArguments.__post_init__` (DPO's),
 * the `TrainingArguments` resolution and rules with the class's defaults, then its own steps, and finally the
 * checks beyond the class. Issues come in the order Python would meet them, so the first error is the one the
 * library raises; like every check here it reports all of them at once.
 */
export function checkClassConfig(input: Kwargs, cls: ConfigClassDef, options: ClassCheckOptions): CheckResult {
  const { target } = options;
  const own = ownFieldSpecs(target, cls.name);
  const ownNames = new Set(own.map((f) => f.name));
  const redeclared = cls.overrides.filter((o) => !ownNames.has(o.name));
  const floats = new Set([...input.floatWritten].filter((path) => !path.includes('.')));
  const worldSize = options.run ? processCount(options.run) : 1;
  const names = { className: cls.name, shortName: cls.shortName, worldSize };

  // The class's own fields and the TrainingArguments fields it redeclares, as given or by its defaults.
  const classValues: Record<string, PyValue> = {};
  const provenance: Record<string, Provenance> = {};
  for (const spec of [...redeclared, ...own]) {
    const given = Object.hasOwn(input.values, spec.name);
    classValues[spec.name] = given ? (input.values[spec.name] ?? null) : structuredClone(spec.default);
    provenance[spec.name] = given ? 'user' : 'default';
  }
  for (const name of cls.jsonFields) {
    const parsed = ownNames.has(name) ? parseDictString(classValues[name]) : undefined;
    if (parsed !== undefined) classValues[name] = parsed;
  }
  // The base fields decide TRL's bf16 default (`not fp16`), so the steps before the base see the user's fp16.
  const beforeValues: Record<string, PyValue> = { ...input.values, ...classValues };
  const before = runPostInit(cls.beforeBase, { input, values: beforeValues, floats, ...names });
  for (const name of Object.keys(classValues)) classValues[name] = beforeValues[name] ?? null;

  // TrainingArguments sees every keyword except the class's own, with the class's defaults for the fields it
  // redeclares. An explicit None for a TRL bf16 means "unset": the class has already replaced it.
  const baseValues: Record<string, PyValue> = {};
  for (const [name, value] of Object.entries(input.values)) if (!ownNames.has(name)) baseValues[name] = value;
  const defaults: Record<string, PyValue> = {};
  for (const spec of redeclared) {
    if (spec.name === 'bf16' && baseValues.bf16 === null) delete baseValues.bf16;
    // None is allowed by the class's annotation (`bool | None`) though not by TrainingArguments': pass it as the class's value.
    if (spec.nullable === true && spec.name !== 'bf16' && baseValues[spec.name] === null) {
      delete baseValues[spec.name];
      classValues[spec.name] = null;
    }
    if (!Object.hasOwn(baseValues, spec.name)) defaults[spec.name] = classValues[spec.name] ?? null;
  }
  const baseInput = kwargs(
    baseValues,
    [...input.floatWritten].filter((path) => !ownNames.has(path.split('.')[0] ?? '')),
  );
  const base = resolveConfig(baseInput, { target, defaults });
  const context = { hardware: options.hardware, target, configClass: cls.name, ...(options.run ? { run: options.run } : {}) };
  const baseIssues = runRules(ALL_RULES, { ...context, input: baseInput, resolved: base.values });

  const values: Record<string, PyValue> = { ...base.values };
  for (const name of ownNames) values[name] = classValues[name] ?? null;
  const after = runPostInit(cls.afterBase, { input, values, floats, ...names });
  for (const name of [...before.derived, ...after.derived]) if (ownNames.has(name)) provenance[name] = 'derived';

  const classRules = [
    classDictJson(
      cls.name,
      cls.jsonFields.filter((n) => ownNames.has(n)),
    ),
    ...cls.rules,
  ];
  const issues: Issue[] = [
    ...(before.raised ? [raiseIssue(before.raised, cls.name)] : []),
    ...before.warnings.map(warningIssue),
    ...baseIssues,
    ...after.warnings.map(warningIssue),
    ...(after.raised ? [raiseIssue(after.raised, cls.name)] : []),
    ...runRules(classRules, { ...context, input, resolved: values }),
  ];
  const allProvenance = { ...base.provenance };
  for (const name of ownNames) allProvenance[name] = provenance[name] ?? 'default';
  return { ok: !issues.some((i) => i.severity === 'error'), issues, resolved: values, provenance: allProvenance };
}

function raiseIssue(raised: ClassRaise, className: string): Issue {
  const text = message('config-class.raise', { explanation: raised.text, className, error: raised.error });
  return {
    severity: 'error',
    rule: raised.rule,
    fields: raised.fields,
    message: renderMessage(EN_MESSAGES, text),
    text,
    ...(raised.fix ? { fix: issueFix(raised.fix) } : {}),
  };
}

function warningIssue(warning: ClassWarning): Issue {
  const text = message('config-class.warning', { explanation: warning.text, library: warning.library });
  return {
    severity: 'warning',
    rule: warning.rule,
    fields: warning.fields,
    message: renderMessage(EN_MESSAGES, text),
    text,
    ...(warning.fix ? { fix: issueFix(warning.fix) } : {}),
  };
}

/** The codes that frame a config class's own raises and warnings (the catalogue test checks each language has them). */
export const CONFIG_CLASS_CODES = ['config-class.raise', 'config-class.warning', 'config-class.python-error'] as const;

declare module '../i18n/messages/message' {
  interface MessageParams {
    /** A `__post_init__` raise: our `explanation`, then the class's exception as Python shows it. */
    'config-class.raise': { readonly explanation: Message; readonly className: string; readonly error: string };
    /** A warning the class logs: our `explanation`, then the `library`'s own text. */
    'config-class.warning': { readonly explanation: Message; readonly library: string };
    /** Python's own exception out of a step's arithmetic; catalogues say what the step (by id) was doing. */
    'config-class.python-error': { readonly className: string; readonly step: string; readonly error: string };
  }
}
