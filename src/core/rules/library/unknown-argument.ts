import type { Kwargs, PyValue } from '../../py/py-value';
import type { Patch, RetiredArgument } from '../../registry/renames';
import { retiredArgument, retiredArgumentsFor } from '../../registry/renames';
import { fieldInAnyTarget, fieldsFor, isFieldName } from '../../registry/registry';
import { compareVersions, targetLabel, targetVersion, TARGETS, type Target } from '../../target/target';
import type { Fix, InlineFinding as Finding } from '../define-rule';
import { defineRule } from '../define-rule';
import { didYouMean, squashName } from '../did-you-mean';
import { code, eun, gwa, iga, ro } from '../ko-text';
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
  messages: ['unknown-argument.other-class', 'unknown-argument.other-class.fix'],
  description:
    'Every keyword is a TrainingArguments field of the targeted release; renamed and removed names are pointed to their replacement, and v5 names to what 4.x offers.',
  check: ({ input, target, configClass }) =>
    Object.keys(input.values)
      .filter((key) => !isFieldName(key, target))
      .map((key) => (configClass === undefined ? undefined : otherClassFinding(key, configClass, target)) ?? unknownFinding(key, input, target, configClass)),
});

/** The Python error in both languages' framing; the error text itself stays English, as users search for it. */
interface PythonError {
  readonly en: string;
  readonly ko: string;
}

function unknownFinding(key: string, input: Kwargs, release: Target, configClass = 'TrainingArguments'): Finding {
  const value = input.values[key] ?? null;
  const typeError = `TypeError: ${configClass}.__init__() got an unexpected keyword argument '${key}'`;
  const pythonError = { en: `${configClass} raises: ${typeError}`, ko: `${configClass} 오류: ${typeError}` };
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

  const label = targetLabel(release);
  return {
    fields: [key],
    message: `${key} is not a TrainingArguments argument in ${label}, nor a close spelling of one. Remove it, or set it where it belongs (a model, tokenizer or script option). ${pythonError.en}`,
    messageKo: `${eun(code(key))} ${label}의 TrainingArguments 인자가 아니고, 철자가 비슷한 인자도 없습니다. 지우거나, 원래 속한 곳(모델, 토크나이저, 스크립트 옵션)에 설정하세요. ${pythonError.ko}`,
    fix: { label: `Remove ${key}`, labelKo: `${key} 제거`, patch: { [key]: undefined } },
  };
}

/**
 * A v5 field the targeted older release does not have yet. `group_by_length` sampling has a 4.x spelling;
 * the other v5 additions have none, so the fix drops them.
 */
function newerFinding(key: string, value: PyValue, release: Target, since: string, pythonError: PythonError): Finding {
  const label = targetLabel(release);
  const groupByLength = key === 'train_sampling_strategy' && value === 'group_by_length';
  const advice = groupByLength ? ' In 4.x the same sampling is group_by_length=True.' : ' Remove it; the targeted release has no equivalent setting.';
  const adviceKo = groupByLength ? ' 4.x에서는 같은 샘플링을 `group_by_length=True`로 씁니다.' : ' 지우세요. 대상 릴리스에는 같은 역할의 설정이 없습니다.';
  const patch: Patch = groupByLength ? { [key]: undefined, group_by_length: true } : { [key]: undefined };
  return {
    fields: [key],
    message: `${key} was added in transformers ${since}, so ${label} does not accept it.${advice} ${pythonError.en}`,
    messageKo: `${eun(code(key))} transformers ${since}에서 추가되어 ${label}에서는 쓸 수 없습니다.${adviceKo} ${pythonError.ko}`,
    fix: patchFix(patch),
  };
}

function typoFinding(key: string, target: string, value: PyValue, input: Kwargs, pythonError: PythonError): Finding {
  const styleOnly = squashName(key) === squashName(target);
  const hint = styleOnly ? ' Python argument names are written in snake_case.' : '';
  const hintKo = styleOnly ? ' Python 인자 이름은 snake_case로 씁니다.' : '';
  // Renaming onto a key the user already set would silently overwrite their value.
  const taken = target in input.values;
  const fix: Fix = taken
    ? { label: `Remove ${key} (${target} is already set)`, labelKo: `${key} 제거(${iga(target)} 이미 설정되어 있음)`, patch: { [key]: undefined } }
    : { label: `Rename ${key} to ${target}`, labelKo: `${key} 이름을 ${ro(target)} 바꾸기`, patch: { [key]: undefined, [target]: value } };
  return {
    fields: [key],
    message: `${key} is not a TrainingArguments argument. Did you mean ${target}?${hint} ${pythonError.en}`,
    messageKo: `${eun(code(key))} TrainingArguments 인자가 아닙니다. 혹시 ${code(target)}인가요?${hintKo} ${pythonError.ko}`,
    fix,
  };
}

function retiredFinding(key: string, oldName: string, retired: RetiredArgument, value: PyValue, input: Kwargs, pythonError: PythonError): Finding {
  const renamed = retired.change === 'renamed';
  const what = renamed ? `was renamed to ${retired.replacements.join(', ')}` : 'was removed';
  const whatKo = renamed ? `${ro(retired.replacements.map(code).join(', '))} 이름이 바뀌었습니다` : '제거되었습니다';
  const lead = key === oldName ? `${key} ${what}` : `${key} looks like ${oldName}, which ${what}`;
  const leadKo = key === oldName ? `${eun(code(key))} ${whatKo}` : `${eun(code(key))} ${gwa(code(oldName))} 비슷해 보이는데, ${eun(code(oldName))} ${whatKo}`;
  const patch = migrationPatch(key, oldName, retired, value, input);
  const manual = patch === null ? ' This cannot be translated automatically; adjust the settings by hand.' : '';
  const manualKo = patch === null ? ' 자동으로 옮길 수 없으니 설정을 직접 고치세요.' : '';
  return {
    fields: [key],
    message: `${lead}: transformers ${retired.removedIn} and later reject it. ${retired.advice}${manual} ${pythonError.en}`,
    messageKo: `${leadKo}. transformers ${retired.removedIn} 이상은 이 인자를 거부합니다. ${retired.adviceKo}${manualKo} ${pythonError.ko}`,
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
