import { classFieldsFor } from '../config-class/class-registry';
import type { SharedValue } from '../share/share-state';
import { message, type Message, type MessageCode, type NoParams } from '../i18n/messages/message';
import { hasVersionRange, type Target } from '../target/target';

/** Where the values are and where they go: a release target and a config class. */
export interface Schema {
  readonly target: Target;
  readonly configClass: string;
}

/** One change a switch made to the values, said by message code (the migration's id, or `migrate.dropped`). */
export interface MigrationChange {
  readonly field: string;
  readonly text: Message;
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
  /** Every message code its changes use. */
  readonly messages: readonly MessageCode[];
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
  messages: ['group-by-length-to-strategy', 'group-by-length-to-strategy.default'],
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
          text: message('group-by-length-to-strategy.default', {}),
        },
      ];
    }
    values.train_sampling_strategy = 'group_by_length';
    return [
      {
        field: 'train_sampling_strategy',
        text: message('group-by-length-to-strategy', {}),
      },
    ];
  },
};

/** Back to 4.x: only the length-grouped strategy has a 4.x spelling. */
const groupByLengthDown: Migration = {
  id: 'strategy-to-group-by-length',
  messages: ['strategy-to-group-by-length', 'strategy-to-group-by-length.dropped'],
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
          text: message('strategy-to-group-by-length', {}),
        },
      ];
    }
    return [
      {
        field: 'train_sampling_strategy',
        text: message('strategy-to-group-by-length.dropped', { strategy: String(strategy) }),
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
  messages: [
    'warmup-ratio-to-fractional-steps',
    'warmup-ratio-to-fractional-steps.not-ratio',
    'warmup-ratio-to-fractional-steps.zero',
    'warmup-ratio-to-fractional-steps.whole-run',
    'warmup-ratio-to-fractional-steps.whole-run-unknown',
  ],
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
          text: message('warmup-ratio-to-fractional-steps.not-ratio', { raw: String(raw) }),
        },
      ];
    }
    if (ratio === 0) {
      return [
        {
          field: 'warmup_ratio',
          text: message('warmup-ratio-to-fractional-steps.zero', {}),
        },
      ];
    }
    if (ratio < 1) {
      values.warmup_steps = String(raw);
      return [
        {
          field: 'warmup_steps',
          text: message('warmup-ratio-to-fractional-steps', { raw: String(raw) }),
        },
      ];
    }
    // ratio === 1: the whole run. warmup_steps=1.0 would be a single step.
    if (totalSteps !== undefined && totalSteps > 0) {
      values.warmup_steps = String(totalSteps);
      return [
        {
          field: 'warmup_steps',
          text: message('warmup-ratio-to-fractional-steps.whole-run', { totalSteps }),
        },
      ];
    }
    return [
      {
        field: 'warmup_ratio',
        text: message('warmup-ratio-to-fractional-steps.whole-run-unknown', {}),
      },
    ];
  },
};

/** Back below 5.15: a fractional `warmup_steps` is written as `warmup_ratio` there (4.x takes only whole steps). */
const fractionalStepsToRatio: Migration = {
  id: 'fractional-steps-to-warmup-ratio',
  messages: ['fractional-steps-to-warmup-ratio'],
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
        text: message('fractional-steps-to-warmup-ratio', { value: String(values.warmup_ratio) }),
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
      text: message('migrate.dropped', { name, configClass: context.to.configClass }),
    });
  }
  return { values: out, changes };
}

/** Codes besides the migrations' own: a value the destination has no field for, and the notice line framing a change. */
export const MIGRATE_CODES = ['migrate.dropped', 'migrate.notice'] as const;

declare module '../i18n/messages/message' {
  interface MessageParams {
    'group-by-length-to-strategy': NoParams;
    'group-by-length-to-strategy.default': NoParams;
    'strategy-to-group-by-length': NoParams;
    'strategy-to-group-by-length.dropped': { readonly strategy: string };
    /** `raw`: the ratio as the form holds it. */
    'warmup-ratio-to-fractional-steps': { readonly raw: string };
    'warmup-ratio-to-fractional-steps.not-ratio': { readonly raw: string };
    'warmup-ratio-to-fractional-steps.zero': NoParams;
    'warmup-ratio-to-fractional-steps.whole-run': { readonly totalSteps: number };
    'warmup-ratio-to-fractional-steps.whole-run-unknown': NoParams;
    'fractional-steps-to-warmup-ratio': { readonly value: string };
    'migrate.dropped': { readonly name: string; readonly configClass: string };
    /** One line of the switch notice: the change's `field` and its `change` text. */
    'migrate.notice': { readonly field: string; readonly change: Message };
  }
}
