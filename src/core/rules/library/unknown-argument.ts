import type { Kwargs, PyValue } from '../../py/py-value';
import type { Patch, RetiredArgument } from '../../registry/renames';
import { retiredArgument, retiredArgumentsFor } from '../../registry/renames';
import { fieldInAnyTarget, fieldsFor, isFieldName } from '../../registry/registry';
import { compareVersions, targetVersion, TARGETS, type Target } from '../../target/target';
import { message } from '../../i18n/messages/message';
import type { Finding } from '../define-rule';
import { defineRule } from '../define-rule';
import { didYouMean, squashName } from '../did-you-mean';
import { patchFix } from '../schema-format';
import { renameFits } from '../rename-fits';
import { classFieldNames, otherClassFinding } from '../trl/other-class-field';

/** Names a misspelling may be aimed at: the target's fields, the names it retired, and other releases' fields. */
const KNOWN_NAMES = new Map<Target, readonly string[]>();

function knownNames(target: Target): readonly string[] {
  const cached = KNOWN_NAMES.get(target);
  if (cached) return cached;
  const names = [
    ...new Set([
      ...fieldsFor(target).map((f) => f.name),
      ...retiredArgumentsFor(target).map((r) => r.name),
      ...TARGETS.flatMap((t) => fieldsFor(t).map((f) => f.name)),
    ]),
  ];
  KNOWN_NAMES.set(target, names);
  return names;
}

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
  stage: 'config',
  messages: [
    'unknown-argument',
    'unknown-argument.remove',
    'unknown-argument.newer',
    'unknown-argument.typo',
    'unknown-argument.typo.rename',
    'unknown-argument.typo.taken',
    'unknown-argument.retired',
    'unknown-argument.other-class',
    'unknown-argument.other-class.fix',
  ],
  description:
    'Every keyword is a TrainingArguments field of the targeted release; renamed and removed names are pointed to their replacement, and v5 names to what 4.x offers.',
  check: ({ input, target, configClass }) =>
    Object.keys(input.values)
      .filter((key) => !isFieldName(key, target))
      .map((key) => (configClass === undefined ? undefined : otherClassFinding(key, configClass, target)) ?? unknownFinding(key, input, target, configClass)),
});

/** The TypeError Python raises for the key: the class's name and the error line, which stays English as users search for it. */
interface PythonError {
  readonly className: string;
  readonly typeError: string;
}

type UnknownCode =
  | 'unknown-argument'
  | 'unknown-argument.remove'
  | 'unknown-argument.newer'
  | 'unknown-argument.typo'
  | 'unknown-argument.typo.rename'
  | 'unknown-argument.typo.taken'
  | 'unknown-argument.retired';

function unknownFinding(key: string, input: Kwargs, release: Target, configClass = 'TrainingArguments'): Finding<UnknownCode> {
  const value = input.values[key] ?? null;
  const pythonError = { className: configClass, typeError: `TypeError: ${configClass}.__init__() got an unexpected keyword argument '${key}'` };
  const retired = retiredArgument(key, release);
  if (retired) return retiredFinding(key, key, retired, value, input, pythonError);
  const other = fieldInAnyTarget(key);
  if (other && compareVersions(other.since ?? '0', targetVersion(release)) > 0) return newerFinding(key, value, release, other.since ?? '', pythonError);

  // Only renames that keep the arguments valid are offered: never onto launcher-set fields, never with a value of the wrong type.
  const candidates = [...knownNames(release), ...classFieldNames(configClass, release)].filter((name) => renameFits(name, value, release, configClass));
  const alias = COMMON_ALIASES[squashName(key)];
  const target = alias !== undefined && renameFits(alias, value, release, configClass) ? alias : didYouMean(key, candidates);
  const retiredTarget = target === undefined ? undefined : retiredArgument(target, release);
  if (retiredTarget) return retiredFinding(key, retiredTarget.name, retiredTarget, value, input, pythonError);
  if (target !== undefined) return typoFinding(key, target, value, input, pythonError);

  return {
    fields: [key],
    text: message('unknown-argument', { key, release, ...pythonError }),
    fix: { text: message('unknown-argument.remove', { key }), patch: { [key]: undefined } },
  };
}

/**
 * A v5 field the targeted older release does not have yet. `group_by_length` sampling has a 4.x spelling;
 * the other v5 additions have none, so the fix drops them.
 */
function newerFinding(key: string, value: PyValue, release: Target, since: string, pythonError: PythonError): Finding<UnknownCode> {
  const groupByLength = key === 'train_sampling_strategy' && value === 'group_by_length';
  const patch: Patch = groupByLength ? { [key]: undefined, group_by_length: true } : { [key]: undefined };
  return { fields: [key], text: message('unknown-argument.newer', { key, since, release, groupByLength, ...pythonError }), fix: patchFix(patch) };
}

function typoFinding(key: string, target: string, value: PyValue, input: Kwargs, pythonError: PythonError): Finding<UnknownCode> {
  const styleOnly = squashName(key) === squashName(target);
  // Renaming onto a key the user already set would silently overwrite their value.
  const taken = target in input.values;
  return {
    fields: [key],
    text: message('unknown-argument.typo', { key, target, styleOnly, ...pythonError }),
    fix: taken
      ? { text: message('unknown-argument.typo.taken', { key, target }), patch: { [key]: undefined } }
      : { text: message('unknown-argument.typo.rename', { key, target }), patch: { [key]: undefined, [target]: value } },
  };
}

function retiredFinding(key: string, oldName: string, retired: RetiredArgument, value: PyValue, input: Kwargs, pythonError: PythonError): Finding<UnknownCode> {
  const patch = migrationPatch(key, oldName, retired, value, input);
  const renamed = retired.change === 'renamed';
  return {
    fields: [key],
    text: message('unknown-argument.retired', {
      key,
      oldName,
      replacements: renamed ? retired.replacements : null,
      removedIn: retired.removedIn,
      manual: patch === null,
      ...pythonError,
    }),
    ...(patch === null ? {} : { fix: patchFix(patch) }),
  };
}

/** The retired argument's migration, aimed at the key as the user spelt it. */
function migrationPatch(key: string, oldName: string, retired: RetiredArgument, value: PyValue, input: Kwargs): Patch | null {
  if (key === oldName) return retired.migrate(value, input.values);
  const patch = retired.migrate(value, { ...input.values, [oldName]: value });
  if (patch === null) return null;
  return { [key]: undefined, ...Object.fromEntries(Object.entries(patch).filter(([name]) => name !== oldName)) };
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** Each says the Python error: `className` raises `typeError`; `release` is the targeted release. */
    'unknown-argument': { readonly key: string; readonly release: Target; readonly className: string; readonly typeError: string };
    'unknown-argument.remove': { readonly key: string };
    /** A field added after the targeted release; `groupByLength`: 4.x spells this setting group_by_length=True. */
    'unknown-argument.newer': {
      readonly key: string;
      readonly since: string;
      readonly release: Target;
      readonly groupByLength: boolean;
      readonly className: string;
      readonly typeError: string;
    };
    /** A near miss of `target`; `styleOnly`: the two differ only in case or separators. */
    'unknown-argument.typo': {
      readonly key: string;
      readonly target: string;
      readonly styleOnly: boolean;
      readonly className: string;
      readonly typeError: string;
    };
    'unknown-argument.typo.rename': { readonly key: string; readonly target: string };
    'unknown-argument.typo.taken': { readonly key: string; readonly target: string };
    /**
     * A retired argument (`oldName`, which `key` is or resembles); `replacements`: the new names when it was renamed, null when
     * removed; `manual`: no mechanical translation. Catalogues word each retired argument's advice by its name.
     */
    'unknown-argument.retired': {
      readonly key: string;
      readonly oldName: string;
      readonly replacements: readonly string[] | null;
      readonly removedIn: string;
      readonly manual: boolean;
      readonly className: string;
      readonly typeError: string;
    };
  }
}
