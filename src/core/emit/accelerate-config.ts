import { isDict, isTruthy, kwargs, type Kwargs, type PyDict, type PyValue } from '../py/py-value';
import { pythonText } from '../py/python-text';
import { EN_MESSAGES } from '../i18n/messages/en';
import { message, renderMessage } from '../i18n/messages/message';
import { resolveConfig } from '../resolve/resolve-config';
import { fsdpVersionOf } from '../resolve/fsdp-v5-15';
import { buildsFsdpPlugin, fsdpConfig, fsdpOn, fsdpOptions, strToBool } from '../rules/fsdp-values';
import { DEFAULT_TARGET, hasVersionRange, type Target } from '../target/target';
import { givenOrDefault, wholeAtLeastOne, type ConfigFileOptions, type ConfigFileText, type EmitNote } from './config-file';
import type { RejectedFix } from './emit-notes';

/** accelerate's auto-wrap policies, in its order (the first is the library's default). */
const AUTO_WRAP_POLICIES: readonly string[] = ['TRANSFORMER_BASED_WRAP', 'SIZE_BASED_WRAP', 'NO_WRAP'];
const SHARDING_STRATEGIES: readonly string[] = ['FULL_SHARD', 'SHARD_GRAD_OP', 'NO_SHARD', 'HYBRID_SHARD', 'HYBRID_SHARD_ZERO2'];
const DEFAULT_PORT = 29500;
const FILE_NAME = 'accelerate_fsdp.yaml';

type YamlScalar = string | number | boolean;

/** What the file says about FSDP, in accelerate's key spelling, and what could not be carried over. */
interface FsdpSettings {
  readonly keys: Record<string, YamlScalar>;
  readonly notes: EmitNote[];
}

/**
 * An accelerate config (`accelerate launch --config_file`) for an FSDP run of these arguments: `distributed_type:
 * FSDP`, the processes and machines of the run, `mixed_precision` from bf16 / fp16, and `fsdp_config` in
 * accelerate's spelling with the values the target's TrainingArguments hand to accelerate (5.15+ builds the FSDP
 * plugin from `fsdp_config`, FSDP2 by default; older releases translate the `fsdp` options, FSDP1). Values the
 * library would reject are left out and named in the notes, never guessed: `fsdp_config` takes no "auto".
 * @example emitAccelerateConfig(kwargs({ fsdp: true, bf16: true }), { devicesPerNode: 8 }).text // includes 'distributed_type: "FSDP"'
 */
export function emitAccelerateConfig(input: Kwargs, options: ConfigFileOptions = {}): ConfigFileText {
  const target = options.target ?? DEFAULT_TARGET;
  const perNode = wholeAtLeastOne(options.devicesPerNode);
  const nodes = wholeAtLeastOne(options.nodes);
  const resolved = resolveConfig(kwargs({ ...input.values }, input.floatWritten), { target }).values;
  const notes: EmitNote[] = [];
  const fsdp = fsdpOn(resolved)
    ? fsdpSettings(resolved, target)
    : { keys: hasVersionRange(target, { since: '5.15' }) ? { fsdp_version: 2 } : {}, notes: [NOTES.fsdpOff] };
  notes.push(...fsdp.notes);
  const top: [string, YamlScalar][] = [
    ['compute_environment', 'LOCAL_MACHINE'],
    ['distributed_type', 'FSDP'],
    ['mixed_precision', mixedPrecision(input, options)],
    ['num_machines', nodes],
    ['num_processes', perNode * nodes],
    ['machine_rank', 0],
  ];
  if (nodes > 1) {
    top.push(['main_process_port', DEFAULT_PORT], ['rdzv_backend', 'static'], ['same_network', true]);
    notes.push(NOTES.multiNode);
  }
  if (perNode * nodes === 1) notes.push(NOTES.oneProcess);
  notes.push(NOTES.inStep);
  const lines = [
    '# accelerate launch --config_file accelerate_fsdp.yaml train.py <the training flags>',
    ...notes.map((note) => `# ${renderMessage(EN_MESSAGES, note)}`),
    ...top.map(([key, value]) => `${key}: ${yamlScalar(value)}`),
    'fsdp_config:',
    ...Object.entries(fsdp.keys).map(([key, value]) => `  ${key}: ${yamlScalar(value)}`),
  ];
  if (Object.keys(fsdp.keys).length === 0) lines[lines.length - 1] = 'fsdp_config: {}';
  return { text: `${lines.join('\n')}\n`, fileName: FILE_NAME, notes };
}

/** "bf16", "fp16" or "no", as the arguments' precision switches ask (the class's default included). */
function mixedPrecision(input: Kwargs, options: ConfigFileOptions): string {
  const bf16 = givenOrDefault(input, 'bf16', options);
  const fp16 = isTruthy(givenOrDefault(input, 'fp16', options));
  // TRL configs default bf16 to None, which their __post_init__ turns into `not fp16`.
  const unsetMeansNotFp16 = bf16 === null && givenOrDefault(kwargs({}), 'bf16', options) === null;
  if (bf16 === true || (unsetMeansNotFp16 && !fp16)) return 'bf16';
  return fp16 ? 'fp16' : 'no';
}

function fsdpSettings(resolved: Readonly<Record<string, PyValue>>, target: Target): FsdpSettings {
  const config = fsdpConfig(resolved);
  const notes: EmitNote[] = [];
  if (!buildsFsdpPlugin(resolved)) {
    notes.push(NOTES.xla);
    return { keys: {}, notes };
  }
  if (!isDict(resolved.fsdp_config) && resolved.fsdp_config !== null && resolved.fsdp_config !== undefined) {
    notes.push(message('emit.accelerate.fsdp-config-file', { file: resolved.fsdp_config }));
  }
  return hasVersionRange(target, { since: '5.15' }) ? pluginSettingsV515(config, notes) : optionSettingsBefore515(resolved, config, notes);
}

/** 5.15+: the FSDP plugin arguments `_process_fsdp_args` builds from `fsdp_config` (the `fsdp` options already moved in). */
function pluginSettingsV515(config: PyDict, notes: EmitNote[]): FsdpSettings {
  const keys: Record<string, YamlScalar> = {};
  const version = fsdpVersionOf(config);
  if (version === undefined) {
    notes.push(rejected('version', config.version ?? null, { kind: 'version' }));
    return { keys, notes };
  }
  keys.fsdp_version = version;
  keys.fsdp_offload_params = isTruthy(config.cpu_offload ?? false);
  const policy = config.auto_wrap_policy ?? AUTO_WRAP_POLICIES[0] ?? null;
  if (typeof policy === 'string' && AUTO_WRAP_POLICIES.includes(policy)) {
    keys.fsdp_auto_wrap_policy = policy;
    wrapTarget(config, policy, keys);
  } else {
    notes.push(rejected('auto_wrap_policy', policy, { kind: 'one-of', choices: AUTO_WRAP_POLICIES }));
  }
  boolKey(config, 'cpu_ram_efficient_loading', false, keys, notes);
  keys.fsdp_state_dict_type = typeof config.state_dict_type === 'string' ? config.state_dict_type : 'FULL_STATE_DICT';
  if (Object.hasOwn(config, 'activation_checkpointing')) boolKey(config, 'activation_checkpointing', false, keys, notes);
  if (version === 2) boolKey(config, 'reshard_after_forward', true, keys, notes);
  else {
    keys.fsdp_reshard_after_forward = pythonText(config.reshard_after_forward ?? 'full_shard').toUpperCase();
    v1Settings(config, keys, notes);
  }
  if (!Object.hasOwn(config, 'transformer_layer_cls_to_wrap') && keys.fsdp_auto_wrap_policy === AUTO_WRAP_POLICIES[0]) notes.push(NOTES.wrapClass);
  return { keys, notes };
}

/**
 * Up to 5.14: the `fsdp` options choose the sharding strategy, offload and wrapping (accelerate's FSDP1 spelling,
 * `fsdp_sharding_strategy`), and `fsdp_config` adds prefetching, loading and syncing.
 */
function optionSettingsBefore515(resolved: Readonly<Record<string, PyValue>>, config: PyDict, notes: EmitNote[]): FsdpSettings {
  const keys: Record<string, YamlScalar> = {};
  const items = fsdpOptions(resolved);
  const strategy = items.map((item) => item.toUpperCase()).find((item) => SHARDING_STRATEGIES.includes(item));
  const version = Object.hasOwn(config, 'version') ? fsdpVersionOf(config) : 1;
  if (version === 2) {
    keys.fsdp_version = 2;
    keys.fsdp_reshard_after_forward = strategy !== 'SHARD_GRAD_OP';
  } else if (strategy !== undefined) keys.fsdp_sharding_strategy = strategy;
  keys.fsdp_offload_params = items.includes('offload');
  if (items.includes('auto_wrap')) {
    const policy = typeof config.min_num_params === 'number' && config.min_num_params > 0 ? 'SIZE_BASED_WRAP' : 'TRANSFORMER_BASED_WRAP';
    keys.fsdp_auto_wrap_policy = policy;
    wrapTarget(config, policy, keys);
    if (policy === 'TRANSFORMER_BASED_WRAP' && !Object.hasOwn(config, 'transformer_layer_cls_to_wrap')) notes.push(NOTES.wrapClass);
  } else keys.fsdp_auto_wrap_policy = 'NO_WRAP';
  boolKey(config, 'cpu_ram_efficient_loading', false, keys, notes);
  if (Object.hasOwn(config, 'activation_checkpointing')) boolKey(config, 'activation_checkpointing', false, keys, notes);
  v1Settings(config, keys, notes);
  return { keys, notes };
}

/** The FSDP1-only settings: prefetching, original parameters and syncing weights from rank 0. */
function v1Settings(config: PyDict, keys: Record<string, YamlScalar>, notes: EmitNote[]): void {
  boolKey(config, 'forward_prefetch', false, keys, notes);
  keys.fsdp_backward_prefetch = pythonText(config.backward_prefetch ?? 'NO_PREFETCH').toUpperCase();
  boolKey(config, 'use_orig_params', true, keys, notes);
  boolKey(config, 'sync_module_states', true, keys, notes);
}

function wrapTarget(config: PyDict, policy: string, keys: Record<string, YamlScalar>): void {
  const min = config.min_num_params;
  if (policy === 'SIZE_BASED_WRAP' && typeof min === 'number' && min > 0) keys.fsdp_min_num_params = min;
  const classes = config.transformer_layer_cls_to_wrap;
  // accelerate reads the classes as one comma-separated string.
  const names = typeof classes === 'string' ? [classes] : Array.isArray(classes) ? classes.map((c) => pythonText(c)) : [];
  if (policy === 'TRANSFORMER_BASED_WRAP' && names.length > 0) keys.fsdp_transformer_layer_cls_to_wrap = names.join(',');
}

/** A bool-like `fsdp_config` key through `str_to_bool`, as the library reads it; an unreadable value is left out and named. */
function boolKey(config: PyDict, key: string, fallback: boolean, keys: Record<string, YamlScalar>, notes: EmitNote[]): void {
  const given = Object.hasOwn(config, key) ? config[key] : fallback;
  const value = strToBool(given ?? null);
  if (value === undefined) notes.push(rejected(key, given ?? null, { kind: 'bool' }));
  else keys[`fsdp_${key}`] = value;
}

function rejected(key: string, value: PyValue, fix: RejectedFix): EmitNote {
  return message('emit.accelerate.rejected', { key, value, fix });
}

/** YAML scalars as PyYAML reads them back: strings always double-quoted, so "no" stays a string. */
function yamlScalar(value: YamlScalar): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** What the file leaves to the user or could not carry (the texts are in the message catalogues). */
const NOTES = {
  fsdpOff: message('emit.accelerate.fsdp-off', {}),
  xla: message('emit.accelerate.xla', {}),
  wrapClass: message('emit.accelerate.wrap-class', {}),
  multiNode: message('emit.accelerate.multi-node', {}),
  oneProcess: message('emit.accelerate.one-process', {}),
  inStep: message('emit.accelerate.in-step', {}),
} as const satisfies Readonly<Record<string, EmitNote>>;
