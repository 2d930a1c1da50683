import type { PyValue } from '../../core/py/py-value';
import { kwargs } from '../../core/py/py-value';
import { checkConfig } from '../../core/check/check-config';
import type { Schedule } from '../../core/schedule/compute-schedule';
import { computeSchedule } from '../../core/schedule/compute-schedule';
import { isBestSaves } from '../../core/schedule/events';
import { sample } from '../../core/schedule/lr-series';
import type { RunContext } from '../../core/schedule/run-context';
import { DEFAULT_RUN_CONTEXT } from '../../core/schedule/run-context';
import { parseArgs } from '../args';
import type { CliIo } from '../io';
import { CONFIG_HELP, readConfigClass } from '../config-option';
import { readKwargsFile } from '../read-kwargs';
import { readTarget, TARGET_HELP } from '../target-option';

/** Above this many updates the learning-rate list is sampled rather than printed whole. */
export const FULL_LR_LIMIT = 100_000;

export const SCHEDULE_HELP = `Usage: trainargs schedule FILE [--examples N] [--devices P] [--nodes K] [--every K] [--target RELEASE] [--config CLASS] [--json]

Works out a training run's schedule from TrainingArguments keyword arguments (a JSON object;
FILE "-" reads standard input): total optimizer steps, warmup, the learning rate at every update,
and the steps at which the Trainer logs, evaluates and saves checkpoints.
  --examples N   training examples in the dataset (default: the file's "dataset_size" key, else
                 ${DEFAULT_RUN_CONTEXT.examples}); "none" means an iterable dataset without a length (max_steps must be set)
  --devices P    devices (one process each) per node (default: the file's "devices" key, else ${DEFAULT_RUN_CONTEXT.devicesPerNode})
  --nodes K      nodes (default ${DEFAULT_RUN_CONTEXT.nodes}); processes = P × K
  --every K      print the learning rate of every K-th update only (1, 1+K, 1+2K, …, and the last)
${TARGET_HELP.replace('  --target     ', '  --target R     ')}${CONFIG_HELP.trimEnd()} (its defaults, e.g. TRL's logging_steps 10, set the log steps)
  --json         print {"total_steps", "warmup_steps", "updates_per_epoch", "lr", "log_steps",
                 "eval_steps", "save_steps", "kept_checkpoints"}
"lr" is the list of rates of updates 1..T, or an object {"update": rate} when sampled, or null for
reduce_lr_on_plateau (its rate follows the evaluation metric). Runs of more than ${FULL_LR_LIMIT.toLocaleString('en-US')} updates
are always sampled: without --every, K = ceil(T / ${FULL_LR_LIMIT.toLocaleString('en-US')}) is chosen and a notice goes to stderr.
With save_strategy "best", "save_steps" is null and "save_candidates" lists the evaluations that may save.
"kept_checkpoints" are the steps whose checkpoint-<step> folder remains after save_total_limit,
assuming the metric improves at every evaluation.
Exit status: 0 done, 1 the schedule cannot be worked out, 2 bad options or unreadable/invalid input.
`;

/**
 * `schedule FILE --examples N --devices P [--nodes K] [--every K] [--json]`: returns the exit status.
 * @example runSchedule(['args.json', '--examples', '10000', '--devices', '4', '--json'], processIo) // 0
 */
export function runSchedule(args: readonly string[], io: CliIo): number {
  const { positional, options } = parseArgs(args, ['examples', 'devices', 'nodes', 'every', 'target', 'config']);
  if (options.has('help')) {
    io.stdout(SCHEDULE_HELP);
    return 0;
  }
  const file = positional[0];
  if (file === undefined || positional.length > 1) {
    io.stderr(`${file === undefined ? 'missing FILE' : `unexpected argument "${positional[1]}"`}\n\n${SCHEDULE_HELP}`);
    return 2;
  }
  const release = readTarget(options, io);
  if (release === undefined) return 2;
  const { target } = release;
  const every = options.has('every') ? readCount(options.get('every'), 1) : null;
  if (typeof every === 'string') return usageError(io, `--every ${every}`);
  const read = readKwargsFile(file, io);
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return 2;
  }
  // The schedule vectors carry the run facts next to the kwargs; they are not TrainingArguments.
  const { dataset_size: datasetSize, devices, ...values } = read.input.values;
  const context = readContext(options, datasetSize, devices);
  if (typeof context === 'string') return usageError(io, context);
  const configClass = readConfigClass(options, target, io);
  if (configClass === undefined) return 2;
  // Resolved as the class builds the arguments, so its defaults (TRL's logging_steps 10, …) shape the run.
  const resolved = checkConfig(kwargs(values, read.input.floatWritten), { target, configClass }).resolved;
  const result = computeSchedule(resolved, context, { target });
  if (!result.ok) {
    io.stderr(`cannot work out the schedule: ${result.error.message}\n`);
    return 1;
  }
  const schedule = result.value;
  const T = schedule.plan.totalSteps;
  let stride = every;
  if (stride === null && T > FULL_LR_LIMIT && schedule.series !== null) {
    stride = Math.ceil(T / FULL_LR_LIMIT);
    io.stderr(`note: ${T} updates; printing the learning rate of every ${stride}th update (choose with --every)\n`);
  }
  io.stdout(options.has('json') ? `${JSON.stringify(scheduleJson(schedule, stride))}\n` : describeSchedule(schedule));
  return 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`${message}\n\n${SCHEDULE_HELP}`);
  return 2;
}

function readContext(options: ReadonlyMap<string, string | true>, datasetSize: PyValue | undefined, devices: PyValue | undefined): RunContext | string {
  const examples = options.get('examples') === 'none' ? null : readFact(options, 'examples', ['dataset_size', datasetSize], 0, DEFAULT_RUN_CONTEXT.examples);
  const devicesPerNode = readFact(options, 'devices', ['devices', devices], 1, DEFAULT_RUN_CONTEXT.devicesPerNode);
  const nodes = readFact(options, 'nodes', ['', undefined], 1, DEFAULT_RUN_CONTEXT.nodes);
  for (const fact of [examples, devicesPerNode, nodes]) if (typeof fact === 'string') return fact;
  return { examples: examples as number | null, devicesPerNode: devicesPerNode as number, nodes: nodes as number };
}

// A run fact from its option, else from the file, else the default; a string is the complaint about it.
function readFact(
  options: ReadonlyMap<string, string | true>,
  flag: string,
  [key, fromFile]: [string, PyValue | undefined],
  min: number,
  fallback: number | null,
): number | null | string {
  if (options.has(flag)) {
    const count = readCount(options.get(flag), min);
    return typeof count === 'string' ? `--${flag} ${count}` : count;
  }
  if (fromFile === undefined) return fallback;
  if (typeof fromFile === 'number' && Number.isSafeInteger(fromFile) && fromFile >= min) return fromFile;
  return `"${key}" in FILE needs a whole number ≥ ${min}, got ${JSON.stringify(fromFile)}`;
}

// A whole number ≥ min, or the complaint about it.
function readCount(value: string | true | undefined, min: number): number | string {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) {
    return `needs a whole number ≥ ${min}, got ${value === true || value === undefined ? 'nothing' : `"${value}"`}`;
  }
  const count = Number(value);
  return Number.isSafeInteger(count) && count >= min ? count : `needs a whole number ≥ ${min}, got ${value}`;
}

/**
 * The `--json` answer: the field names of the schedule acceptance vectors, plus the kept checkpoints.
 * @example scheduleJson(schedule, null).lr // [0, 2.5e-6, …] one rate per update
 */
export function scheduleJson(schedule: Schedule, every: number | null): Record<string, PyValue> {
  const { plan, series, timeline, retention } = schedule;
  const saves = timeline.saveSteps;
  const json: Record<string, PyValue> = {
    total_steps: plan.totalSteps,
    warmup_steps: plan.warmupSteps,
    updates_per_epoch: plan.updatesPerEpoch,
    lr: series === null ? null : every === null ? Array.from(series) : sampledRates(series, every),
    log_steps: [...timeline.logSteps],
    eval_steps: [...timeline.evalSteps],
    save_steps: isBestSaves(saves) ? null : [...saves],
    kept_checkpoints: [...retention.likely.kept],
  };
  if (isBestSaves(saves)) json.save_candidates = [...saves.candidates];
  return json;
}

function sampledRates(series: Float64Array, every: number): Record<string, PyValue> {
  const picked = sample(series, every);
  return Object.fromEntries(picked.updates.map((update, i) => [String(update), picked.values[i]!]));
}

function describeSchedule(schedule: Schedule): string {
  const { plan, lr, series, timeline, retention } = schedule;
  const lines = [
    `Total steps:      ${plan.totalSteps} (${plan.stepsFrom === 'max_steps' ? 'max_steps' : `num_train_epochs × ${plan.updatesPerEpoch} updates per epoch`})`,
    `Global batch:     ${plan.globalBatchFormula}`,
    `Warmup steps:     ${plan.warmupSteps}`,
    `Learning rate:    ${lr.type}${series === null ? `, at most ${lr.learningRate}, lowered on plateaus after evaluations` : `, first ${series[0]}, last ${series[series.length - 1]}`}`,
    `Logs:             ${listing(timeline.logSteps)}`,
    `Evaluations:      ${listing(timeline.evalSteps)}`,
    `Saves:            ${isBestSaves(timeline.saveSteps) ? `after an evaluation that sets a new best (${timeline.evalSteps.length} candidates)` : listing(timeline.saveSteps)}`,
    `Kept checkpoints: ${retention.likely.kept.map((step) => `checkpoint-${step}`).join(', ') || 'none'}`,
  ];
  for (const note of lr.notes) lines.push(`Note: ${note.message}`);
  return `${lines.join('\n')}\n`;
}

function listing(steps: readonly number[]): string {
  if (steps.length === 0) return 'none';
  const shown = steps.length <= 6 ? steps.join(', ') : `${steps.slice(0, 3).join(', ')}, …, ${steps.slice(-2).join(', ')}`;
  return `${steps.length} (${shown})`;
}
