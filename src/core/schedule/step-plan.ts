import type { PyValue } from '../py/py-value';
import { defaultValues } from '../registry/registry';
import type { EpochEnds, EpochShape } from './event-math';
import { countFiringSteps, epochAt, epochEnds } from './event-math';
import type { ResolvedArgs } from './read-args';
import { readChoice, readFlag, readInteger, readNumber, readOptionalNumber, readSplitBatches } from './read-args';
import type { RunContext } from './run-context';
import { CLASSIC_FLOW, type TrainerFlow } from './trainer-flow';
import { checkRunContext, processCount } from './run-context';
import type { Result } from './schedule-error';
import { fail, succeed } from './schedule-error';

export type IntervalStrategy = 'no' | 'steps' | 'epoch';
export type SaveStrategy = IntervalStrategy | 'best';
const INTERVAL: readonly IntervalStrategy[] = ['no', 'steps', 'epoch'];
const SAVE: readonly SaveStrategy[] = ['no', 'steps', 'epoch', 'best'];

/** Everything about the run's step counts that can be known before training starts. */
export interface StepPlan {
  readonly processes: number;
  readonly perDeviceBatch: number;
  readonly gradientAccumulation: number;
  readonly splitBatches: boolean;
  readonly dropLast: boolean;
  /** Examples consumed by one optimizer update across all processes. */
  readonly globalBatch: number;
  /** How `globalBatch` comes about, with field names and numbers, e.g. `per_device_train_batch_size (8) × … = 128`. */
  readonly globalBatchFormula: string;
  /** Batches in the unsharded loader (`null` without a dataset length). */
  readonly datasetBatches: number | null;
  /** Micro-batches one process draws per epoch (`len(train_dataloader)`; `null` without a length). */
  readonly batchesPerEpoch: number | null;
  /** Optimizer updates per epoch, U. Without a dataset length the library uses `max_steps` here. */
  readonly updatesPerEpoch: number;
  readonly hasLength: boolean;
  /** Optimizer updates in the run, T. */
  readonly totalSteps: number;
  readonly stepsFrom: 'max_steps' | 'num_train_epochs';
  /** Passes over the data that T amounts to (T / U, fractional when the last epoch is cut). */
  readonly epochs: number;
  /** Where epochs end (multiples of U, the last cut at T) and the library's `state.epoch` at the last one. */
  readonly epochEnds: EpochEnds;
  /** Warmup steps the scheduler receives, W. */
  readonly warmupSteps: number;
  readonly learningRate: number;
  readonly logging: { readonly strategy: IntervalStrategy; readonly interval: number | null; readonly firstStep: boolean };
  /**
   * `onStart`: `eval_on_start` on a Trainer that evaluates before the first step; `atLastStep`: the Trainer
   * also evaluates at the last step under the `steps` strategy when that step is not a multiple of the interval.
   */
  readonly evaluation: {
    readonly strategy: IntervalStrategy;
    readonly interval: number | null;
    readonly delay: number;
    readonly onStart: boolean;
    readonly atLastStep: boolean;
  };
  readonly saving: {
    readonly strategy: SaveStrategy;
    readonly interval: number | null;
    readonly totalLimit: number | null;
    readonly loadBestModelAtEnd: boolean;
    readonly metricForBestModel: string | null;
  };
  /** How many evaluations run during training. */
  readonly evaluations: number;
  /** How many checkpoints are written; `null` for `save_strategy="best"`, which depends on the metrics. */
  readonly checkpoints: number | null;
}

interface Batches {
  readonly datasetBatches: number | null;
  readonly batchesPerEpoch: number | null;
}

/**
 * Works out the run's step arithmetic as `Trainer` does: batches per process, updates per epoch,
 * total and warmup steps, and the logging/eval/save intervals with ratios turned into steps.
 * @example planSteps({ per_device_train_batch_size: 8, gradient_accumulation_steps: 4, warmup_steps: 0.1 },
 *   { examples: 10_000, devicesPerNode: 4, nodes: 1 }) // ok, value.totalSteps 237, value.warmupSteps 24
 */
export function planSteps(resolved: ResolvedArgs, context: RunContext, flow: TrainerFlow = CLASSIC_FLOW): Result<StepPlan> {
  const checked = checkRunContext(context);
  if (!checked.ok) return checked;
  const args: Record<string, PyValue> = { ...defaultValues(), ...resolved };

  const b = readInteger(args, 'per_device_train_batch_size');
  if (!b.ok) return b;
  if (b.value <= 0) return fail('train-batch-size-zero', `per_device_train_batch_size must be at least 1, got ${b.value}.`, ['per_device_train_batch_size']);
  const ga = readInteger(args, 'gradient_accumulation_steps');
  if (!ga.ok) return ga;
  if (ga.value <= 0) return fail('grad-accum-zero', `gradient_accumulation_steps must be at least 1, got ${ga.value}.`, ['gradient_accumulation_steps']);
  const epochsArg = readNumber(args, 'num_train_epochs');
  if (!epochsArg.ok) return epochsArg;
  const maxSteps = readInteger(args, 'max_steps');
  if (!maxSteps.ok) return maxSteps;
  const warmupArg = readNumber(args, 'warmup_steps');
  if (!warmupArg.ok) return warmupArg;
  if (warmupArg.value < 0) return fail('invalid-value', `warmup_steps must not be negative, got ${warmupArg.value}.`, ['warmup_steps']);
  const lr = readNumber(args, 'learning_rate');
  if (!lr.ok) return lr;

  const processes = processCount(context);
  const splitBatches = readSplitBatches(args);
  const dropLast = readFlag(args, 'dataloader_drop_last');
  const batches = countBatches(context.examples, b.value, processes, splitBatches, dropLast);
  const L = batches.batchesPerEpoch;
  if (L === null && maxSteps.value <= 0) {
    return fail('iterable-needs-max-steps', 'A dataset without a length needs max_steps > 0: the number of steps cannot be derived from epochs.', [
      'max_steps',
      'examples',
    ]);
  }
  if (L === 0) {
    return fail(
      'empty-epoch',
      `No process gets a single batch per epoch (${context.examples} examples, batch ${b.value}, ${processes} processes${dropLast ? ', drop_last' : ''}).`,
      ['per_device_train_batch_size', 'dataloader_drop_last', 'examples'],
    );
  }
  // Without a length the library treats max_steps as one (possibly endless) epoch.
  const U = L === null ? maxSteps.value : Math.max(Math.ceil(L / ga.value), 1);
  const stepsFrom = maxSteps.value > 0 ? 'max_steps' : 'num_train_epochs';
  const T = maxSteps.value > 0 ? maxSteps.value : Math.ceil(epochsArg.value * U);
  if (!(T >= 1)) return fail('no-training-steps', `num_train_epochs = ${epochsArg.value} gives no optimizer step.`, ['num_train_epochs', 'max_steps']);
  const W = warmupArg.value >= 1 ? Math.trunc(warmupArg.value) : Math.ceil(T * warmupArg.value);

  const rest = readIntervals(args, T, flow);
  if (!rest.ok) return rest;
  const shape: EpochShape = { totalSteps: T, updatesPerEpoch: U, microBatchesPerEpoch: L ?? U * ga.value, gradientAccumulation: ga.value };
  const ends = epochEnds(shape);
  const globalBatch = splitBatches ? b.value * ga.value : b.value * ga.value * processes;

  return succeed({
    processes,
    perDeviceBatch: b.value,
    gradientAccumulation: ga.value,
    splitBatches,
    dropLast,
    globalBatch,
    globalBatchFormula: batchFormula(b.value, ga.value, processes, splitBatches, globalBatch),
    ...batches,
    updatesPerEpoch: U,
    hasLength: L !== null,
    totalSteps: T,
    stepsFrom,
    epochs: T / U,
    epochEnds: ends,
    warmupSteps: W,
    learningRate: lr.value,
    ...rest.value,
    evaluations: countEvaluations(rest.value.evaluation, T, ends),
    checkpoints: countCheckpoints(rest.value.saving, T, ends.steps.length),
  });
}

function countBatches(examples: number | null, b: number, processes: number, split: boolean, dropLast: boolean): Batches {
  if (examples === null) return { datasetBatches: null, batchesPerEpoch: null };
  const B = dropLast ? Math.floor(examples / b) : Math.ceil(examples / b);
  // accelerate shards whole batches over processes (padding the short ones unless drop_last);
  // split_batches instead cuts every batch into per-process slices.
  const L = split ? B : dropLast ? Math.floor(B / processes) : Math.ceil(B / processes);
  return { datasetBatches: B, batchesPerEpoch: L };
}

function batchFormula(b: number, ga: number, processes: number, split: boolean, total: number): string {
  const terms = [`per_device_train_batch_size (${b})`, `gradient_accumulation_steps (${ga})`];
  if (!split) terms.push(`processes (${processes})`);
  return `${terms.join(' × ')} = ${total}`;
}

type Timing = Pick<StepPlan, 'logging' | 'evaluation' | 'saving'>;

function readIntervals(args: ResolvedArgs, T: number, flow: TrainerFlow): Result<Timing> {
  const logStrategy = readChoice(args, 'logging_strategy', INTERVAL, 'steps');
  if (!logStrategy.ok) return logStrategy;
  const evalStrategy = readChoice(args, 'eval_strategy', INTERVAL, 'no');
  if (!evalStrategy.ok) return evalStrategy;
  const saveStrategy = readChoice(args, 'save_strategy', SAVE, 'steps');
  if (!saveStrategy.ok) return saveStrategy;
  const logSteps = readOptionalNumber(args, 'logging_steps');
  if (!logSteps.ok) return logSteps;
  const evalSteps = readOptionalNumber(args, 'eval_steps');
  if (!evalSteps.ok) return evalSteps;
  const saveSteps = readOptionalNumber(args, 'save_steps');
  if (!saveSteps.ok) return saveSteps;
  const delay = readNumber(args, 'eval_delay');
  if (!delay.ok) return delay;
  const limit = readOptionalNumber(args, 'save_total_limit');
  if (!limit.ok) return limit;
  const metric = args.metric_for_best_model;
  // The library copies logging_steps into a missing eval_steps; repeat it for records that skipped resolution.
  const evalFallback = evalStrategy.value === 'steps' && (evalSteps.value === null || evalSteps.value === 0);
  const evalInterval = evalFallback ? logSteps.value : evalSteps.value;
  return succeed({
    logging: { strategy: logStrategy.value, interval: absolute(logSteps.value, T), firstStep: readFlag(args, 'logging_first_step') },
    evaluation: {
      strategy: evalStrategy.value,
      interval: absolute(evalInterval, T),
      delay: delay.value,
      onStart: flow.evalOnStart && readFlag(args, 'eval_on_start'),
      atLastStep: flow.finalStepEval,
    },
    saving: {
      strategy: saveStrategy.value,
      interval: absolute(saveSteps.value, T),
      totalLimit: limit.value,
      loadBestModelAtEnd: readFlag(args, 'load_best_model_at_end'),
      metricForBestModel: typeof metric === 'string' ? metric : null,
    },
  });
}

/** `TrainerState.compute_steps`: a value below 1 is a fraction of the total steps, rounded up. */
function absolute(value: number | null, T: number): number | null {
  if (value === null) return null;
  return value < 1 ? Math.ceil(T * value) : value;
}

function countEvaluations(evaluation: Timing['evaluation'], T: number, ends: EpochEnds): number {
  const start = evaluation.onStart ? 1 : 0;
  if (evaluation.strategy === 'steps') {
    return start + countFiringSteps(evaluation.interval ?? 0, T, evaluation.delay) + (lastStepEvaluates(evaluation, T) ? 1 : 0);
  }
  if (evaluation.strategy === 'no') return start;
  return start + ends.steps.filter((_, i) => evaluation.delay <= epochAt(ends, i)).length;
}

/**
 * Whether the last step gets the extra evaluation of the 5.15+ `DefaultFlowCallback`: under the `steps`
 * strategy, when T is not a multiple of the interval (else it already evaluates) and `eval_delay` ≤ T.
 * @example lastStepEvaluates({ strategy: 'steps', interval: 30, delay: 0, onStart: false, atLastStep: true }, 100) // true
 */
export function lastStepEvaluates(evaluation: StepPlan['evaluation'], T: number): boolean {
  const interval = evaluation.interval ?? 0;
  return evaluation.atLastStep && evaluation.strategy === 'steps' && interval > 0 && T % interval !== 0 && evaluation.delay <= T;
}

function countCheckpoints(saving: Timing['saving'], T: number, epochCount: number): number | null {
  if (saving.strategy === 'best') return null;
  if (saving.strategy === 'epoch') return epochCount;
  if (saving.strategy === 'no') return 0;
  const interval = saving.interval ?? 0;
  // Periodic saves need a positive interval; the final step is always saved, once.
  if (!(interval > 0)) return 1;
  return countFiringSteps(interval, T) + (T % interval === 0 ? 0 : 1);
}
