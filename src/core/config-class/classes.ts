import type { PyValue } from '../py/py-value';
import { isTruthy } from '../py/py-value';
import { dpoExoNeedsLabelSmoothing } from '../rules/trl/dpo-exo-needs-label-smoothing';
import { dpoRobustLabelSmoothing } from '../rules/trl/dpo-robust-label-smoothing';
import { dpoWeightingWithAot } from '../rules/trl/dpo-weighting-with-aot';
import { grpoImportanceLevelAdvice } from '../rules/trl/grpo-importance-level-advice';
import { grpoVespoNeedsTokenIsMode } from '../rules/trl/grpo-vespo-needs-token-is-mode';
import { ktoKlNeedsBatchSize2 } from '../rules/trl/kto-kl-needs-batch-size-2';
import { ktoKlNeedsSequentialSampling } from '../rules/trl/kto-kl-needs-sequential-sampling';
import { sftLigerChunkedNll } from '../rules/trl/sft-liger-chunked-nll';
import { syncRefWithBetaZero } from '../rules/trl/sync-ref-with-beta-zero';
import { syncRefWithPrecompute } from '../rules/trl/sync-ref-with-precompute';
import { trlChoice } from '../rules/trl/trl-choice';
import { trlFieldType } from '../rules/trl/trl-field-type';
import type { ClassFieldSpec, ConfigClassDef, PostInitStep } from './define-config-class';
import { SEQ2SEQ_FIELDS } from './seq2seq-fields';
import { KEEP_COLUMNS, KTO_SEQUENTIAL, trlOverrides } from './trl/base-overrides';
import {
  atLeastTwoGenerations,
  bf16FromFp16,
  bfdRequeueRename,
  capRename,
  clipBoundsOrder,
  distillationBetaRange,
  dpoLossTypeList,
  dpoLossWeights,
  evalBatchGroups,
  generationBatch,
  generationGroups,
  hubRepoNeedsLogging,
  keepEndWarning,
  noAutoFindBatchSize,
  noSequenceParallelism,
  padTokenWarning,
  pagedRename,
  scaleRewardsWords,
  sftLossTypeDefault,
  truncateNeedsBound,
} from './trl/trl-steps';
import { DISTILLATION_FIELDS, DPO_FIELDS, GRPO_FIELDS, KTO_FIELDS, REWARD_FIELDS, RLOO_FIELDS, SFT_FIELDS } from './trl/trl-fields';

/** TRL 1.13 supports transformers from 4.56.2 on; the app offers its classes from the 4.57 band. */
const TRL_SINCE = '4.57';

/** The generated-batch steps GRPO and RLOO share, in the order both run them. */
const GENERATION_STEPS: readonly PostInitStep[] = [noAutoFindBatchSize, generationBatch, evalBatchGroups, generationGroups, atLeastTwoGenerations];

/** Type and option checks of a class's own fields; `skip` leaves a field's options open in some states. */
function schemaRules(name: string, fields: readonly ClassFieldSpec[], skip?: (field: string, resolved: Readonly<Record<string, PyValue>>) => boolean) {
  return [trlFieldType(name, fields), trlChoice(name, fields, skip)];
}

const TRAINING_ARGUMENTS: ConfigClassDef = {
  name: 'TrainingArguments',
  module: 'transformers',
  shortName: 'Trainer',
  summary: 'The Trainer’s own arguments.',
  overrides: [],
  fields: [],
  jsonFields: [],
  beforeBase: [],
  afterBase: [],
  rules: [],
};

const SEQ2SEQ: ConfigClassDef = {
  name: 'Seq2SeqTrainingArguments',
  module: 'transformers',
  shortName: 'Seq2SeqTrainer',
  summary: 'TrainingArguments plus generation settings for Seq2SeqTrainer (summarisation, translation).',
  overrides: [],
  fields: SEQ2SEQ_FIELDS,
  jsonFields: [],
  beforeBase: [],
  afterBase: [],
  rules: [trlFieldType('Seq2SeqTrainingArguments', SEQ2SEQ_FIELDS, 'class-field-type' as const)],
};

const SFT: ConfigClassDef = {
  name: 'SFTConfig',
  module: 'trl',
  shortName: 'SFT',
  since: TRL_SINCE,
  summary: 'TRL supervised fine-tuning (SFTTrainer).',
  overrides: trlOverrides(2e-5),
  fields: SFT_FIELDS,
  jsonFields: ['model_init_kwargs', 'dataset_kwargs'],
  beforeBase: [bf16FromFp16],
  afterBase: [padTokenWarning, keepEndWarning, bfdRequeueRename, sftLossTypeDefault],
  // With the Liger kernels SFTTrainer hands loss_type to Liger and does not check its name.
  rules: [...schemaRules('SFTConfig', SFT_FIELDS, (field, resolved) => field === 'loss_type' && isTruthy(resolved.use_liger_kernel)), sftLigerChunkedNll],
};

const DPO: ConfigClassDef = {
  name: 'DPOConfig',
  module: 'trl',
  shortName: 'DPO',
  since: TRL_SINCE,
  summary: 'TRL Direct Preference Optimization on chosen/rejected pairs (DPOTrainer).',
  overrides: trlOverrides(1e-6),
  fields: DPO_FIELDS,
  jsonFields: ['model_init_kwargs'],
  // DPO checks its loss weights before TrainingArguments runs at all.
  beforeBase: [dpoLossTypeList, dpoLossWeights, padTokenWarning, keepEndWarning, bf16FromFp16],
  afterBase: [],
  rules: [...schemaRules('DPOConfig', DPO_FIELDS), dpoWeightingWithAot, dpoExoNeedsLabelSmoothing, dpoRobustLabelSmoothing, syncRefWithPrecompute],
};

const GRPO: ConfigClassDef = {
  name: 'GRPOConfig',
  module: 'trl',
  shortName: 'GRPO',
  since: TRL_SINCE,
  summary: 'TRL Group Relative Policy Optimization with reward functions (GRPOTrainer).',
  overrides: trlOverrides(1e-6, [KEEP_COLUMNS]),
  fields: GRPO_FIELDS,
  jsonFields: ['model_init_kwargs', 'transformers_continuous_batching_config', 'generation_kwargs', 'chat_template_kwargs'],
  beforeBase: [bf16FromFp16],
  afterBase: [pagedRename, noSequenceParallelism, scaleRewardsWords, hubRepoNeedsLogging, ...GENERATION_STEPS, capRename, clipBoundsOrder, truncateNeedsBound],
  rules: [...schemaRules('GRPOConfig', GRPO_FIELDS), syncRefWithBetaZero, grpoVespoNeedsTokenIsMode, grpoImportanceLevelAdvice],
};

const KTO: ConfigClassDef = {
  name: 'KTOConfig',
  module: 'trl',
  shortName: 'KTO',
  since: TRL_SINCE,
  summary: 'TRL Kahneman–Tversky Optimization on examples labelled good or bad (KTOTrainer).',
  overrides: trlOverrides(1e-6, [KTO_SEQUENTIAL]),
  fields: KTO_FIELDS,
  jsonFields: ['model_init_kwargs'],
  beforeBase: [bf16FromFp16],
  afterBase: [],
  rules: [...schemaRules('KTOConfig', KTO_FIELDS), syncRefWithPrecompute, ktoKlNeedsSequentialSampling, ktoKlNeedsBatchSize2],
};

const REWARD: ConfigClassDef = {
  name: 'RewardConfig',
  module: 'trl',
  shortName: 'Reward',
  since: TRL_SINCE,
  summary: 'TRL reward-model training on preference pairs (RewardTrainer).',
  overrides: trlOverrides(1e-4),
  fields: REWARD_FIELDS,
  jsonFields: ['model_init_kwargs'],
  beforeBase: [bf16FromFp16],
  afterBase: [padTokenWarning],
  rules: schemaRules('RewardConfig', REWARD_FIELDS),
};

const RLOO: ConfigClassDef = {
  name: 'RLOOConfig',
  module: 'trl',
  shortName: 'RLOO',
  since: TRL_SINCE,
  summary: 'TRL REINFORCE Leave-One-Out with reward functions (RLOOTrainer).',
  overrides: trlOverrides(1e-6, [KEEP_COLUMNS]),
  fields: RLOO_FIELDS,
  jsonFields: ['model_init_kwargs', 'transformers_continuous_batching_config', 'generation_kwargs', 'chat_template_kwargs'],
  beforeBase: [bf16FromFp16],
  afterBase: [pagedRename, noSequenceParallelism, ...GENERATION_STEPS],
  rules: [...schemaRules('RLOOConfig', RLOO_FIELDS), syncRefWithBetaZero],
};

const DISTILLATION: ConfigClassDef = {
  name: 'DistillationConfig',
  module: 'trl',
  shortName: 'Distillation',
  since: TRL_SINCE,
  summary: 'TRL on-policy distillation from a teacher model (DistillationTrainer, new in TRL 1.13).',
  overrides: trlOverrides(1e-6, [KEEP_COLUMNS]),
  fields: DISTILLATION_FIELDS,
  jsonFields: ['model_init_kwargs', 'teacher_model_init_kwargs', 'generation_kwargs', 'chat_template_kwargs'],
  beforeBase: [bf16FromFp16],
  afterBase: [distillationBetaRange, noSequenceParallelism],
  rules: schemaRules('DistillationConfig', DISTILLATION_FIELDS),
};

/** Every config class, in menu order. Adding one is adding a row here (and its vectors). */
export const CONFIG_CLASSES: readonly ConfigClassDef[] = [TRAINING_ARGUMENTS, SEQ2SEQ, SFT, DPO, GRPO, KTO, REWARD, RLOO, DISTILLATION];

export const DEFAULT_CONFIG_CLASS = 'TrainingArguments';

const BY_NAME = new Map(CONFIG_CLASSES.map((c) => [c.name, c]));

/** The class called `name`, or undefined. */
export function getConfigClass(name: string): ConfigClassDef | undefined {
  return BY_NAME.get(name);
}

/** Whether a string names a config class (for command-line and link input). */
export function isConfigClassName(name: string): boolean {
  return BY_NAME.has(name);
}
