import { pyFloorDiv, pyLess, pyMod, pyMul, PyError, pyTypeName, type PyNum } from '../../py/py-arith';
import { isDict, isTruthy, type PyValue } from '../../py/py-value';
import { pythonText } from '../../py/python-text';
import { code, eun, iga } from '../../rules/ko-text';
import type { PostInitStep } from '../define-config-class';

// The steps of TRL 1.13's `__post_init__` methods, one object per step, named as the classes run them.
// Error and warning texts are the library's own; everything else is our explanation.

const text = (n: PyNum): string => pythonText(n.value, n.float);
const num = (value: PyValue, float = false): PyNum => ({ value, float });

/** `_BaseConfig`: an unset bf16 becomes `not fp16`, so TRL trains in bf16 unless fp16 is asked for. */
export const bf16FromFp16: PostInitStep = {
  id: 'trl-bf16-default',
  description: 'Turns bf16 on unless fp16 is on, when bf16 is unset.',
  descriptionKo: '`bf16`을 비워 두면 `fp16`이 꺼져 있을 때 `bf16`을 켜다가',
  run: (s) => {
    if (s.values.bf16 === null || s.values.bf16 === undefined) s.derive('bf16', !isTruthy(s.values.fp16));
  },
};

/** SFT, DPO, Reward: the deprecated `pad_token` still works, with a FutureWarning. */
export const padTokenWarning: PostInitStep = {
  id: 'trl-deprecated-pad-token',
  description: 'Warns that pad_token is deprecated.',
  descriptionKo: '`pad_token` 사용 중단 경고를 내다가',
  run: (s) => {
    if (s.values.pad_token === null || s.values.pad_token === undefined) return;
    s.warn({
      rule: 'trl-deprecated-pad-token',
      fields: ['pad_token'],
      text: '`pad_token` is deprecated and will be removed in v2.0.0. Set `tokenizer.pad_token` directly and pass it as `processing_class` to the trainer instead.',
      message: `pad_token is deprecated in ${s.className} and goes away in TRL 2.0. Set tokenizer.pad_token on your tokenizer and pass the tokenizer to the trainer as processing_class.`,
      messageKo: `${s.className}의 ${eun(code('pad_token'))} 사용 중단되었고 TRL 2.0에서 사라집니다. 토크나이저에 \`tokenizer.pad_token\`을 설정하고 그 토크나이저를 트레이너의 \`processing_class\`로 넘기세요.`,
      fix: { label: 'Remove pad_token', labelKo: 'pad_token 제거', patch: { pad_token: undefined } },
    });
  },
};

/** SFT, DPO: truncating from the start (`keep_end`) is deprecated. */
export const keepEndWarning: PostInitStep = {
  id: 'trl-deprecated-keep-end',
  description: 'Warns that truncation_mode="keep_end" is deprecated.',
  descriptionKo: '`truncation_mode="keep_end"` 사용 중단 경고를 내다가',
  run: (s) => {
    if (s.values.truncation_mode !== 'keep_end') return;
    s.warn({
      rule: 'trl-deprecated-keep-end',
      fields: ['truncation_mode'],
      text: "The `'keep_end'` truncation mode is deprecated and will be removed in v2.0.0. Use `truncation_mode='keep_start'` (the default) instead.",
      message:
        'truncation_mode="keep_end" is deprecated and goes away in TRL 2.0. Use keep_start, the default, and shorten over-long examples in the dataset if their end matters.',
      messageKo: `${code('truncation_mode="keep_end"')}는 사용 중단되었고 TRL 2.0에서 사라집니다. 기본값 ${code('keep_start')}를 쓰고, 끝부분이 중요한 긴 예제는 데이터셋에서 줄이세요.`,
      fix: { label: 'Use truncation_mode="keep_start"', labelKo: 'truncation_mode="keep_start" 사용', patch: { truncation_mode: undefined } },
    });
  },
};

/** SFT: the packing strategy `bfd-requeue` was renamed `bfd_split`. */
export const bfdRequeueRename: PostInitStep = {
  id: 'trl-renamed-bfd-requeue',
  description: 'Renames packing_strategy "bfd-requeue" to "bfd_split".',
  descriptionKo: '`packing_strategy` "bfd-requeue"를 "bfd_split"로 바꾸다가',
  run: (s) => {
    if (s.values.packing_strategy !== 'bfd-requeue') return;
    s.warn({
      rule: 'trl-renamed-bfd-requeue',
      fields: ['packing_strategy'],
      text: 'The `bfd-requeue` packing strategy has been renamed to `bfd_split`. Please update your configuration accordingly. The `bfd-requeue` strategy is deprecated and will be removed in v2.0.0.',
      message: 'packing_strategy "bfd-requeue" is now called "bfd_split"; the old name is deprecated and goes away in TRL 2.0. Write bfd_split.',
      messageKo: `${code('packing_strategy')} ${code('"bfd-requeue"')}의 새 이름은 ${code('"bfd_split"')}입니다. 옛 이름은 사용 중단되었고 TRL 2.0에서 사라지니 ${code('bfd_split')}로 쓰세요.`,
      fix: { label: 'Use packing_strategy="bfd_split"', labelKo: 'packing_strategy="bfd_split" 사용', patch: { packing_strategy: 'bfd_split' } },
    });
    s.derive('packing_strategy', 'bfd_split');
  },
};

/** SFT: an unset loss is chunked cross-entropy, or plain cross-entropy with the Liger kernels. */
export const sftLossTypeDefault: PostInitStep = {
  id: 'sft-loss-type-default',
  description: 'Picks chunked_nll as the loss when none is given, or nll with use_liger_kernel.',
  descriptionKo: '손실을 비워 두면 `chunked_nll`(또는 Liger와 함께 `nll`)을 고르다가',
  run: (s) => {
    if (s.values.loss_type === null || s.values.loss_type === undefined) s.derive('loss_type', isTruthy(s.values.use_liger_kernel) ? 'nll' : 'chunked_nll');
  },
};

/** DPO: one loss name becomes a one-element list. */
export const dpoLossTypeList: PostInitStep = {
  id: 'dpo-loss-type-list',
  description: 'Wraps a single loss_type name in a list.',
  descriptionKo: '`loss_type` 이름 하나를 리스트로 감싸다가',
  run: (s) => {
    if (typeof s.values.loss_type === 'string') s.derive('loss_type', [s.values.loss_type]);
  },
};

/** Python's `len()`, which raises for values without a length. */
function pyLen(item: PyNum): number {
  const { value } = item;
  if (typeof value === 'string' || Array.isArray(value)) return [...(Array.isArray(value) ? value : Array.from(value))].length;
  if (isDict(value)) return Object.keys(value).length;
  throw new PyError('TypeError', `object of type '${pyTypeName(item)}' has no len()`);
}

/** DPO, before any TrainingArguments check: one weight per loss. */
export const dpoLossWeights: PostInitStep = {
  id: 'dpo-loss-weights',
  description: 'Checks that loss_weights has one weight per loss_type.',
  descriptionKo: '`loss_weights`가 `loss_type`마다 가중치 하나씩인지 확인하다가',
  fields: ['loss_weights', 'loss_type'],
  run: (s) => {
    const weights = s.num('loss_weights');
    if (weights.value === null) return;
    const have = pyLen(weights);
    const want = pyLen(s.num('loss_type'));
    if (have === want) return;
    const losses = Array.isArray(s.values.loss_type) ? s.values.loss_type : [];
    s.raise({
      rule: 'dpo-loss-weights',
      fields: ['loss_weights', 'loss_type'],
      error: `ValueError: \`loss_weights\` must have the same length as \`loss_type\` when combining multiple losses. Got ${have} weights for ${want} loss types.`,
      message: `loss_weights has ${have} weight${have === 1 ? '' : 's'} but loss_type has ${want} loss${want === 1 ? '' : 'es'}; give exactly one weight per loss (a single loss name counts as one), or leave loss_weights empty to weigh each loss 1.0. DPOConfig checks this before anything else.`,
      messageKo: `${code('loss_weights')}에는 가중치가 ${have}개인데 ${code('loss_type')}에는 손실이 ${want}개입니다. 손실마다 가중치를 정확히 하나씩 주거나(손실 이름 하나는 하나로 셉니다), 모든 손실을 1.0으로 두려면 ${code('loss_weights')}를 비우세요. DPOConfig는 이것을 가장 먼저 확인합니다.`,
      fix:
        losses.length > 0
          ? { label: `Weigh each of the ${want} losses 1.0`, labelKo: `손실 ${want}개 모두 가중치 1.0`, patch: { loss_weights: losses.map(() => 1.0) } }
          : { label: 'Remove loss_weights', labelKo: 'loss_weights 제거', patch: { loss_weights: undefined } },
    });
  },
};

/** GRPO, RLOO: the old name of continuous batching still switches it on. */
export const pagedRename: PostInitStep = {
  id: 'trl-deprecated-transformers-paged',
  description: 'Turns use_transformers_paged into use_transformers_continuous_batching.',
  descriptionKo: '`use_transformers_paged`를 `use_transformers_continuous_batching`으로 옮기다가',
  run: (s) => {
    if (!isTruthy(s.values.use_transformers_paged)) return;
    s.warn({
      rule: 'trl-deprecated-transformers-paged',
      fields: ['use_transformers_paged'],
      text: '`use_transformers_paged` is deprecated and will be removed in v2.0.0. Use `use_transformers_continuous_batching` instead.',
      message:
        'use_transformers_paged is the deprecated name of use_transformers_continuous_batching and goes away in TRL 2.0. Set use_transformers_continuous_batching=True instead.',
      messageKo: `${eun(code('use_transformers_paged'))} ${code('use_transformers_continuous_batching')}의 사용 중단된 옛 이름이며 TRL 2.0에서 사라집니다. 대신 ${code('use_transformers_continuous_batching=True')}로 설정하세요.`,
      fix: {
        label: 'Use use_transformers_continuous_batching=True',
        labelKo: 'use_transformers_continuous_batching=True 사용',
        patch: { use_transformers_paged: undefined, use_transformers_continuous_batching: true },
      },
    });
    s.derive('use_transformers_continuous_batching', true);
  },
};

/** GRPO, RLOO, Distillation: context or sequence parallelism cannot shard generated batches. */
export const noSequenceParallelism: PostInitStep = {
  id: 'trl-sequence-parallelism',
  description: 'Checks that parallelism_config does not shard sequences.',
  descriptionKo: '`parallelism_config`가 시퀀스를 나누지 않는지 확인하다가',
  fields: ['parallelism_config'],
  run: (s) => {
    const config = s.num('parallelism_config');
    if (config.value === null) return;
    // A ParallelismConfig cannot be written as a literal; whatever JSON value stands here lacks its attributes.
    throw new PyError('AttributeError', `'${pyTypeName(config)}' object has no attribute 'cp_enabled'`);
  },
};

/** GRPO: true/false scale_rewards are the old spellings of "group"/"none". */
export const scaleRewardsWords: PostInitStep = {
  id: 'grpo-scale-rewards',
  description: 'Maps scale_rewards true/false to "group"/"none".',
  descriptionKo: '`scale_rewards` true/false를 "group"/"none"으로 바꾸다가',
  fields: ['scale_rewards'],
  run: (s) => {
    const value = s.values.scale_rewards ?? null;
    if (Array.isArray(value) || isDict(value)) throw new PyError('TypeError', `unhashable type: '${Array.isArray(value) ? 'list' : 'dict'}'`);
    // A dict lookup: True == 1 == 1.0 and False == 0 == 0.0 are the same key.
    if (value === true || value === 1) s.derive('scale_rewards', 'group');
    else if (value === false || value === 0) s.derive('scale_rewards', 'none');
  },
};

/** GRPO: uploading completions needs completions to be logged. */
export const hubRepoNeedsLogging: PostInitStep = {
  id: 'grpo-hub-repo-needs-log-completions',
  description: 'Checks that log_completions_hub_repo comes with log_completions.',
  descriptionKo: '`log_completions_hub_repo`와 `log_completions`를 함께 썼는지 확인하다가',
  run: (s) => {
    if (s.values.log_completions_hub_repo === null || s.values.log_completions_hub_repo === undefined || isTruthy(s.values.log_completions)) return;
    s.raise({
      rule: 'grpo-hub-repo-needs-log-completions',
      fields: ['log_completions_hub_repo', 'log_completions'],
      error:
        'ValueError: log_completions_hub_repo is set, but log_completions is False. Enable log_completions to upload completions to the Hub, or unset log_completions_hub_repo.',
      message: 'log_completions_hub_repo is set, but no completions are logged to upload. Turn log_completions on, or clear log_completions_hub_repo.',
      messageKo: `${iga(code('log_completions_hub_repo'))} 설정되어 있지만 업로드할 completion이 기록되지 않습니다. ${code('log_completions')}를 켜거나 ${code('log_completions_hub_repo')}를 비우세요.`,
      fix: { label: 'Set log_completions to True', labelKo: 'log_completions를 True로 설정', patch: { log_completions: true } },
    });
  },
};

/** GRPO, RLOO: shrinking the batch on out-of-memory would split prompt groups. */
export const noAutoFindBatchSize: PostInitStep = {
  id: 'trl-auto-find-batch-size',
  description: 'Rejects auto_find_batch_size.',
  descriptionKo: '`auto_find_batch_size`를 거부하다가',
  run: (s) => {
    if (!isTruthy(s.values.auto_find_batch_size)) return;
    const name = s.shortName;
    s.raise({
      rule: 'trl-auto-find-batch-size',
      fields: ['auto_find_batch_size'],
      error: `ValueError: auto_find_batch_size is not supported by ${name}, because the generation batch must contain full prompt groups of num_generations completions, and reducing the batch size on out-of-memory breaks this invariant. Set auto_find_batch_size=False and lower per_device_train_batch_size instead.`,
      message: `${s.className} cannot use auto_find_batch_size: a batch shrunk after an out-of-memory error would no longer hold whole groups of num_generations completions. Turn it off and lower per_device_train_batch_size yourself.`,
      messageKo: `${s.className}에서는 ${code('auto_find_batch_size')}를 쓸 수 없습니다. 메모리 부족 뒤 배치를 줄이면 ${code('num_generations')}개씩인 completion 묶음이 깨지기 때문입니다. 끄고 ${code('per_device_train_batch_size')}를 직접 줄이세요.`,
      fix: { label: 'Turn auto_find_batch_size off', labelKo: 'auto_find_batch_size 끄기', patch: { auto_find_batch_size: undefined } },
    });
  },
};

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The smallest multiple of both, for fixes that round a batch up; undefined when either is not a positive whole number. */
function lcm(a: PyValue, b: PyValue): number | undefined {
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isInteger(a) || !Number.isInteger(b) || a <= 0 || b <= 0) return undefined;
  return (a / gcd(a, b)) * b;
}

function roundUp(value: PyValue, step: number | undefined): number | undefined {
  if (step === undefined) return undefined;
  const base = typeof value === 'number' && value > 0 ? value : step;
  return Math.ceil(base / step) * step;
}

/** GRPO, RLOO: the generation batch, derived from the train batch or checked against it. */
export const generationBatch: PostInitStep = {
  id: 'trl-generation-batch',
  description: 'Derives generation_batch_size and steps_per_generation from each other.',
  descriptionKo: '`generation_batch_size`와 `steps_per_generation`을 서로에게서 계산하다가',
  fields: ['generation_batch_size', 'steps_per_generation', 'per_device_train_batch_size', 'gradient_accumulation_steps'],
  run: (s) => {
    const processes = num(s.worldSize);
    const batch = s.num('per_device_train_batch_size');
    const generation = s.num('generation_batch_size');
    const steps = s.num('steps_per_generation');
    if (generation.value === null && steps.value === null) {
      const perGeneration = s.num('gradient_accumulation_steps');
      s.derive('steps_per_generation', perGeneration.value, perGeneration.float);
      const total = pyMul(pyMul(batch, processes), perGeneration);
      s.derive('generation_batch_size', total.value, total.float);
    } else if (generation.value !== null && steps.value === null) {
      const global = pyMul(batch, processes);
      if (isTruthy(pyMod(generation, global).value)) {
        const fixed = roundUp(generation.value, lcm(global.value, s.values.num_generations ?? null));
        s.raise({
          rule: 'trl-generation-batch',
          fields: ['generation_batch_size', 'per_device_train_batch_size'],
          error: `ValueError: generation_batch_size (${text(generation)}) must be divisible by the global batch size (${text(global)}).`,
          message: `generation_batch_size ${text(generation)} is not a multiple of the global batch size ${text(global)} (per_device_train_batch_size × ${s.worldSize} process${s.worldSize === 1 ? '' : 'es'}), so generated completions would not fill whole optimizer steps. Make it a multiple${fixed === undefined ? '' : `, such as ${fixed}`}.`,
          messageKo: `${code('generation_batch_size')} ${text(generation)}이(가) 전역 배치 크기 ${text(global)}(${code('per_device_train_batch_size')} × 프로세스 ${s.worldSize}개)의 배수가 아니어서 생성된 completion이 옵티마이저 스텝을 딱 채우지 못합니다. 배수로 바꾸세요${fixed === undefined ? '' : `(예: ${fixed})`}.`,
          ...(fixed === undefined
            ? {}
            : {
                fix: {
                  label: `Set generation_batch_size to ${fixed}`,
                  labelKo: `generation_batch_size를 ${fixed}(으)로 설정`,
                  patch: { generation_batch_size: fixed },
                },
              }),
        });
      }
      const derived = pyFloorDiv(generation, global);
      s.derive('steps_per_generation', derived.value, derived.float);
    } else if (generation.value === null) {
      const total = pyMul(pyMul(batch, processes), steps);
      s.derive('generation_batch_size', total.value, total.float);
    } else {
      s.raise({
        rule: 'trl-generation-batch',
        fields: ['generation_batch_size', 'steps_per_generation'],
        error: "ValueError: 'generation_batch_size' and 'steps_per_generation' can not be both configured at the same time",
        message:
          'generation_batch_size and steps_per_generation describe the same thing (each sets the other), so only one may be given. Keep the one you mean and clear the other.',
        messageKo: `${code('generation_batch_size')}와 ${code('steps_per_generation')}은 같은 것을 정하므로(하나가 다른 하나를 결정합니다) 하나만 줄 수 있습니다. 원하는 쪽만 남기고 다른 쪽을 비우세요.`,
        fix: { label: 'Remove steps_per_generation', labelKo: 'steps_per_generation 제거', patch: { steps_per_generation: undefined } },
      });
    }
  },
};

/** GRPO, RLOO: while evaluating, the global eval batch holds whole groups of completions. */
export const evalBatchGroups: PostInitStep = {
  id: 'trl-eval-batch-generations',
  description: 'Checks that the global eval batch holds whole groups of generations.',
  descriptionKo: '전역 평가 배치가 생성 묶음으로 나누어떨어지는지 확인하다가',
  fields: ['per_device_eval_batch_size', 'num_generations', 'num_generations_eval'],
  run: (s) => {
    if (!isTruthy(s.values.do_eval) || s.values.eval_strategy === 'no') return;
    const groups = isTruthy(s.values.num_generations_eval) ? s.num('num_generations_eval') : s.num('num_generations');
    const evalBatch = s.num('per_device_eval_batch_size');
    if (!isTruthy(pyMod(pyMul(evalBatch, num(s.worldSize)), groups).value)) return;
    const step =
      typeof groups.value === 'number' && Number.isInteger(groups.value) && groups.value > 0 ? groups.value / gcd(groups.value, s.worldSize) : undefined;
    const fixed = roundUp(evalBatch.value, step);
    const groupsField = isTruthy(s.values.num_generations_eval) ? 'num_generations_eval' : 'num_generations';
    s.raise({
      rule: 'trl-eval-batch-generations',
      fields: ['per_device_eval_batch_size', groupsField],
      error: `ValueError: The global eval batch size (${text(evalBatch)} * ${s.worldSize}) must be divisible by the number of generations used for evaluation (${text(groups)}).`,
      message: `While evaluating, the global eval batch (per_device_eval_batch_size ${text(evalBatch)} × ${s.worldSize} process${s.worldSize === 1 ? '' : 'es'}) must hold whole groups of ${text(groups)} completions (${groupsField}). Raise per_device_eval_batch_size to a multiple${fixed === undefined ? '' : `, such as ${fixed}`}, or lower ${groupsField}.`,
      messageKo: `평가할 때 전역 평가 배치(${code('per_device_eval_batch_size')} ${text(evalBatch)} × 프로세스 ${s.worldSize}개)는 completion ${text(groups)}개 묶음(${code(groupsField)})으로 나누어떨어져야 합니다. ${code('per_device_eval_batch_size')}를 배수로 올리거나${fixed === undefined ? '' : `(예: ${fixed})`} ${code(groupsField)}를 줄이세요.`,
      ...(fixed === undefined
        ? {}
        : {
            fix: {
              label: `Set per_device_eval_batch_size to ${fixed}`,
              labelKo: `per_device_eval_batch_size를 ${fixed}(으)로 설정`,
              patch: { per_device_eval_batch_size: fixed },
            },
          }),
    });
  },
};

/** GRPO, RLOO: the generation batch holds whole groups of num_generations completions. */
export const generationGroups: PostInitStep = {
  id: 'trl-generation-groups',
  description: 'Checks that generation_batch_size is a multiple of num_generations.',
  descriptionKo: '`generation_batch_size`가 `num_generations`의 배수인지 확인하다가',
  fields: ['generation_batch_size', 'num_generations'],
  run: (s) => {
    const generation = s.num('generation_batch_size');
    const groups = s.num('num_generations');
    if (!isTruthy(pyMod(generation, groups).value)) return;
    const global = pyMul(s.num('per_device_train_batch_size'), num(s.worldSize));
    const fixed = roundUp(generation.value, lcm(global.value, groups.value));
    s.raise({
      rule: 'trl-generation-groups',
      fields: ['generation_batch_size', 'num_generations'],
      error: `ValueError: generation_batch_size (${text(generation)}) must be divisible by num_generations (${text(groups)}).`,
      message: `A generation round makes ${text(generation)} completions (generation_batch_size${s.input.values.generation_batch_size === undefined ? ', derived from the batch size' : ''}), which is not a whole number of groups of ${text(groups)} (num_generations). Make generation_batch_size a multiple of both num_generations and the global batch${fixed === undefined ? '' : `, such as ${fixed}`}, or pick a num_generations that divides it.`,
      messageKo: `생성 한 번에 completion ${text(generation)}개(${code('generation_batch_size')})를 만드는데, 이는 ${text(groups)}개(${code('num_generations')}) 묶음으로 나누어떨어지지 않습니다. ${code('generation_batch_size')}를 ${code('num_generations')}와 전역 배치의 공배수로 바꾸거나${fixed === undefined ? '' : `(예: ${fixed})`}, 나누어떨어지는 ${code('num_generations')}를 고르세요.`,
      ...(fixed === undefined
        ? {}
        : {
            fix: {
              label: `Set generation_batch_size to ${fixed}`,
              labelKo: `generation_batch_size를 ${fixed}(으)로 설정`,
              patch: { generation_batch_size: fixed, steps_per_generation: undefined },
            },
          }),
    });
  },
};

/** GRPO, RLOO: advantages compare completions of one prompt, so there must be at least two. */
export const atLeastTwoGenerations: PostInitStep = {
  id: 'trl-min-generations',
  description: 'Checks that num_generations is at least 2.',
  descriptionKo: '`num_generations`가 2 이상인지 확인하다가',
  fields: ['num_generations'],
  run: (s) => {
    const groups = s.num('num_generations');
    if (!pyLess(groups, num(2))) return;
    s.raise({
      rule: 'trl-min-generations',
      fields: ['num_generations'],
      error: `ValueError: ${s.shortName} requires at least 2 generations per prompt to calculate the advantages. You provided ${text(groups)}, which is less than the minimum required.`,
      message: `num_generations is ${text(groups)}, but ${s.shortName} scores each completion against the other completions of the same prompt, so it needs at least 2.`,
      messageKo: `${eun(code('num_generations'))} ${text(groups)}인데, ${s.shortName}는 같은 프롬프트의 다른 completion과 비교해 점수를 매기므로 2 이상이어야 합니다.`,
      fix: { label: 'Set num_generations to 2', labelKo: 'num_generations를 2로 설정', patch: { num_generations: 2 } },
    });
  },
};

/** GRPO: the old name of the upper importance-sampling bound. */
export const capRename: PostInitStep = {
  id: 'grpo-deprecated-importance-sampling-cap',
  description: 'Copies vllm_importance_sampling_cap into vllm_importance_sampling_clip_max.',
  descriptionKo: '`vllm_importance_sampling_cap`을 `vllm_importance_sampling_clip_max`로 옮기다가',
  run: (s) => {
    const cap = s.num('vllm_importance_sampling_cap');
    if (cap.value === null) return;
    s.warn({
      rule: 'grpo-deprecated-importance-sampling-cap',
      fields: ['vllm_importance_sampling_cap'],
      text: 'The `vllm_importance_sampling_cap` argument is deprecated and will be removed in v2.0.0. Use `vllm_importance_sampling_clip_max` instead.',
      message:
        'vllm_importance_sampling_cap is the deprecated name of vllm_importance_sampling_clip_max and goes away in TRL 2.0; its value is used as clip_max. Set vllm_importance_sampling_clip_max instead.',
      messageKo: `${eun(code('vllm_importance_sampling_cap'))} ${code('vllm_importance_sampling_clip_max')}의 사용 중단된 옛 이름이며 TRL 2.0에서 사라집니다. 값은 clip_max로 쓰입니다. 대신 ${code('vllm_importance_sampling_clip_max')}를 설정하세요.`,
      fix: {
        label: 'Move the value to vllm_importance_sampling_clip_max',
        labelKo: '값을 vllm_importance_sampling_clip_max로 옮기기',
        patch: { vllm_importance_sampling_cap: undefined, vllm_importance_sampling_clip_max: cap.value },
      },
    });
    s.derive('vllm_importance_sampling_clip_max', cap.value, cap.float);
  },
};

/** GRPO: the lower bound must stay below the upper bound. */
export const clipBoundsOrder: PostInitStep = {
  id: 'grpo-importance-sampling-bounds',
  description: 'Checks that the importance-sampling lower bound is below the upper bound.',
  descriptionKo: '중요도 샘플링 하한이 상한보다 작은지 확인하다가',
  fields: ['vllm_importance_sampling_clip_min', 'vllm_importance_sampling_clip_max'],
  run: (s) => {
    const low = s.num('vllm_importance_sampling_clip_min');
    const high = s.num('vllm_importance_sampling_clip_max');
    if (low.value === null || high.value === null || !pyLess(low, high, '>=')) return;
    s.raise({
      rule: 'grpo-importance-sampling-bounds',
      fields: ['vllm_importance_sampling_clip_min', 'vllm_importance_sampling_clip_max'],
      error: `ValueError: vllm_importance_sampling_clip_min (${text(low)}) must be less than vllm_importance_sampling_clip_max (${text(high)}).`,
      message: `vllm_importance_sampling_clip_min ${text(low)} is not below vllm_importance_sampling_clip_max ${text(high)}, so no ratio could lie between them. Lower the minimum or raise the maximum (3.0 by default).`,
      messageKo: `${code('vllm_importance_sampling_clip_min')} ${text(low)}이(가) ${code('vllm_importance_sampling_clip_max')} ${text(high)}보다 작지 않아 그 사이에 들어갈 비율이 없습니다. 하한을 낮추거나 상한(기본 3.0)을 올리세요.`,
    });
  },
};

/** GRPO: a *_truncate mode needs a bound to truncate at. */
export const truncateNeedsBound: PostInitStep = {
  id: 'grpo-truncate-needs-bound',
  description: 'Checks that a *_truncate importance-sampling mode has a bound.',
  descriptionKo: '`*_truncate` 중요도 샘플링 모드에 경계가 있는지 확인하다가',
  run: (s) => {
    const mode = s.values.vllm_importance_sampling_mode;
    if (!isTruthy(s.values.vllm_importance_sampling_correction) || (mode !== 'token_truncate' && mode !== 'sequence_truncate')) return;
    if (s.values.vllm_importance_sampling_clip_min !== null || s.values.vllm_importance_sampling_clip_max !== null) return;
    s.raise({
      rule: 'grpo-truncate-needs-bound',
      fields: ['vllm_importance_sampling_clip_max', 'vllm_importance_sampling_mode'],
      error:
        'ValueError: At least one of `vllm_importance_sampling_clip_min` or `vllm_importance_sampling_clip_max` must be set when `vllm_importance_sampling_mode` is a `*_truncate` mode.',
      message: `vllm_importance_sampling_mode "${String(mode)}" truncates ratios at a bound, but both bounds are empty. Set vllm_importance_sampling_clip_max (3.0 by default) or vllm_importance_sampling_clip_min.`,
      messageKo: `${code('vllm_importance_sampling_mode')} ${code(`"${String(mode)}"`)}는 경계에서 비율을 자르는데 두 경계가 모두 비어 있습니다. ${code('vllm_importance_sampling_clip_max')}(기본 3.0)나 ${code('vllm_importance_sampling_clip_min')}를 설정하세요.`,
      fix: {
        label: 'Set vllm_importance_sampling_clip_max to 3.0',
        labelKo: 'vllm_importance_sampling_clip_max를 3.0으로 설정',
        patch: { vllm_importance_sampling_clip_max: 3.0 },
      },
    });
  },
};

/** Distillation: beta interpolates between the two KL directions. */
export const distillationBetaRange: PostInitStep = {
  id: 'distillation-beta-range',
  description: 'Checks that beta lies in [0, 1].',
  descriptionKo: '`beta`가 [0, 1] 안에 있는지 확인하다가',
  fields: ['beta'],
  run: (s) => {
    const beta = s.num('beta');
    if (!pyLess(beta, num(0.0, true)) && !pyLess(beta, num(1.0, true), '>')) return;
    const clamped = (beta.value as number) < 0 ? 0.0 : 1.0;
    s.raise({
      rule: 'distillation-beta-range',
      fields: ['beta'],
      error: `ValueError: beta must be in [0.0, 1.0], got ${text(beta)}.`,
      message: `beta ${text(beta)} is outside [0, 1]: it mixes the two KL directions of the distillation loss (0 and 1 are the pure ones). Pick a value from 0 to 1.`,
      messageKo: `${code('beta')} ${text(beta)}이(가) [0, 1] 밖에 있습니다. 증류 손실의 두 KL 방향을 섞는 비율이므로(0과 1이 각 방향) 0에서 1 사이 값을 고르세요.`,
      fix: { label: `Set beta to ${clamped.toFixed(1)}`, labelKo: `beta를 ${clamped.toFixed(1)}(으)로 설정`, patch: { beta: clamped } },
    });
  },
};
