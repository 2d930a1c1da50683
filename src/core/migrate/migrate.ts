import { classFieldsFor } from '../config-class/class-registry';
import type { SharedValue } from '../share/share-state';
import { hasVersionRange, type Target } from '../target/target';

/** Where the values are and where they go: a release target and a config class. */
export interface Schema {
  readonly target: Target;
  readonly configClass: string;
}

/** One change a switch made to the values, said in both languages. */
export interface MigrationChange {
  readonly field: string;
  readonly message: string;
  readonly messageKo: string;
}

export type FormRecord = Readonly<Record<string, SharedValue | undefined>>;

/** What a migration may read besides the values: the run's total optimizer steps, when the preview knows it. */
export interface MigrationContext {
  readonly from: Schema;
  readonly to: Schema;
  readonly totalSteps?: number;
}

/**
 * One renamed or reshaped setting: where it applies (the release line the values leave and the one they
 * reach), and how the value is carried over. It edits `values` in place and says what it did.
 */
export interface Migration {
  readonly id: string;
  /** The range the source target lies in, and the range the destination lies in. */
  readonly from: { readonly since?: string; readonly until?: string };
  readonly to: { readonly since?: string; readonly until?: string };
  apply(values: Record<string, SharedValue | undefined>, context: MigrationContext): MigrationChange[];
}

const isSet = (value: SharedValue | undefined): value is SharedValue => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** A number typed in the form (`"0.1"`), or undefined. */
function numberOf(value: SharedValue | undefined): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** 4.57 and older group batches by length with a flag; 5.0 made it a sampling strategy. */
const groupByLengthUp: Migration = {
  id: 'group-by-length-to-strategy',
  from: { until: '5.0' },
  to: { since: '5.0' },
  apply: (values) => {
    const flag = values.group_by_length;
    if (!isSet(flag)) return [];
    delete values.group_by_length;
    if (flag !== true) {
      return [
        {
          field: 'group_by_length',
          message: 'group_by_length=False is the default sampling in 5.x; removed.',
          messageKo: '`group_by_length=False`는 5.x의 기본 샘플링이므로 지웠습니다.',
        },
      ];
    }
    values.train_sampling_strategy = 'group_by_length';
    return [
      {
        field: 'train_sampling_strategy',
        message: 'group_by_length=True became train_sampling_strategy="group_by_length" (5.0 replaced the flag with a strategy).',
        messageKo: '`group_by_length=True`를 `train_sampling_strategy="group_by_length"`로 바꿨습니다(5.0에서 플래그가 전략으로 바뀌었습니다).',
      },
    ];
  },
};

/** Back to 4.x: only the length-grouped strategy has a 4.x spelling. */
const groupByLengthDown: Migration = {
  id: 'strategy-to-group-by-length',
  from: { since: '5.0' },
  to: { until: '5.0' },
  apply: (values, { to }) => {
    const strategy = values.train_sampling_strategy;
    // KTOConfig declares the field itself on 4.x, so it stays.
    if (!isSet(strategy) || classFieldsFor(to.target, to.configClass).some((f) => f.name === 'train_sampling_strategy')) return [];
    delete values.train_sampling_strategy;
    if (strategy === 'group_by_length') {
      values.group_by_length = true;
      return [
        {
          field: 'group_by_length',
          message: 'train_sampling_strategy="group_by_length" became group_by_length=True (the 4.x spelling).',
          messageKo: '`train_sampling_strategy="group_by_length"`를 4.x 방식인 `group_by_length=True`로 바꿨습니다.',
        },
      ];
    }
    return [
      {
        field: 'train_sampling_strategy',
        message: `train_sampling_strategy="${String(strategy)}" has no 4.x equivalent (4.x always samples at random); removed.`,
        messageKo: `\`train_sampling_strategy="${String(strategy)}"\`는 4.x에 해당하는 설정이 없어(4.x는 항상 무작위 샘플링) 지웠습니다.`,
      },
    ];
  },
};

/**
 * 5.15 removed `warmup_ratio`: a `warmup_steps` below 1 is the ratio now. A ratio of 1.0 (warm up for the
 * whole run) cannot be written that way, since `warmup_steps=1.0` means one step: it becomes the run's step
 * count when the preview knows it, and is otherwise left for the user with a note.
 */
const warmupRatioToSteps: Migration = {
  id: 'warmup-ratio-to-fractional-steps',
  from: { until: '5.15' },
  to: { since: '5.15' },
  apply: (values, { totalSteps }) => {
    const raw = values.warmup_ratio;
    if (!isSet(raw)) return [];
    delete values.warmup_ratio;
    const ratio = numberOf(raw);
    if (ratio === undefined || ratio < 0 || ratio > 1) {
      return [
        {
          field: 'warmup_ratio',
          message: `warmup_ratio=${String(raw)} is not a ratio from 0 to 1, and 5.15 has no warmup_ratio; removed. Set warmup_steps instead.`,
          messageKo: `\`warmup_ratio=${String(raw)}\`는 0~1 사이 비율이 아니고 5.15에는 \`warmup_ratio\`가 없어 지웠습니다. 대신 \`warmup_steps\`를 설정하세요.`,
        },
      ];
    }
    if (ratio === 0) {
      return [
        {
          field: 'warmup_ratio',
          message: 'warmup_ratio=0 (no warmup) is the 5.15 default; removed.',
          messageKo: '`warmup_ratio=0`(웜업 없음)은 5.15의 기본값이라 지웠습니다.',
        },
      ];
    }
    if (ratio < 1) {
      values.warmup_steps = String(raw);
      return [
        {
          field: 'warmup_steps',
          message: `warmup_ratio=${String(raw)} became warmup_steps=${String(raw)}: from 5.15 a warmup_steps below 1 is a share of the run.`,
          messageKo: `\`warmup_ratio=${String(raw)}\`를 \`warmup_steps=${String(raw)}\`로 바꿨습니다. 5.15부터 1 미만의 \`warmup_steps\`는 전체 학습 대비 비율입니다.`,
        },
      ];
    }
    // ratio === 1: the whole run. warmup_steps=1.0 would be a single step.
    if (totalSteps !== undefined && totalSteps > 0) {
      values.warmup_steps = String(totalSteps);
      return [
        {
          field: 'warmup_steps',
          message: `warmup_ratio=1.0 (warm up for the whole run) became warmup_steps=${totalSteps}, the run's total optimizer steps. It is not warmup_steps=1.0, which in 5.15 means a single step. Update it if the run length changes.`,
          messageKo: `\`warmup_ratio=1.0\`(학습 전체 동안 웜업)을 이 학습의 전체 옵티마이저 스텝 수인 \`warmup_steps=${totalSteps}\`로 바꿨습니다. 5.15에서 \`warmup_steps=1.0\`은 한 스텝을 뜻하므로 그렇게 옮기지 않았습니다. 학습 길이가 바뀌면 이 값도 고치세요.`,
        },
      ];
    }
    return [
      {
        field: 'warmup_ratio',
        message:
          "warmup_ratio=1.0 (warm up for the whole run) has no fractional form in 5.15: warmup_steps=1.0 would be a single step. Removed; set warmup_steps to the run's total optimizer steps.",
        messageKo:
          '`warmup_ratio=1.0`(학습 전체 동안 웜업)은 5.15에서 비율로 쓸 수 없습니다. `warmup_steps=1.0`은 한 스텝이기 때문입니다. 지웠으니 `warmup_steps`를 전체 옵티마이저 스텝 수로 설정하세요.',
      },
    ];
  },
};

/** Back below 5.15: a fractional `warmup_steps` is written as `warmup_ratio` there (4.x takes only whole steps). */
const fractionalStepsToRatio: Migration = {
  id: 'fractional-steps-to-warmup-ratio',
  from: { since: '5.15' },
  to: { until: '5.15' },
  apply: (values) => {
    const steps = numberOf(values.warmup_steps);
    if (steps === undefined || steps <= 0 || steps >= 1) return [];
    values.warmup_ratio = values.warmup_steps;
    delete values.warmup_steps;
    return [
      {
        field: 'warmup_ratio',
        message: `warmup_steps=${String(values.warmup_ratio)} (a share of the run) became warmup_ratio=${String(values.warmup_ratio)}, the spelling before 5.15.`,
        messageKo: `\`warmup_steps=${String(values.warmup_ratio)}\`(전체 대비 비율)를 5.15 이전 방식인 \`warmup_ratio=${String(values.warmup_ratio)}\`로 바꿨습니다.`,
      },
    ];
  },
};

/** Every migration, applied in order when a switch crosses its ranges. Adding one is adding a row. */
export const MIGRATIONS: readonly Migration[] = [groupByLengthUp, groupByLengthDown, warmupRatioToSteps, fractionalStepsToRatio];

/**
 * Carries form values from one target and class to another: the table's migrations first, then every value
 * the destination has no field for is dropped, and each change is listed so the user can review or undo it.
 * @example migrateValues({ group_by_length: true }, { from: { target: '4.57', configClass: 'TrainingArguments' }, to: { target: '5.15-5.18', configClass: 'TrainingArguments' } })
 * // values { train_sampling_strategy: 'group_by_length' }, one change
 */
export function migrateValues(input: FormRecord, context: MigrationContext): { values: Record<string, SharedValue>; changes: MigrationChange[] } {
  const values: Record<string, SharedValue | undefined> = { ...input };
  const changes: MigrationChange[] = [];
  for (const migration of MIGRATIONS) {
    if (hasVersionRange(context.from.target, migration.from) && hasVersionRange(context.to.target, migration.to)) {
      changes.push(...migration.apply(values, context));
    }
  }
  const known = new Set(classFieldsFor(context.to.target, context.to.configClass).map((f) => f.name));
  const sourceKnown = new Set(classFieldsFor(context.from.target, context.from.configClass).map((f) => f.name));
  const out: Record<string, SharedValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    // Names the source did not know either (kept from an import) stay: the check keeps reporting them.
    if (known.has(name) || !sourceKnown.has(name)) {
      out[name] = value;
      continue;
    }
    if (!isSet(value)) continue;
    changes.push({
      field: name,
      message: `${name} is not an argument of ${context.to.configClass} on this release; removed.`,
      messageKo: `\`${name}\`는 이 릴리스의 ${context.to.configClass} 인자가 아니라서 지웠습니다.`,
    });
  }
  return { values: out, changes };
}
