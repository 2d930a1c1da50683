import { pyFloorDiv, pyLess, pyMod, pyMul, PyError, pyTypeName, type PyNum } from '../../py/py-arith';
import { isDict, isTruthy, type PyValue } from '../../py/py-value';
import { pythonText } from '../../py/python-text';
import { message, type NoParams } from '../../i18n/messages/message';
import type { PostInitStep } from '../define-config-class';

// The steps of TRL 1.13's `__post_init__` methods, one object per step, named as the classes run them.
// Error and warning texts are the library's own; everything else is our explanation.

const text = (n: PyNum): string => pythonText(n.value, n.float);
const num = (value: PyValue, float = false): PyNum => ({ value, float });

/** `_BaseConfig`: an unset bf16 becomes `not fp16`, so TRL trains in bf16 unless fp16 is asked for. */
export const bf16FromFp16: PostInitStep = {
  id: 'trl-bf16-default',
  description: 'Turns bf16 on unless fp16 is on, when bf16 is unset.',
  run: (s) => {
    if (s.values.bf16 === null || s.values.bf16 === undefined) s.derive('bf16', !isTruthy(s.values.fp16));
  },
};

/** SFT, DPO, Reward: the deprecated `pad_token` still works, with a FutureWarning. */
export const padTokenWarning: PostInitStep = {
  id: 'trl-deprecated-pad-token',
  description: 'Warns that pad_token is deprecated.',
  messages: ['trl-deprecated-pad-token', 'trl-deprecated-pad-token.fix'],
  run: (s) => {
    if (s.values.pad_token === null || s.values.pad_token === undefined) return;
    s.warn({
      rule: 'trl-deprecated-pad-token',
      fields: ['pad_token'],
      library:
        '`pad_token` is deprecated and will be removed in v2.0.0. Set `tokenizer.pad_token` directly and pass it as `processing_class` to the trainer instead.',
      text: message('trl-deprecated-pad-token', { className: s.className }),
      fix: { text: message('trl-deprecated-pad-token.fix', {}), patch: { pad_token: undefined } },
    });
  },
};

/** SFT, DPO: truncating from the start (`keep_end`) is deprecated. */
export const keepEndWarning: PostInitStep = {
  id: 'trl-deprecated-keep-end',
  description: 'Warns that truncation_mode="keep_end" is deprecated.',
  messages: ['trl-deprecated-keep-end', 'trl-deprecated-keep-end.fix'],
  run: (s) => {
    if (s.values.truncation_mode !== 'keep_end') return;
    s.warn({
      rule: 'trl-deprecated-keep-end',
      fields: ['truncation_mode'],
      library: "The `'keep_end'` truncation mode is deprecated and will be removed in v2.0.0. Use `truncation_mode='keep_start'` (the default) instead.",
      text: message('trl-deprecated-keep-end', {}),
      fix: { text: message('trl-deprecated-keep-end.fix', {}), patch: { truncation_mode: undefined } },
    });
  },
};

/** SFT: the packing strategy `bfd-requeue` was renamed `bfd_split`. */
export const bfdRequeueRename: PostInitStep = {
  id: 'trl-renamed-bfd-requeue',
  description: 'Renames packing_strategy "bfd-requeue" to "bfd_split".',
  messages: ['trl-renamed-bfd-requeue', 'trl-renamed-bfd-requeue.fix'],
  run: (s) => {
    if (s.values.packing_strategy !== 'bfd-requeue') return;
    s.warn({
      rule: 'trl-renamed-bfd-requeue',
      fields: ['packing_strategy'],
      library:
        'The `bfd-requeue` packing strategy has been renamed to `bfd_split`. Please update your configuration accordingly. The `bfd-requeue` strategy is deprecated and will be removed in v2.0.0.',
      text: message('trl-renamed-bfd-requeue', {}),
      fix: { text: message('trl-renamed-bfd-requeue.fix', {}), patch: { packing_strategy: 'bfd_split' } },
    });
    s.derive('packing_strategy', 'bfd_split');
  },
};

/** SFT: an unset loss is chunked cross-entropy, or plain cross-entropy with the Liger kernels. */
export const sftLossTypeDefault: PostInitStep = {
  id: 'sft-loss-type-default',
  description: 'Picks chunked_nll as the loss when none is given, or nll with use_liger_kernel.',
  run: (s) => {
    if (s.values.loss_type === null || s.values.loss_type === undefined) s.derive('loss_type', isTruthy(s.values.use_liger_kernel) ? 'nll' : 'chunked_nll');
  },
};

/** DPO: one loss name becomes a one-element list. */
export const dpoLossTypeList: PostInitStep = {
  id: 'dpo-loss-type-list',
  description: 'Wraps a single loss_type name in a list.',
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
  messages: ['dpo-loss-weights', 'dpo-loss-weights.fix', 'dpo-loss-weights.remove'],
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
      text: message('dpo-loss-weights', { have, want }),
      fix:
        losses.length > 0
          ? { text: message('dpo-loss-weights.fix', { want }), patch: { loss_weights: losses.map(() => 1.0) } }
          : { text: message('dpo-loss-weights.remove', {}), patch: { loss_weights: undefined } },
    });
  },
};

/** GRPO, RLOO: the old name of continuous batching still switches it on. */
export const pagedRename: PostInitStep = {
  id: 'trl-deprecated-transformers-paged',
  description: 'Turns use_transformers_paged into use_transformers_continuous_batching.',
  messages: ['trl-deprecated-transformers-paged', 'trl-deprecated-transformers-paged.fix'],
  run: (s) => {
    if (!isTruthy(s.values.use_transformers_paged)) return;
    s.warn({
      rule: 'trl-deprecated-transformers-paged',
      fields: ['use_transformers_paged'],
      library: '`use_transformers_paged` is deprecated and will be removed in v2.0.0. Use `use_transformers_continuous_batching` instead.',
      text: message('trl-deprecated-transformers-paged', {}),
      fix: {
        text: message('trl-deprecated-transformers-paged.fix', {}),
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
  messages: ['grpo-hub-repo-needs-log-completions', 'grpo-hub-repo-needs-log-completions.fix'],
  run: (s) => {
    if (s.values.log_completions_hub_repo === null || s.values.log_completions_hub_repo === undefined || isTruthy(s.values.log_completions)) return;
    s.raise({
      rule: 'grpo-hub-repo-needs-log-completions',
      fields: ['log_completions_hub_repo', 'log_completions'],
      error:
        'ValueError: log_completions_hub_repo is set, but log_completions is False. Enable log_completions to upload completions to the Hub, or unset log_completions_hub_repo.',
      text: message('grpo-hub-repo-needs-log-completions', {}),
      fix: { text: message('grpo-hub-repo-needs-log-completions.fix', {}), patch: { log_completions: true } },
    });
  },
};

/** GRPO, RLOO: shrinking the batch on out-of-memory would split prompt groups. */
export const noAutoFindBatchSize: PostInitStep = {
  id: 'trl-auto-find-batch-size',
  description: 'Rejects auto_find_batch_size.',
  messages: ['trl-auto-find-batch-size', 'trl-auto-find-batch-size.fix'],
  run: (s) => {
    if (!isTruthy(s.values.auto_find_batch_size)) return;
    const name = s.shortName;
    s.raise({
      rule: 'trl-auto-find-batch-size',
      fields: ['auto_find_batch_size'],
      error: `ValueError: auto_find_batch_size is not supported by ${name}, because the generation batch must contain full prompt groups of num_generations completions, and reducing the batch size on out-of-memory breaks this invariant. Set auto_find_batch_size=False and lower per_device_train_batch_size instead.`,
      text: message('trl-auto-find-batch-size', { className: s.className }),
      fix: { text: message('trl-auto-find-batch-size.fix', {}), patch: { auto_find_batch_size: undefined } },
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
  messages: ['trl-generation-batch', 'trl-generation-batch.fix', 'trl-generation-batch.both', 'trl-generation-batch.both.fix'],
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
          text: message('trl-generation-batch', { generation: text(generation), global: text(global), worldSize: s.worldSize, fixed: fixed ?? null }),
          ...(fixed === undefined ? {} : { fix: { text: message('trl-generation-batch.fix', { fixed }), patch: { generation_batch_size: fixed } } }),
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
        text: message('trl-generation-batch.both', {}),
        fix: { text: message('trl-generation-batch.both.fix', {}), patch: { steps_per_generation: undefined } },
      });
    }
  },
};

/** GRPO, RLOO: while evaluating, the global eval batch holds whole groups of completions. */
export const evalBatchGroups: PostInitStep = {
  id: 'trl-eval-batch-generations',
  description: 'Checks that the global eval batch holds whole groups of generations.',
  messages: ['trl-eval-batch-generations', 'trl-eval-batch-generations.fix'],
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
      text: message('trl-eval-batch-generations', {
        evalBatch: text(evalBatch),
        worldSize: s.worldSize,
        groups: text(groups),
        groupsField,
        fixed: fixed ?? null,
      }),
      ...(fixed === undefined ? {} : { fix: { text: message('trl-eval-batch-generations.fix', { fixed }), patch: { per_device_eval_batch_size: fixed } } }),
    });
  },
};

/** GRPO, RLOO: the generation batch holds whole groups of num_generations completions. */
export const generationGroups: PostInitStep = {
  id: 'trl-generation-groups',
  description: 'Checks that generation_batch_size is a multiple of num_generations.',
  messages: ['trl-generation-groups', 'trl-generation-groups.fix'],
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
      text: message('trl-generation-groups', {
        generation: text(generation),
        derived: s.input.values.generation_batch_size === undefined,
        groups: text(groups),
        fixed: fixed ?? null,
      }),
      ...(fixed === undefined
        ? {}
        : { fix: { text: message('trl-generation-groups.fix', { fixed }), patch: { generation_batch_size: fixed, steps_per_generation: undefined } } }),
    });
  },
};

/** GRPO, RLOO: advantages compare completions of one prompt, so there must be at least two. */
export const atLeastTwoGenerations: PostInitStep = {
  id: 'trl-min-generations',
  description: 'Checks that num_generations is at least 2.',
  messages: ['trl-min-generations', 'trl-min-generations.fix'],
  fields: ['num_generations'],
  run: (s) => {
    const groups = s.num('num_generations');
    if (!pyLess(groups, num(2))) return;
    s.raise({
      rule: 'trl-min-generations',
      fields: ['num_generations'],
      error: `ValueError: ${s.shortName} requires at least 2 generations per prompt to calculate the advantages. You provided ${text(groups)}, which is less than the minimum required.`,
      text: message('trl-min-generations', { groups: text(groups), shortName: s.shortName }),
      fix: { text: message('trl-min-generations.fix', {}), patch: { num_generations: 2 } },
    });
  },
};

/** GRPO: the old name of the upper importance-sampling bound. */
export const capRename: PostInitStep = {
  id: 'grpo-deprecated-importance-sampling-cap',
  description: 'Copies vllm_importance_sampling_cap into vllm_importance_sampling_clip_max.',
  messages: ['grpo-deprecated-importance-sampling-cap', 'grpo-deprecated-importance-sampling-cap.fix'],
  run: (s) => {
    const cap = s.num('vllm_importance_sampling_cap');
    if (cap.value === null) return;
    s.warn({
      rule: 'grpo-deprecated-importance-sampling-cap',
      fields: ['vllm_importance_sampling_cap'],
      library: 'The `vllm_importance_sampling_cap` argument is deprecated and will be removed in v2.0.0. Use `vllm_importance_sampling_clip_max` instead.',
      text: message('grpo-deprecated-importance-sampling-cap', {}),
      fix: {
        text: message('grpo-deprecated-importance-sampling-cap.fix', {}),
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
  messages: ['grpo-importance-sampling-bounds'],
  fields: ['vllm_importance_sampling_clip_min', 'vllm_importance_sampling_clip_max'],
  run: (s) => {
    const low = s.num('vllm_importance_sampling_clip_min');
    const high = s.num('vllm_importance_sampling_clip_max');
    if (low.value === null || high.value === null || !pyLess(low, high, '>=')) return;
    s.raise({
      rule: 'grpo-importance-sampling-bounds',
      fields: ['vllm_importance_sampling_clip_min', 'vllm_importance_sampling_clip_max'],
      error: `ValueError: vllm_importance_sampling_clip_min (${text(low)}) must be less than vllm_importance_sampling_clip_max (${text(high)}).`,
      text: message('grpo-importance-sampling-bounds', { low: text(low), high: text(high) }),
    });
  },
};

/** GRPO: a *_truncate mode needs a bound to truncate at. */
export const truncateNeedsBound: PostInitStep = {
  id: 'grpo-truncate-needs-bound',
  description: 'Checks that a *_truncate importance-sampling mode has a bound.',
  messages: ['grpo-truncate-needs-bound', 'grpo-truncate-needs-bound.fix'],
  run: (s) => {
    const mode = s.values.vllm_importance_sampling_mode;
    if (!isTruthy(s.values.vllm_importance_sampling_correction) || (mode !== 'token_truncate' && mode !== 'sequence_truncate')) return;
    if (s.values.vllm_importance_sampling_clip_min !== null || s.values.vllm_importance_sampling_clip_max !== null) return;
    s.raise({
      rule: 'grpo-truncate-needs-bound',
      fields: ['vllm_importance_sampling_clip_max', 'vllm_importance_sampling_mode'],
      error:
        'ValueError: At least one of `vllm_importance_sampling_clip_min` or `vllm_importance_sampling_clip_max` must be set when `vllm_importance_sampling_mode` is a `*_truncate` mode.',
      text: message('grpo-truncate-needs-bound', { mode: String(mode) }),
      fix: { text: message('grpo-truncate-needs-bound.fix', {}), patch: { vllm_importance_sampling_clip_max: 3.0 } },
    });
  },
};

/** Distillation: beta interpolates between the two KL directions. */
export const distillationBetaRange: PostInitStep = {
  id: 'distillation-beta-range',
  description: 'Checks that beta lies in [0, 1].',
  messages: ['distillation-beta-range', 'distillation-beta-range.fix'],
  fields: ['beta'],
  run: (s) => {
    const beta = s.num('beta');
    if (!pyLess(beta, num(0.0, true)) && !pyLess(beta, num(1.0, true), '>')) return;
    const clamped = (beta.value as number) < 0 ? 0.0 : 1.0;
    s.raise({
      rule: 'distillation-beta-range',
      fields: ['beta'],
      error: `ValueError: beta must be in [0.0, 1.0], got ${text(beta)}.`,
      text: message('distillation-beta-range', { beta: text(beta) }),
      fix: { text: message('distillation-beta-range.fix', { clamped: clamped.toFixed(1) }), patch: { beta: clamped } },
    });
  },
};

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'trl-deprecated-pad-token': { readonly className: string };
    'trl-deprecated-pad-token.fix': NoParams;
    'trl-deprecated-keep-end': NoParams;
    'trl-deprecated-keep-end.fix': NoParams;
    'trl-renamed-bfd-requeue': NoParams;
    'trl-renamed-bfd-requeue.fix': NoParams;
    'dpo-loss-weights': { readonly have: number; readonly want: number };
    'dpo-loss-weights.fix': { readonly want: number };
    'dpo-loss-weights.remove': NoParams;
    'trl-deprecated-transformers-paged': NoParams;
    'trl-deprecated-transformers-paged.fix': NoParams;
    'grpo-hub-repo-needs-log-completions': NoParams;
    'grpo-hub-repo-needs-log-completions.fix': NoParams;
    'trl-auto-find-batch-size': { readonly className: string };
    'trl-auto-find-batch-size.fix': NoParams;
    /** Numbers as Python prints them; `fixed`: the nearest multiple that works, if any. */
    'trl-generation-batch': { readonly generation: string; readonly global: string; readonly worldSize: number; readonly fixed: number | null };
    'trl-generation-batch.fix': { readonly fixed: number };
    'trl-generation-batch.both': NoParams;
    'trl-generation-batch.both.fix': NoParams;
    'trl-eval-batch-generations': {
      readonly evalBatch: string;
      readonly worldSize: number;
      readonly groups: string;
      readonly groupsField: string;
      readonly fixed: number | null;
    };
    'trl-eval-batch-generations.fix': { readonly fixed: number };
    /** `derived`: generation_batch_size was not given but derived from the batch size. */
    'trl-generation-groups': { readonly generation: string; readonly derived: boolean; readonly groups: string; readonly fixed: number | null };
    'trl-generation-groups.fix': { readonly fixed: number };
    'trl-min-generations': { readonly groups: string; readonly shortName: string };
    'trl-min-generations.fix': NoParams;
    'grpo-deprecated-importance-sampling-cap': NoParams;
    'grpo-deprecated-importance-sampling-cap.fix': NoParams;
    'grpo-importance-sampling-bounds': { readonly low: string; readonly high: string };
    'grpo-truncate-needs-bound': { readonly mode: string };
    'grpo-truncate-needs-bound.fix': NoParams;
    'distillation-beta-range': { readonly beta: string };
    'distillation-beta-range.fix': { readonly clamped: string };
  }
}
