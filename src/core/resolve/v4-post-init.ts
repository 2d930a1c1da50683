import { isDict, isTruthy, type PyDict, type PyValue } from '../py/py-value';
import type { ResolveState } from './resolve-state';

/**
 * The steps of the 4.56 `__post_init__` that v5 no longer has, each applied where 4.56 applies it. The
 * deprecated aliases copy into their replacements; the warnings they print are the rules' business.
 */

/**
 * `no_cuda=True` becomes `use_cpu=True`, early, so the CPU-only consequences follow it.
 * @example applyNoCuda(state) // with no_cuda=True: state.values.use_cpu === true
 */
export function applyNoCuda({ values, derive }: ResolveState): void {
  if (isTruthy(values.no_cuda)) derive('use_cpu', values.no_cuda ?? null);
}

/**
 * `fp16_backend` other than "auto" replaces `half_precision_backend`.
 * @example applyFp16Backend(state) // with fp16_backend="cpu_amp": state.values.half_precision_backend === 'cpu_amp'
 */
export function applyFp16Backend({ values, derive }: ResolveState): void {
  if (isTruthy(values.fp16_backend) && values.fp16_backend !== 'auto') derive('half_precision_backend', values.fp16_backend ?? null);
}

/**
 * `adafactor=True` is checked after `optim`, so it wins over any optimizer chosen there.
 * @example applyAdafactor(state) // with adafactor=True: state.values.optim === 'adafactor'
 */
export function applyAdafactor({ values, derive }: ResolveState): void {
  if (isTruthy(values.adafactor)) derive('optim', 'adafactor');
}

/**
 * `torchdynamo` (`is not None`) becomes the compile backend, before compilation is switched on from it.
 * @example applyTorchdynamo(state) // with torchdynamo="eager": state.values.torch_compile_backend === 'eager'
 */
export function applyTorchdynamo({ values, derive }: ResolveState): void {
  if (values.torchdynamo !== null && values.torchdynamo !== undefined) derive('torch_compile_backend', values.torchdynamo);
}

/**
 * `report_to` in 4.x: None and "all" mean every installed integration (none on the reference machine).
 * @example normalizeReportToV4(null) // []
 */
export function normalizeReportToV4(value: PyValue): PyValue {
  if (value === null || value === 'all' || value === 'none') return [];
  if (Array.isArray(value)) return value.length === 1 && (value[0] === 'all' || value[0] === 'none') ? [] : value;
  return [value];
}

/**
 * `fsdp` in 4.56: a bool becomes ["full_shard"] or "", a string is split, a list is kept. None is left as it
 * is: 4.56 then fails on `in None` (the fsdp-none rule).
 * @example normalizeFsdpV456(false) // []
 */
export function normalizeFsdpV456(value: PyValue): PyValue {
  if (value === true) return ['full_shard'];
  if (value === false) return [];
  if (typeof value === 'string') return value.split(/\s+/).filter((word) => word !== '');
  return value;
}

/**
 * `fsdp` in 4.57: None becomes [], True ["full_shard"], a string is split, a list is kept. False is left as it
 * is: 4.57 then fails on `in False` (the fsdp-none rule).
 * @example normalizeFsdpV457(null) // []
 */
export function normalizeFsdpV457(value: PyValue): PyValue {
  if (value === null) return [];
  if (value === true) return ['full_shard'];
  if (typeof value === 'string') return value.split(/\s+/).filter((word) => word !== '');
  return value;
}

/**
 * Merges the two deprecated FSDP arguments into an `fsdp_config` that already had its prefixes stripped:
 * `min_num_params` becomes the larger of both, and the layer class is appended to the list. Values the
 * library could not compare or concatenate are left for the rules.
 * @example mergeLegacyFsdpArgs({ min_num_params: 10 }, 5, 'BertLayer') // { min_num_params: 10, transformer_layer_cls_to_wrap: ['BertLayer'] }
 */
export function mergeLegacyFsdpArgs(config: PyValue, minNumParams: PyValue, layerClass: PyValue): PyValue {
  if (!isDict(config)) return config;
  const out: PyDict = { ...config };
  const current = Object.hasOwn(out, 'min_num_params') ? out.min_num_params : 0;
  // Python's max() keeps the first of equal values, so only a strictly larger legacy value replaces it.
  if (typeof current === 'number' && typeof minNumParams === 'number') out.min_num_params = minNumParams > current ? minNumParams : current;
  if (typeof out.transformer_layer_cls_to_wrap === 'string') out.transformer_layer_cls_to_wrap = [out.transformer_layer_cls_to_wrap];
  if (layerClass !== null && layerClass !== undefined) {
    const existing = Object.hasOwn(out, 'transformer_layer_cls_to_wrap') ? out.transformer_layer_cls_to_wrap : [];
    if (Array.isArray(existing)) out.transformer_layer_cls_to_wrap = [...existing, layerClass];
  }
  return out;
}

/**
 * `tpu_metrics_debug=True` appends the option to `debug` (as text: `+=` on a list adds its characters) and resets itself.
 * @example applyTpuMetricsDebug(state) // with debug="underflow_overflow": state.values.debug === 'underflow_overflow tpu_metrics_debug'
 */
export function applyTpuMetricsDebug({ values, derive }: ResolveState): void {
  if (!isTruthy(values.tpu_metrics_debug)) return;
  const debug = values.debug ?? null;
  const suffix = ' tpu_metrics_debug';
  if (debug === null) derive('debug', suffix);
  else if (typeof debug === 'string') derive('debug', debug + suffix);
  else if (Array.isArray(debug)) derive('debug', [...debug, ...suffix]);
  derive('tpu_metrics_debug', false);
}

/**
 * The deprecated Hub arguments: the token is copied, and the organization (with the model id, or the output folder) names the repository.
 * @example applyHubAliases(state) // with push_to_hub_organization="org", output_dir="runs/a": state.values.hub_model_id === 'org/a'
 */
export function applyHubAliases({ values, derive }: ResolveState): void {
  if (values.push_to_hub_token !== null && values.push_to_hub_token !== undefined) derive('hub_token', values.push_to_hub_token);
  const modelId = values.push_to_hub_model_id ?? null;
  const organization = values.push_to_hub_organization ?? null;
  if (modelId !== null) {
    // Without an organization the library asks the Hub for the user name; offline that is unknown, so the bare id stays.
    derive('hub_model_id', typeof organization === 'string' ? `${organization}/${String(modelId)}` : modelId);
  } else if (organization !== null) {
    derive('hub_model_id', `${String(organization)}/${lastPathPart(values.output_dir ?? null)}`);
  }
}

/** `Path(output_dir).name` on POSIX: the last component, ignoring trailing slashes and `.` parts. */
function lastPathPart(outputDir: PyValue): string {
  if (typeof outputDir !== 'string') return '';
  return (
    outputDir
      .split('/')
      .filter((part) => part !== '' && part !== '.')
      .at(-1) ?? ''
  );
}

/**
 * `include_inputs_for_metrics=True` appends "inputs" to the metric inputs (even when it is already there).
 * @example applyIncludeInputs(state) // with include_for_metrics=["loss"]: state.values.include_for_metrics is ['loss', 'inputs']
 */
export function applyIncludeInputs({ values, derive }: ResolveState): void {
  if (!isTruthy(values.include_inputs_for_metrics)) return;
  const current = values.include_for_metrics;
  if (Array.isArray(current)) derive('include_for_metrics', [...current, 'inputs']);
}
