import { configClass } from '../import/config-classes';
import type { Kwargs } from '../py/py-value';
import { isFieldName } from '../registry/registry';
import { DEFAULT_TARGET } from '../target/target';
import type { CheckOptions, CheckResult } from './check-config';
import { checkConfig } from './check-config';

/**
 * Checks arguments meant for a config class (`Seq2SeqTrainingArguments`, `SFTConfig`, …): the fields the
 * class declares beyond TrainingArguments are accepted by its constructor, so they are not reported as
 * unknown names; everything TrainingArguments has is checked as usual.
 * @example checkForClass(kwargs({ predict_with_generate: true }), 'Seq2SeqTrainingArguments').ok // true
 */
export function checkForClass(input: Kwargs, className: string, options: CheckOptions = {}): CheckResult {
  const target = options.target ?? DEFAULT_TARGET;
  const own = new Set((configClass(className)?.declared ?? []).map(([name]) => name).filter((name) => !isFieldName(name, target)));
  if (own.size === 0) return checkConfig(input, options);
  const values = Object.fromEntries(Object.entries(input.values).filter(([name]) => !own.has(name)));
  return checkConfig({ values, floatWritten: input.floatWritten }, options);
}
