import { isTruthy, type Kwargs, type PyValue } from '../py/py-value';
import { fieldsFor } from '../registry/registry';
import { DEFAULT_TARGET, hasVersionRange, perTarget, type Target, type VersionRange } from '../target/target';
import { JSON_STRING_FIELDS, parseDictString } from './coerce-json-string';
import { resolveFsdpV515 } from './fsdp-v5-15';
import { normalizeFsdp, normalizeFsdpConfig, splitWords } from './normalize-fsdp';
import type { Provenance, ResolvedConfig } from './provenance';
import type { ResolveState } from './resolve-state';
import {
  applyAdafactor,
  applyFp16Backend,
  applyHubAliases,
  applyIncludeInputs,
  applyNoCuda,
  applyTorchdynamo,
  applyTpuMetricsDebug,
  mergeLegacyFsdpArgs,
  normalizeFsdpV456,
  normalizeFsdpV457,
  normalizeReportToV4,
} from './v4-post-init';

export interface ResolveOptions {
  /** The release whose `__post_init__` runs (the default target when absent). */
  readonly target?: Target;
  /** Defaults a config class puts in place of the library's (`SFTConfig`'s `logging_steps` 10). */
  readonly defaults?: Readonly<Record<string, PyValue>>;
}

/** One step of `__post_init__`, with the releases that have it. */
interface ResolveStep extends VersionRange {
  readonly name: string;
  apply(state: ResolveState): void;
}

/** Schedulers driven by the evaluation metric, for which the library fills in `metric_for_best_model`. */
const METRIC_DRIVEN_SCHEDULERS: ReadonlySet<PyValue> = new Set(['reduce_lr_on_plateau', 'greedy']);

/**
 * The steps of `__post_init__` in the library's order. Each names the releases that have it; a target runs
 * exactly the steps whose range holds it, so a new release that changes the resolution is new entries here.
 */
const RESOLVE_STEPS: readonly ResolveStep[] = [
  { name: 'output-dir', apply: ({ values: v, derive }) => v.output_dir === null && derive('output_dir', 'trainer_output') },
  {
    name: 'json-strings',
    apply: ({ values: v, normalize }) => {
      for (const name of JSON_STRING_FIELDS) {
        const parsed = parseDictString(v[name]);
        if (parsed !== undefined) normalize(name, parsed);
      }
    },
  },
  // 4.x fills an empty logging_dir with `<output_dir>/runs/<date-time>_<host>`; that depends on the clock and
  // the machine, so the resolved value stays empty rather than pretend to know it.
  // The default logger level is WARNING, which is not above WARNING, so progress bars stay on.
  { name: 'disable-tqdm', apply: ({ values: v, derive }) => v.disable_tqdm === null && derive('disable_tqdm', false) },
  { name: 'no-cuda', until: '5.0', apply: applyNoCuda },
  {
    name: 'warmup-ratio-overrides-steps',
    since: '5.0',
    until: '5.15',
    apply: ({ values: v, derive }) => v.warmup_ratio !== null && v.warmup_ratio !== undefined && derive('warmup_steps', v.warmup_ratio),
  },
  {
    name: 'tokens-seen-modes',
    since: '4.57',
    apply: ({ values: v, normalize }) => {
      if (typeof v.include_num_input_tokens_seen === 'boolean') normalize('include_num_input_tokens_seen', v.include_num_input_tokens_seen ? 'all' : 'no');
    },
  },
  { name: 'do-eval', apply: ({ values: v, derive }) => v.do_eval === false && v.eval_strategy !== 'no' && derive('do_eval', true) },
  {
    name: 'eval-steps-fallback',
    apply: ({ values: v, derive }) => {
      if (v.eval_strategy !== 'steps' || !(v.eval_steps === null || v.eval_steps === 0)) return;
      if (typeof v.logging_steps === 'number' && v.logging_steps > 0) derive('eval_steps', v.logging_steps);
    },
  },
  {
    name: 'metric-for-best-model',
    apply: ({ values: v, derive }) => {
      if (v.metric_for_best_model === null && (v.load_best_model_at_end === true || METRIC_DRIVEN_SCHEDULERS.has(v.lr_scheduler_type ?? null))) {
        derive('metric_for_best_model', 'loss');
      }
      if (v.greater_is_better === null && typeof v.metric_for_best_model === 'string') {
        derive('greater_is_better', !v.metric_for_best_model.endsWith('loss'));
      }
    },
  },
  { name: 'fp16-backend', until: '5.0', apply: applyFp16Backend },
  { name: 'adafactor', until: '5.0', apply: applyAdafactor },
  // 4.56 turns the token averaging off when the world size is 1, which every supported profile has.
  {
    name: 'single-process-averaging',
    until: '4.57',
    apply: ({ values: v, derive }) => isTruthy(v.average_tokens_across_devices ?? null) && derive('average_tokens_across_devices', false),
  },
  // 4.x device setup stores the process's local index, 0 for a single process.
  { name: 'local-rank', until: '5.0', apply: ({ derive }) => derive('local_rank', 0) },
  { name: 'torchdynamo', until: '5.0', apply: applyTorchdynamo },
  {
    name: 'torch-compile',
    apply: ({ values: v, derive }) => {
      // `is not None`, so even an empty mode or backend switches compilation on.
      if ((v.torch_compile_mode !== null || v.torch_compile_backend !== null) && !isTruthy(v.torch_compile ?? null)) derive('torch_compile', true);
      // Only an Intel Gaudi (HPU) machine gets "hpu_backend"; none of the supported profiles is one.
      if (isTruthy(v.torch_compile ?? null) && v.torch_compile_backend === null) derive('torch_compile_backend', 'inductor');
    },
  },
  { name: 'report-to', until: '5.0', apply: ({ values: v, normalize }) => normalize('report_to', normalizeReportToV4(v.report_to ?? null)) },
  { name: 'report-to', since: '5.0', apply: ({ values: v, normalize }) => normalize('report_to', normalizeReportTo(v.report_to ?? null)) },
  { name: 'fsdp', until: '4.57', apply: ({ values: v, normalize }) => normalize('fsdp', normalizeFsdpV456(v.fsdp ?? null)) },
  { name: 'fsdp', since: '4.57', until: '5.0', apply: ({ values: v, normalize }) => normalize('fsdp', normalizeFsdpV457(v.fsdp ?? null)) },
  { name: 'fsdp', since: '5.0', until: '5.15', apply: ({ values: v, normalize }) => normalize('fsdp', normalizeFsdp(v.fsdp)) },
  // 4.56 strips the fsdp_ prefixes of a dict config too, not only of a file's (the 4.x vectors show it), and,
  // unlike ≈4.50, it no longer copies output_dir into an empty run_name.
  { name: 'fsdp-config', until: '5.15', apply: ({ values: v, normalize }) => normalize('fsdp_config', normalizeFsdpConfig(v.fsdp_config)) },
  { name: 'fsdp-rewrite', since: '5.15', apply: resolveFsdpV515 },
  {
    name: 'legacy-fsdp-args',
    until: '5.0',
    apply: ({ values: v, derive }) => {
      const minNumParams = v.fsdp_min_num_params ?? null;
      const layerClass = v.fsdp_transformer_layer_cls_to_wrap ?? null;
      if (minNumParams !== 0 || layerClass !== null) derive('fsdp_config', mergeLegacyFsdpArgs(v.fsdp_config ?? null, minNumParams, layerClass));
    },
  },
  { name: 'tpu-metrics-debug', until: '5.0', apply: applyTpuMetricsDebug },
  {
    name: 'debug',
    apply: ({ values: v, normalize }) => {
      if (typeof v.debug === 'string') normalize('debug', splitWords(v.debug));
      else if (v.debug === null) normalize('debug', []);
    },
  },
  {
    name: 'cpu-pin-memory',
    apply: ({ values: v, derive }) => isTruthy(v.use_cpu ?? null) && v.dataloader_pin_memory !== false && derive('dataloader_pin_memory', false),
  },
  { name: 'hub-aliases', until: '5.0', apply: applyHubAliases },
  { name: 'include-inputs', until: '5.0', apply: applyIncludeInputs },
];

/** The steps a target runs, in order, picked once per target. */
const stepsOf = perTarget((target) => RESOLVE_STEPS.filter((step) => hasVersionRange(target, step)));

/** The names of the resolve steps a target runs, in order (for tests and docs). */
export function resolveStepsFor(target: Target): readonly string[] {
  return stepsOf(target).map((step) => step.name);
}

/**
 * What `TrainingArguments(**input)` holds once `__post_init__` has run, in the library's order, with where
 * each value came from, for the targeted release (its fields, defaults and normalisation). Never throws and
 * never mutates: values the library would reject are carried through as given, and the rules report them.
 * The hardware does not change any field value on the supported profiles (only an Intel Gaudi machine would
 * pick another compile backend), so it is not an input here.
 * @example resolveConfig(kwargs({ eval_strategy: 'steps', logging_steps: 50 })).values.eval_steps // 50
 */
export function resolveConfig(input: Kwargs, options: ResolveOptions = {}): ResolvedConfig {
  const target = options.target ?? DEFAULT_TARGET;
  const v: Record<string, PyValue> = {};
  const provenance: Record<string, Provenance> = {};
  for (const field of fieldsFor(target)) {
    const given = Object.hasOwn(input.values, field.name);
    const fallback = options.defaults && Object.hasOwn(options.defaults, field.name) ? (options.defaults[field.name] ?? null) : field.default;
    // Only lists and dicts need a copy of their own (a step may change them); cloning every scalar was a large share of the cost.
    v[field.name] = given ? (input.values[field.name] ?? null) : typeof fallback === 'object' && fallback !== null ? structuredClone(fallback) : fallback;
    provenance[field.name] = given ? 'user' : 'default';
  }
  const state: ResolveState = {
    values: v,
    derive: (name, value) => {
      v[name] = value;
      if (provenance[name] === 'default' || !sameValue(input.values[name], value)) provenance[name] = 'derived';
    },
    normalize: (name, value) => {
      v[name] = value;
    },
  };
  for (const step of stepsOf(target)) step.apply(state);
  return { values: v, provenance };
}

/** `report_to` after the v5 `__post_init__`: "all" → installed integrations (none on the reference machine), "none" → []. */
function normalizeReportTo(value: PyValue): PyValue {
  if (value === 'all' || value === 'none') return [];
  if (Array.isArray(value)) {
    if (value.length === 1 && (value[0] === 'all' || value[0] === 'none')) return [];
    return value;
  }
  // v5 no longer maps None to "all": it wraps it, giving [None], which the Trainer then rejects.
  return [value];
}

function sameValue(a: PyValue | undefined, b: PyValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
