import { isDict, type Kwargs, type PyDict, type PyValue } from '../py/py-value';
import { givenOrDefault, type ConfigFileOptions, type ConfigFileText, type EmitNote } from './config-file';
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
    notes.push({
      en: `optimizer: DeepSpeed's own AdamW stands in for optim="${String(optim)}" (same update, lr/betas/eps/weight_decay from the arguments). Delete the "optimizer" section to keep the Trainer's optimizer instead.`,
      ko: `optimizer: optim="${String(optim)}" 대신 DeepSpeed의 AdamW를 씁니다(같은 업데이트, lr/betas/eps/weight_decay는 인자에서 채움). Trainer의 옵티마이저를 그대로 쓰려면 "optimizer" 섹션을 지우세요.`,
    });
    return { type: 'AdamW', params: { lr: 'auto', betas: 'auto', eps: 'auto', weight_decay: 'auto' } };
  }
  const name = adafactor ? 'adafactor' : String(optim);
  notes.push({
    en: `optimizer: DeepSpeed has no counterpart of "${name}", so the file has no "optimizer" section and the Trainer builds ${name} itself (it sets zero_allow_untested_optimizer). Check that ${name} works with your ZeRO stage and offload.`,
    ko: `optimizer: DeepSpeed에는 "${name}"에 해당하는 옵티마이저가 없어 "optimizer" 섹션을 넣지 않았고 Trainer가 ${name}을(를) 직접 만듭니다(zero_allow_untested_optimizer를 켭니다). ${name}이(가) 고른 ZeRO 단계와 오프로드에서 동작하는지 확인하세요.`,
  });
  return undefined;
}

function schedulerSection(input: Kwargs, options: ConfigFileOptions, notes: EmitNote[]): PyDict | undefined {
  const type = givenOrDefault(input, 'lr_scheduler_type', options);
  const match = typeof type === 'string' ? DEEPSPEED_SCHEDULERS[type] : undefined;
  if (match === undefined) {
    notes.push({
      en: `scheduler: DeepSpeed has no "${String(type)}" schedule, so the file has no "scheduler" section and the Trainer's lr_scheduler_type="${String(type)}" runs.`,
      ko: `scheduler: DeepSpeed에는 "${String(type)}" 스케줄이 없어 "scheduler" 섹션을 넣지 않았고 Trainer의 lr_scheduler_type="${String(type)}"이(가) 그대로 쓰입니다.`,
    });
    return undefined;
  }
  const params: PyDict = { warmup_min_lr: 'auto', warmup_max_lr: 'auto', warmup_num_steps: 'auto', warmup_type: 'linear' };
  if (match.decays) params.total_num_steps = 'auto';
  notes.push({
    en: `scheduler: ${match.type} with a linear warm-up matches lr_scheduler_type="${String(type)}"; its step counts are filled in once the Trainer knows the number of training steps.`,
    ko: `scheduler: 선형 웜업을 쓰는 ${match.type}이(가) lr_scheduler_type="${String(type)}"과 같은 모양입니다. 스텝 수는 Trainer가 전체 학습 스텝을 안 뒤에 채웁니다.`,
  });
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
  if (typeof deepspeed === 'string' && deepspeed.trim() !== '') {
    return {
      en: `Save this file as ${deepspeed}: deepspeed="${deepspeed}" points to it.`,
      ko: `이 파일을 ${deepspeed}(으)로 저장하세요. deepspeed="${deepspeed}"가 이 파일을 가리킵니다.`,
    };
  }
  if (isDict(deepspeed)) {
    return {
      en: `deepspeed is a dict: this is that dict with every Trainer-filled value set to "auto". Save it as ${DEFAULT_FILE} and set deepspeed="${DEFAULT_FILE}", or copy it into the dict.`,
      ko: `deepspeed가 dict입니다. 이 파일은 그 dict에서 Trainer가 채우는 값을 모두 "auto"로 바꾼 것입니다. ${DEFAULT_FILE}로 저장하고 deepspeed="${DEFAULT_FILE}"로 지정하거나 dict에 옮겨 쓰세요.`,
    };
  }
  return {
    en: `deepspeed is not set, so DeepSpeed is off. Save this file as ${DEFAULT_FILE} and set deepspeed="${DEFAULT_FILE}" to use it.`,
    ko: `deepspeed가 설정되지 않아 DeepSpeed가 꺼져 있습니다. 이 파일을 ${DEFAULT_FILE}로 저장하고 deepspeed="${DEFAULT_FILE}"로 지정하세요.`,
  };
}

function stageNote({ stage, offload, from }: StageChoice): EmitNote {
  const offloadEn = offload ? ' with CPU offload (slower steps, far less GPU memory)' : '';
  const offloadKo = offload ? ' CPU 오프로드 포함(스텝은 느려지고 GPU 메모리는 크게 줄어듦)' : '';
  if (from === 'default') {
    return {
      en: 'ZeRO stage 2 (your choice to make): it shards optimizer states and gradients while every GPU keeps whole weights, the usual first step. Use 3 if the weights do not fit on one GPU, and add "offload_optimizer" / "offload_param" only if 3 is still short of memory.',
      ko: 'ZeRO 2단계(직접 정할 값): 옵티마이저 상태와 그래디언트를 나누고 가중치는 GPU마다 통째로 둡니다. 보통 처음 고르는 단계입니다. 가중치가 GPU 하나에 들어가지 않으면 3을 쓰고, 3으로도 메모리가 모자랄 때만 "offload_optimizer" / "offload_param"을 더하세요.',
    };
  }
  const why = from === 'dict' ? 'the deepspeed dict says so' : 'the file name deepspeed points to says so';
  const whyKo = from === 'dict' ? 'deepspeed dict에 적힌 값' : 'deepspeed가 가리키는 파일 이름에 적힌 값';
  return {
    en: `ZeRO stage ${stage}${offloadEn}: ${why}. Check it is the stage you want.`,
    ko: `ZeRO ${stage}단계${offloadKo}: ${whyKo}입니다. 원하는 단계인지 확인하세요.`,
  };
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

/** What the file leaves to the user or could not carry, in both languages. */
const NOTES = {
  zero3Save: {
    en: 'ZeRO-3: stage3_gather_16bit_weights_on_model_save is true so save_model writes full weights; create the model after the TrainingArguments so it is partitioned while loading.',
    ko: 'ZeRO-3: save_model이 전체 가중치를 저장하도록 stage3_gather_16bit_weights_on_model_save를 true로 두었습니다. 모델은 TrainingArguments를 만든 뒤에 만들어야 불러오는 동안 분할됩니다.',
  },
  hiddenSize: {
    en: 'The "auto" bucket sizes are worked out from the model config\'s hidden_size; for a model without hidden_size or hidden_sizes, replace them with numbers.',
    ko: '"auto" 버킷 크기는 모델 설정의 hidden_size로 계산됩니다. hidden_size나 hidden_sizes가 없는 모델이면 숫자로 바꾸세요.',
  },
} as const satisfies Readonly<Record<string, EmitNote>>;
