import { isDict, type Kwargs, type PyDict, type PyValue } from '../py/py-value';
import { givenOrDefault, type ConfigFileOptions, type ConfigFileText, type EmitNote } from './config-file';
import { message } from '../i18n/messages/message';
import { toJsonText } from './json-text';

/**
 * The DeepSpeed config keys `HfTrainerDeepSpeedConfig` fills from TrainingArguments when they say "auto", and
 * otherwise requires to equal the arguments (`fill_match`): batch sizes, accumulation, clipping, the AdamW
 * hyper-parameters, the warm-up peak, the scheduler's step counts and the precision switches. Written as "auto",
 * the file can never disagree with the arguments.
 */
const MUST_MATCH_KEYS: readonly string[] = [
  'train_micro_batch_size_per_gpu',
  'train_batch_size',
  'gradient_accumulation_steps',
  'gradient_clipping',
  'optimizer.params.lr',
  'optimizer.params.betas',
  'optimizer.params.eps',
  'optimizer.params.weight_decay',
  'scheduler.params.warmup_max_lr',
  'scheduler.params.warmup_num_steps',
  'scheduler.params.total_num_steps',
  'fp16.enabled',
  'bf16.enabled',
];

/** `optim` values DeepSpeed's own AdamW computes the same update for; any other optimizer stays the Trainer's. */
const DEEPSPEED_ADAMW_OPTIMS: ReadonlySet<PyValue> = new Set(['adamw_torch', 'adamw_torch_fused', 'adamw_hf']);

/** `lr_scheduler_type` values with a DeepSpeed scheduler of the same shape (linear warm-up, then linear decay or flat). */
const DEEPSPEED_SCHEDULERS: Readonly<Record<string, { readonly type: string; readonly decays: boolean }>> = {
  linear: { type: 'WarmupDecayLR', decays: true },
  constant_with_warmup: { type: 'WarmupLR', decays: false },
};

const DEFAULT_FILE = 'ds_config.json';

export type ZeroStage = 0 | 1 | 2 | 3;

/** The ZeRO stage (and CPU offload) the user asked for, and how we know. */
interface StageChoice {
  readonly stage: ZeroStage;
  readonly offload: boolean;
  readonly from: 'dict' | 'file-name' | 'default';
}

/**
 * The stage a `deepspeed` value asks for: the `zero_optimization.stage` of a dict, else a stage named in a file
 * name (`ds_zero3.json`, `zero_stage2_offload.json`, `ds_z3_config.json`), else stage 2. "offload" in the name, or
 * an `offload_optimizer` / `offload_param` section, turns CPU offloading on.
 * @example zeroStageOf('configs/ds_zero3_offload.json') // { stage: 3, offload: true, from: 'file-name' }
 */
export function zeroStageOf(deepspeed: PyValue): StageChoice {
  if (isDict(deepspeed) && isDict(deepspeed.zero_optimization)) {
    const zero = deepspeed.zero_optimization;
    const stage = zero.stage;
    const offload = isDict(zero.offload_optimizer) || isDict(zero.offload_param);
    if (typeof stage === 'number' && [0, 1, 2, 3].includes(stage)) return { stage: stage as ZeroStage, offload, from: 'dict' };
  }
  if (typeof deepspeed === 'string') {
    const name = deepspeed.split(/[\\/]/).pop() ?? '';
    const stage = /(?:zero|stage|(?:^|[^a-z])z)[_-]?(?:stage[_-]?)?([0-3])/i.exec(name)?.[1];
    if (stage !== undefined) return { stage: Number(stage) as ZeroStage, offload: /offload/i.test(name), from: 'file-name' };
  }
  return { stage: 2, offload: false, from: 'default' };
}

/**
 * A DeepSpeed config for these arguments: every value the Trainer fills in from them is "auto", so the file and
 * the arguments cannot disagree. An existing `deepspeed` dict is the starting point (its own settings kept, its
 * Trainer-filled ones turned to "auto"); otherwise the stage comes from a file name it names, or ZeRO-2. The
 * optimizer and scheduler sections are written only where DeepSpeed has the same algorithm as `optim` /
 * `lr_scheduler_type`; otherwise they are left out and the Trainer builds its own. JSON cannot hold comments,
 * so what the user must still decide comes back as `notes`.
 * @example JSON.parse(emitDeepSpeedConfig(kwargs({ deepspeed: 'ds_zero3.json' })).text).zero_optimization.stage // 3
 */
export function emitDeepSpeedConfig(input: Kwargs, options: ConfigFileOptions = {}): ConfigFileText {
  const deepspeed = givenOrDefault(input, 'deepspeed', options);
  const choice = zeroStageOf(deepspeed);
  const notes: EmitNote[] = [fileNote(deepspeed), stageNote(choice)];
  const config: PyDict = {
    train_micro_batch_size_per_gpu: 'auto',
    train_batch_size: 'auto',
    gradient_accumulation_steps: 'auto',
    gradient_clipping: 'auto',
    bf16: { enabled: 'auto' },
    // Dynamic loss scaling (loss_scale 0) as DeepSpeed's fp16 mode expects; only used when fp16 is on.
    fp16: { enabled: 'auto', loss_scale: 0, initial_scale_power: 16, loss_scale_window: 1000, hysteresis: 2, min_loss_scale: 1 },
  };
  const optimizer = optimizerSection(input, options, notes);
  if (optimizer !== undefined) config.optimizer = optimizer;
  const scheduler = schedulerSection(input, options, notes);
  if (scheduler !== undefined) config.scheduler = scheduler;
  config.zero_optimization = zeroSection(choice);
  if (choice.stage === 3) notes.push(NOTES.zero3Save);
  notes.push(NOTES.hiddenSize);

  // A copy: the user's dict in the form state must not change.
  const merged = isDict(deepspeed) ? mergeDicts(config, structuredClone(deepspeed)) : config;
  // Only keys already there: an absent key stays absent for the integration too (and WarmupLR takes no
  // total_num_steps). The keys it fills only when "auto" (warmup_min_lr, the bucket sizes) keep a user's number.
  for (const key of MUST_MATCH_KEYS) replaceWhereGiven(merged, key, 'auto');
  const fileName = typeof deepspeed === 'string' && deepspeed.trim() !== '' ? deepspeed : DEFAULT_FILE;
  return { text: `${toJsonText(merged, { indent: 2, floatWritten: input.floatWritten, path: 'deepspeed' })}\n`, fileName, notes };
}

function optimizerSection(input: Kwargs, options: ConfigFileOptions, notes: EmitNote[]): PyDict | undefined {
  const optim = givenOrDefault(input, 'optim', options);
  // 4.x `adafactor=True` means Adafactor, and an optimizer section next to it is an error in the integration.
  const adafactor = givenOrDefault(input, 'adafactor', options) === true;
  if (!adafactor && DEEPSPEED_ADAMW_OPTIMS.has(optim)) {
    notes.push(message('emit.deepspeed.adamw', { optim: String(optim) }));
    return { type: 'AdamW', params: { lr: 'auto', betas: 'auto', eps: 'auto', weight_decay: 'auto' } };
  }
  const name = adafactor ? 'adafactor' : String(optim);
  notes.push(message('emit.deepspeed.no-optimizer', { optim: name }));
  return undefined;
}

function schedulerSection(input: Kwargs, options: ConfigFileOptions, notes: EmitNote[]): PyDict | undefined {
  const type = givenOrDefault(input, 'lr_scheduler_type', options);
  const match = typeof type === 'string' ? DEEPSPEED_SCHEDULERS[type] : undefined;
  if (match === undefined) {
    notes.push(message('emit.deepspeed.no-scheduler', { schedule: String(type) }));
    return undefined;
  }
  const params: PyDict = { warmup_min_lr: 'auto', warmup_max_lr: 'auto', warmup_num_steps: 'auto', warmup_type: 'linear' };
  if (match.decays) params.total_num_steps = 'auto';
  notes.push(message('emit.deepspeed.scheduler', { scheduler: match.type, schedule: String(type) }));
  return { type: match.type, params };
}

function zeroSection({ stage, offload }: StageChoice): PyDict {
  const zero: PyDict = { stage };
  if (stage === 0) return zero;
  Object.assign(zero, { overlap_comm: true, contiguous_gradients: true, reduce_bucket_size: 'auto' });
  if (stage === 3) {
    Object.assign(zero, {
      stage3_prefetch_bucket_size: 'auto',
      stage3_param_persistence_threshold: 'auto',
      // Without it a ZeRO-3 run saves no usable full weights with `save_model`.
      stage3_gather_16bit_weights_on_model_save: true,
    });
  }
  if (offload) {
    zero.offload_optimizer = { device: 'cpu', pin_memory: true };
    if (stage === 3) zero.offload_param = { device: 'cpu', pin_memory: true };
  }
  return zero;
}

function fileNote(deepspeed: PyValue): EmitNote {
  if (typeof deepspeed === 'string' && deepspeed.trim() !== '') return message('emit.deepspeed.save-as', { file: deepspeed });
  return message(isDict(deepspeed) ? 'emit.deepspeed.from-dict' : 'emit.deepspeed.unset', { file: DEFAULT_FILE });
}

function stageNote({ stage, offload, from }: StageChoice): EmitNote {
  if (from === 'default') return message('emit.deepspeed.stage-default', {});
  return message('emit.deepspeed.stage', { stage, offload, from });
}

/** `base` with `over` laid on top, nested dicts merged key by key (the user's settings win). */
function mergeDicts(base: PyDict, over: PyDict): PyDict {
  const out: PyDict = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = isDict(under) && isDict(value) ? mergeDicts(under, value) : value;
  }
  return out;
}

/** Replaces the value at the dotted key, where there is one. */
function replaceWhereGiven(config: PyDict, dotted: string, value: PyValue): void {
  const parts = dotted.split('.');
  const last = parts.pop() as string;
  let node: PyDict = config;
  for (const part of parts) {
    const child = node[part];
    if (!isDict(child)) return;
    node = child;
  }
  if (Object.hasOwn(node, last)) node[last] = value;
}

/** What the file leaves to the user or could not carry (the texts are in the message catalogues). */
const NOTES = {
  zero3Save: message('emit.deepspeed.zero3-save', {}),
  hiddenSize: message('emit.deepspeed.hidden-size', {}),
} as const satisfies Readonly<Record<string, EmitNote>>;
