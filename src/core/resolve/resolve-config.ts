import { isTruthy, type Kwargs, type PyValue } from '../py/py-value';
import { fieldsFor } from '../registry/registry';
import { DEFAULT_TARGET, type Target } from '../target/target';
import { JSON_STRING_FIELDS, parseDictString } from './coerce-json-string';
import { normalizeFsdp, normalizeFsdpConfig, splitWords } from './normalize-fsdp';
import type { Provenance, ResolvedConfig } from './provenance';
import type { ResolveState } from './resolve-state';
import {
  applyAdafactor,
  applyFp16Backend,
  applyHubAliases,
  applyIncludeInputs,
  applyNoCuda,
  applySingleProcess,
  applyTorchdynamo,
  applyTpuMetricsDebug,
  mergeLegacyFsdpArgs,
  normalizeFsdpV4,
  normalizeReportToV4,
} from './v4-post-init';

export interface ResolveOptions {
  /** The release whose `__post_init__` runs (v5 by default). */
  readonly target?: Target;
  /** Defaults a config class puts in place of the library's (`SFTConfig`'s `logging_steps` 10). */
  readonly defaults?: Readonly<Record<string, PyValue>>;
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
  const v4 = target === 'v4';
  const v: Record<string, PyValue> = {};
  const provenance: Record<string, Provenance> = {};
  for (const field of fieldsFor(target)) {
    const given = Object.hasOwn(input.values, field.name);
    const fallback = options.defaults && Object.hasOwn(options.defaults, field.name) ? (options.defaults[field.name] ?? null) : field.default;
    v[field.name] = given ? (input.values[field.name] ?? null) : structuredClone(fallback);
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
  const { derive, normalize } = state;

  if (v.output_dir === null) derive('output_dir', 'trainer_output');
  for (const name of JSON_STRING_FIELDS) {
    const parsed = parseDictString(v[name]);
    if (parsed !== undefined) normalize(name, parsed);
  }
  // 4.x fills an empty logging_dir with `<output_dir>/runs/<date-time>_<host>`; that depends on the clock and
  // the machine, so the resolved value stays empty rather than pretend to know it.
  // The default logger level is WARNING, which is not above WARNING, so progress bars stay on.
  if (v.disable_tqdm === null) derive('disable_tqdm', false);
  if (v4) applyNoCuda(state);
  else {
    if (v.warmup_ratio !== null && v.warmup_ratio !== undefined) derive('warmup_steps', v.warmup_ratio);
    if (typeof v.include_num_input_tokens_seen === 'boolean') {
      normalize('include_num_input_tokens_seen', v.include_num_input_tokens_seen ? 'all' : 'no');
    }
  }

  if (v.do_eval === false && v.eval_strategy !== 'no') derive('do_eval', true);
  if (v.eval_strategy === 'steps' && (v.eval_steps === null || v.eval_steps === 0)) {
    if (typeof v.logging_steps === 'number' && v.logging_steps > 0) derive('eval_steps', v.logging_steps);
  }
  if (v.metric_for_best_model === null && (v.load_best_model_at_end === true || v.lr_scheduler_type === 'reduce_lr_on_plateau')) {
    derive('metric_for_best_model', 'loss');
  }
  if (v.greater_is_better === null && typeof v.metric_for_best_model === 'string') {
    derive('greater_is_better', !v.metric_for_best_model.endsWith('loss'));
  }
  if (v4) {
    applyFp16Backend(state);
    applyAdafactor(state);
    applySingleProcess(state);
    applyTorchdynamo(state);
  }

  // `is not None`, so even an empty mode or backend switches compilation on.
  if ((v.torch_compile_mode !== null || v.torch_compile_backend !== null) && !isTruthy(v.torch_compile ?? null)) {
    derive('torch_compile', true);
  }
  // Only an Intel Gaudi (HPU) machine gets "hpu_backend"; none of the supported profiles is one.
  if (isTruthy(v.torch_compile ?? null) && v.torch_compile_backend === null) derive('torch_compile_backend', 'inductor');
  normalize('report_to', v4 ? normalizeReportToV4(v.report_to ?? null) : normalizeReportTo(v.report_to ?? null));

  normalize('fsdp', v4 ? normalizeFsdpV4(v.fsdp ?? null) : normalizeFsdp(v.fsdp));
  // 4.56 strips the fsdp_ prefixes of a dict config too, not only of a file's (the 4.x vectors show it), and,
  // unlike ≈4.50, it no longer copies output_dir into an empty run_name.
  normalize('fsdp_config', normalizeFsdpConfig(v.fsdp_config));
  if (v4) {
    const minNumParams = v.fsdp_min_num_params ?? null;
    const layerClass = v.fsdp_transformer_layer_cls_to_wrap ?? null;
    if (minNumParams !== 0 || layerClass !== null) derive('fsdp_config', mergeLegacyFsdpArgs(v.fsdp_config ?? null, minNumParams, layerClass));
    applyTpuMetricsDebug(state);
  }
  if (typeof v.debug === 'string') normalize('debug', splitWords(v.debug));
  else if (v.debug === null) normalize('debug', []);
  if (isTruthy(v.use_cpu ?? null) && v.dataloader_pin_memory !== false) derive('dataloader_pin_memory', false);
  if (v4) {
    applyHubAliases(state);
    applyIncludeInputs(state);
  }
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
