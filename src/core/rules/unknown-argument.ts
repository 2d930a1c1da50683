import type { Kwargs, PyValue } from '../py/py-value';
import type { Patch, RetiredArgument } from '../registry/renames';
import { RETIRED_ARGUMENTS, retiredArgument } from '../registry/renames';
import { ALL_FIELDS, isFieldName } from '../registry/registry';
import type { Finding, Fix } from './define-rule';
import { defineRule } from './define-rule';
import { didYouMean, squashName } from './did-you-mean';
import { describePatch } from './schema-format';

const FIELD_NAMES = ALL_FIELDS.map((f) => f.name);
const RETIRED_NAMES = RETIRED_ARGUMENTS.map((r) => r.name);
const KNOWN_NAMES = [...FIELD_NAMES, ...RETIRED_NAMES];

/**
 * Names from other training tools (and read-only properties of TrainingArguments) that are too far
 * from the Python name for spelling distance to find it. Keys are squashed (see `squashName`).
 */
const COMMON_ALIASES: Readonly<Record<string, string>> = {
  lr: 'learning_rate',
  epochs: 'num_train_epochs',
  numepochs: 'num_train_epochs',
  maxepochs: 'num_train_epochs',
  batchsize: 'per_device_train_batch_size',
  bs: 'per_device_train_batch_size',
  trainbatchsize: 'per_device_train_batch_size',
  evalbatchsize: 'per_device_eval_batch_size',
  gradaccum: 'gradient_accumulation_steps',
  accumulategradbatches: 'gradient_accumulation_steps',
  warmup: 'warmup_steps',
  wd: 'weight_decay',
  gradientclipval: 'max_grad_norm',
  clipgradnorm: 'max_grad_norm',
  optimizer: 'optim',
  scheduler: 'lr_scheduler_type',
  lrscheduler: 'lr_scheduler_type',
};

/**
 * Mirrors Python's own check: `TrainingArguments(**kwargs)` raises `TypeError` for any keyword that is
 * not a dataclass field. Old names get a migration, near misses a rename, the rest a removal.
 */
export const unknownArgument = defineRule({
  id: 'unknown-argument',
  fields: [],
  severity: 'error',
  source: 'library',
  description: 'Every keyword is a v5 TrainingArguments field; renamed and removed names are pointed to their v5 replacement.',
  check: ({ input }) =>
    Object.keys(input.values)
      .filter((key) => !isFieldName(key))
      .map((key) => unknownFinding(key, input)),
});

function unknownFinding(key: string, input: Kwargs): Finding {
  const value = input.values[key] ?? null;
  const pythonError = `TrainingArguments raises: TypeError: TrainingArguments.__init__() got an unexpected keyword argument '${key}'`;
  const retired = retiredArgument(key);
  if (retired) return retiredFinding(key, key, retired, value, input, pythonError);

  const target = COMMON_ALIASES[squashName(key)] ?? didYouMean(key, KNOWN_NAMES);
  const retiredTarget = target === undefined ? undefined : retiredArgument(target);
  if (retiredTarget) return retiredFinding(key, retiredTarget.name, retiredTarget, value, input, pythonError);
  if (target !== undefined) return typoFinding(key, target, value, input, pythonError);

  return {
    fields: [key],
    message: `${key} is not a TrainingArguments argument in transformers v5, nor a close spelling of one. Remove it, or set it where it belongs (a model, tokenizer or script option). ${pythonError}`,
    fix: { label: `Remove ${key}`, patch: { [key]: undefined } },
  };
}

function typoFinding(key: string, target: string, value: PyValue, input: Kwargs, pythonError: string): Finding {
  const styleOnly = squashName(key) === squashName(target);
  const hint = styleOnly ? ' Python argument names are written in snake_case.' : '';
  // Renaming onto a key the user already set would silently overwrite their value.
  const taken = target in input.values;
  const fix: Fix = taken
    ? { label: `Remove ${key} (${target} is already set)`, patch: { [key]: undefined } }
    : { label: `Rename ${key} to ${target}`, patch: { [key]: undefined, [target]: value } };
  return {
    fields: [key],
    message: `${key} is not a TrainingArguments argument. Did you mean ${target}?${hint} ${pythonError}`,
    fix,
  };
}

function retiredFinding(key: string, oldName: string, retired: RetiredArgument, value: PyValue, input: Kwargs, pythonError: string): Finding {
  const what = retired.change === 'renamed' ? `was renamed to ${retired.replacements.join(', ')}` : 'was removed';
  const lead = key === oldName ? `${key} ${what}` : `${key} looks like ${oldName}, which ${what}`;
  const patch = migrationPatch(key, oldName, retired, value, input);
  const manual = patch === null ? ' This cannot be translated automatically; adjust the settings by hand.' : '';
  return {
    fields: [key],
    message: `${lead}: transformers ${retired.removedIn} and later reject it. ${retired.advice}${manual} ${pythonError}`,
    ...(patch === null ? {} : { fix: { label: describePatch(patch), patch } }),
  };
}

/** The retired argument's migration, aimed at the key as the user spelt it. */
function migrationPatch(key: string, oldName: string, retired: RetiredArgument, value: PyValue, input: Kwargs): Patch | null {
  if (key === oldName) return retired.migrate(value, input.values);
  const patch = retired.migrate(value, { ...input.values, [oldName]: value });
  if (patch === null) return null;
  return { [key]: undefined, ...Object.fromEntries(Object.entries(patch).filter(([name]) => name !== oldName)) };
}
