import type { DroppedOptimizer } from '../../rules/library/enum-value';
import type { KwargProblem } from '../../rules/trainer/scheduler-kwarg-type';
import type { MetricScheduler } from '../../rules/library/plateau-needs-eval';
import type { StepInterval } from '../../rules/app/negative-steps';
import type { FsdpConfigProblem } from '../../rules/library/fsdp-config-unused';
import type { OptimArgCast } from '../../rules/optim-args-spec';
import type { EnumWordParams } from '../../rules/enum-words';
import type { DeprecatedName } from '../../rules/library/deprecated-argument';
import type { SchemaTypeAdvice } from '../../rules/app/schema-type';
import type { UnknownItem } from '../../rules/app/schema-choice';
import type { ListOptionField } from '../../rules/app/schema-list-option';
import type { ClassFieldTypeParams } from '../../rules/trl/trl-field-type';
import type { AxolotlNote } from '../../import/import-result';
import { HARDWARE_LABELS } from '../../hardware/hardware-profile';
import { pythonRepr, pythonText } from '../../py/python-text';
import type { RejectedFix } from '../../emit/emit-notes';
import type { ArgOwnerId } from '../../import/owner-label';
import { fieldIn } from '../../registry/registry';
import { boundsText, expectedText } from '../../rules/schema-expected';
import { describePatch, describeValue, listChoices, quote } from '../../rules/schema-format';
import { maskToken } from '../../secrets/token-scan';
import { isLine4x, targetLabel } from '../../target/target';
import { renderMessage, tableText, type MessageCatalogue } from './message';

/** What each metric-driven scheduler does with the metric (plateau-needs-eval). */
const METRIC_USE_EN: Readonly<Record<MetricScheduler, string>> = {
  reduce_lr_on_plateau: 'lowers the learning rate when the evaluation metric stops improving',
  greedy: 'raises or lowers the learning rate from the evaluation metric',
};

/** Why Python fails on a scheduler kwarg's value (scheduler-kwarg-type), given its repr. */
const KWARG_PROBLEM_EN: Readonly<Record<KwargProblem, (repr: string) => string>> = {
  'none-in-arithmetic': () => 'None cannot take part in the arithmetic (TypeError)',
  'float-unreadable': (repr) => `float() cannot read ${repr} (ValueError/TypeError)`,
  'list-not-numbers': () => 'the list must hold only numbers',
  'compare-not-number': (repr) => `${repr} is not a number, so the comparison raises TypeError`,
  'arithmetic-not-number': (repr) => `${repr} is not a number, so the arithmetic raises TypeError`,
};

/** What replaces an optimizer a release dropped (schema-enum). */
const DROPPED_OPTIMIZER_EN: Readonly<Record<DroppedOptimizer, string>> = {
  adamw_hf: 'The old "adamw_hf" optimizer was removed; "adamw_torch" is its replacement.',
  adamw_apex_fused: 'The apex fused AdamW was removed in transformers 5.15; "adamw_torch_fused" is the fused AdamW of PyTorch itself.',
};

/** What each step interval spaces out (negative-steps). */
const STEP_ACTIVITY_EN: Readonly<Record<StepInterval, string>> = { logging_steps: 'logging', eval_steps: 'evaluation', save_steps: 'saving' };

/** Why an fsdp_config setting does nothing as configured (fsdp-config-unused). */
const FSDP_CONFIG_PROBLEM_EN: Readonly<Record<FsdpConfigProblem, string>> = {
  'file-without-fsdp':
    'fsdp_config points to a file but fsdp is off, so the file is read and then ignored. Set fsdp (e.g. "full_shard auto_wrap") or drop fsdp_config.',
  'min-num-params-without-fsdp': 'fsdp_config.min_num_params only matters when FSDP is on; fsdp is empty, so it is ignored.',
  'layer-cls-without-fsdp': 'fsdp_config.transformer_layer_cls_to_wrap only matters when FSDP is on; fsdp is empty, so it is ignored.',
  'xla-without-fsdp': 'fsdp_config.xla is on but fsdp is empty: XLA FSDP only works with fsdp set.',
  'xla-grad-ckpt-without-xla': 'fsdp_config.xla_fsdp_grad_ckpt does nothing unless fsdp_config.xla is true.',
};

/** Where a setting the Trainer passes to the schedule itself belongs instead (scheduler-unknown-kwarg), by kwarg. */
const SET_ELSEWHERE_EN: Readonly<Record<string, string>> = {
  num_warmup_steps: 'Set the warmup with warmup_steps instead.',
  num_training_steps: 'The total comes from num_train_epochs or max_steps instead.',
  optimizer: 'The Trainer passes its own optimizer.',
};

/** What an optim_args item must be, by how the optimizer converts it (optim-args-value). */
const OPTIM_ARG_EXPECTED_EN: Readonly<Record<OptimArgCast, string>> = {
  int: 'a whole number',
  float: 'a number',
  strtobool: 'true or false',
  truthy: 'any text',
  text: 'any text',
};

/** An unknown word of a space-separated enum string (enum-words); `what` is one value with its article. */
function unknownEnumWordEn(what: string, { field, word, suggestion, values, library }: EnumWordParams): string {
  return `${field}: "${word}" is not ${what}${suggestion ? `; did you mean "${suggestion}"?` : '.'} Valid: ${values.join(', ')}. The library raises: ${library}`;
}

/** What happened to each retired argument and what to do instead (unknown-argument.retired), by name. */
const RETIRED_ADVICE_EN: Readonly<Record<string, string>> = {
  evaluation_strategy: 'It was renamed to eval_strategy in 4.41; the old spelling stopped working in 4.51. The values are the same.',
  no_cuda: 'Use use_cpu=True to train on the CPU even when a GPU is present.',
  per_gpu_train_batch_size: 'Use per_device_train_batch_size, which has the same meaning (the old name won over it in 4.x).',
  per_gpu_eval_batch_size: 'Use per_device_eval_batch_size, which has the same meaning (the old name won over it in 4.x).',
  group_by_length: 'Length grouping is now one of the sampling strategies: set train_sampling_strategy to "group_by_length".',
  overwrite_output_dir:
    'The Trainer never read it; only example scripts used it to decide whether to resume. In v5 checkpoints are simply written into output_dir; pass resume_from_checkpoint to continue a run.',
  save_safetensors: 'Checkpoints are always saved as safetensors in v5; there is no longer a way to write PyTorch .bin files.',
  push_to_hub_model_id: 'Use hub_model_id, written as "organization/name" or just "name" for your own namespace.',
  push_to_hub_organization: 'Put the organization in hub_model_id instead: "organization/name".',
  push_to_hub_token: 'Use hub_token (or log in with `hf auth login` and leave it unset).',
  fp16_backend: 'Mixed precision always uses torch.amp in v5 (NVIDIA apex support is gone); fp16=True or bf16=True is all you need.',
  half_precision_backend: 'Mixed precision always uses torch.amp in v5 (NVIDIA apex support is gone); fp16=True or bf16=True is all you need.',
  fp16_opt_level: 'It only configured NVIDIA apex, which v5 no longer supports; torch.amp has no optimisation levels.',
  include_inputs_for_metrics: 'Add "inputs" to the include_for_metrics list instead.',
  fsdp_min_num_params: 'Set "min_num_params" inside fsdp_config instead.',
  fsdp_transformer_layer_cls_to_wrap: 'Set "transformer_layer_cls_to_wrap" inside fsdp_config instead.',
  adafactor: 'Choose the optimizer with optim="adafactor".',
  torchdynamo: 'Use torch_compile_backend (setting it also turns torch_compile on).',
  include_tokens_per_second: 'Token throughput is tracked through include_num_input_tokens_seen ("all" or "non_padding") in v5.',
  dispatch_batches: 'Set "dispatch_batches" inside accelerator_config instead.',
  split_batches: 'Set "split_batches" inside accelerator_config instead.',
  tp_size: "Tensor parallelism is configured with an accelerate ParallelismConfig passed as parallelism_config (built in Python), or with the model's tp_plan.",
  use_mps_device: 'Apple Silicon GPUs (MPS) are used automatically when available; set use_cpu=True to avoid them.',
  jit_mode_eval: 'TorchScript tracing for evaluation was dropped; torch_compile is the way to speed up inference now.',
  use_ipex: 'Intel Extension for PyTorch support was dropped; its CPU and XPU optimisations are part of PyTorch itself now.',
  tpu_num_cores: 'The TPU launcher decides the number of cores; it is not a TrainingArguments setting any more.',
  tpu_metrics_debug: 'Add "tpu_metrics_debug" to debug instead.',
  past_index: 'The Trainer no longer feeds past hidden states (mems) back into models; the setting has no replacement.',
  use_legacy_prediction_loop: 'The old prediction loop is gone; evaluation and prediction always use the current loop.',
  mp_parameters: 'SageMaker model-parallel support was dropped, and these parameters with it.',
  ray_scope: 'It is no longer a TrainingArguments setting; configure checkpoint selection in Ray Tune when you call hyperparameter_search.',
  sharded_ddp: 'FairScale sharded DDP was dropped; use PyTorch FSDP (fsdp="full_shard" or "shard_grad_op") or DeepSpeed ZeRO instead.',
};

/** What 4.56 does with each deprecated argument it still honours (deprecated-argument). */
const DEPRECATED_EFFECT_EN: Readonly<Record<DeprecatedName, string>> = {
  no_cuda: 'copied into use_cpu',
  fp16_backend: 'copied into half_precision_backend',
  adafactor: 'turned into optim="adafactor"',
  torchdynamo: 'copied into torch_compile_backend',
  push_to_hub_token: 'copied into hub_token',
  push_to_hub_model_id: 'turned into hub_model_id (without an organization, by asking the Hub for your user name)',
  push_to_hub_organization: 'turned into hub_model_id',
  include_inputs_for_metrics: 'turned into "inputs" in include_for_metrics',
  tpu_metrics_debug: 'added to debug',
  fsdp_min_num_params: 'merged into fsdp_config',
  fsdp_transformer_layer_cls_to_wrap: 'appended to fsdp_config',
  use_ipex: 'still used, with a warning',
  use_mps_device: 'only checked',
  per_gpu_train_batch_size: 'used instead of per_device_train_batch_size',
  per_gpu_eval_batch_size: 'used instead of per_device_eval_batch_size',
};

/** What to write instead of a value of the wrong type (schema-type). */
function SCHEMA_TYPE_ADVICE_EN(advice: SchemaTypeAdvice): string {
  switch (advice.kind) {
    case 'drop-decimal':
      return `Write it without the decimal point: ${advice.value}.`;
    case 'tokens-seen-bool':
      return `The token-counting modes arrived in 4.57; here the flag is a bool, and ${advice.on ? 'True counts every token, padding included' : 'False turns counting off'}.`;
    case 'bool-not-number':
      return 'Use true or false rather than a number.';
    case 'quote-number':
      return 'Put the value in quotes so it is passed as text.';
    case 'unquote':
      return `Remove the quotes: write ${advice.value}, not "${advice.text}".`;
    case 'bool-unquote':
      return 'Use true or false without quotes: Python treats any non-empty text, even "false", as true.';
    case 'list-single':
      return 'Give a list, even for a single name.';
    case 'python-only':
      return 'Build it in your Python code and leave it unset here.';
    case 'whole-example':
      return `Enter a whole number such as ${advice.example}.`;
    case 'number-example':
      return `Enter a number such as ${advice.example}.`;
    case 'pick-choice':
      return 'Pick one of the listed choices.';
    case 'bool-choose':
      return 'Choose true or false.';
    case 'dict-example':
      return 'Enter a JSON object such as {"key": 1}.';
    case 'list-example':
      return 'Enter a list of strings such as ["a", "b"].';
    case 'text':
      return 'Enter it as text in quotes.';
  }
}

/** What an unknown name leads to, since the library accepts it silently (schema-choice), by field. */
const CHOICE_CONSEQUENCE_EN: Readonly<Record<string, string>> = {
  log_level: 'The Trainer looks the name up when it sets the log level and fails with a KeyError.',
  log_level_replica: 'The Trainer looks the name up when it sets the log level and fails with a KeyError.',
  ddp_backend: 'torch.distributed cannot start a process group with an unknown backend, so a multi-process run fails at start-up.',
  train_sampling_strategy: 'An unknown name is not rejected; the Trainer silently samples at random instead.',
  dataloader_multiprocessing_context: "torch's DataLoader accepts only fork, spawn or forkserver and raises when the Trainer builds it.",
  include_num_input_tokens_seen: 'An unknown mode is not rejected; the Trainer silently counts tokens in another mode.',
  include_for_metrics: 'The Trainer only looks for these names, so anything else is silently ignored.',
  half_precision_backend: 'The command-line parser would refuse it; in Python nothing checks it, and the Trainer silently uses torch.amp.',
  fp16_backend: 'It is copied into half_precision_backend, where nothing checks it; the Trainer silently uses torch.amp.',
};
/** What an unknown tracker name leads to (schema-choice). */
const REPORT_TO_CONSEQUENCE_EN = 'The Trainer raises ValueError ("… is not supported") when it sets up the trackers.';

/** One option of each list field, without article (schema-list-option). */
const LIST_OPTION_EN: Readonly<Record<ListOptionField, string>> = { fsdp: 'FSDP option', debug: 'debug option' };

/** "foo" (did you mean "bar"?), "baz" is unknown */
function unknownItemsEn(unknown: readonly UnknownItem[]): string {
  return unknown.map(({ item, suggestion }) => (suggestion ? `${quote(item)} (did you mean ${quote(suggestion)}?)` : `${quote(item)} is unknown`)).join(', ');
}

/** What a config class's field annotation declares, by kind (trl-field-type). */
const CLASS_FIELD_KIND_EN: Readonly<Record<string, string>> = {
  int: 'a whole number',
  float: 'a number',
  bool: 'true or false',
  string: 'text',
  enum: 'one of the listed names',
  dict: 'a JSON object',
  list: 'a list',
  'number-list': 'a list of numbers',
};

/** A config class's field holding a value of the wrong kind (trl-field-type, class-field-type). */
function classFieldTypeEn({ field, className, kind, nullable, pyType, value, written, meant }: ClassFieldTypeParams): string {
  const want = `${CLASS_FIELD_KIND_EN[kind] ?? 'a value'}${nullable ? ' or None' : ''}`;
  return `${field} must be ${want} (${pyType}), got ${describeValue(value, written)}. ${className} keeps the value as given and the trainer fails on it later. ${meant === null ? 'Enter a value of that kind, or reset it to the default.' : `Write ${describeValue(meant)} instead.`}`;
}

/** What each config-class `__post_init__` step was doing when Python's own arithmetic failed in it (config-class.python-error), completing "fails while it …", by step id. */
const POST_INIT_STEP_EN: Readonly<Record<string, string>> = {
  'trl-bf16-default': 'turns bf16 on unless fp16 is on, when bf16 is unset',
  'trl-deprecated-pad-token': 'warns that pad_token is deprecated',
  'trl-deprecated-keep-end': 'warns that truncation_mode="keep_end" is deprecated',
  'trl-renamed-bfd-requeue': 'renames packing_strategy "bfd-requeue" to "bfd_split"',
  'sft-loss-type-default': 'picks chunked_nll as the loss when none is given, or nll with use_liger_kernel',
  'dpo-loss-type-list': 'wraps a single loss_type name in a list',
  'dpo-loss-weights': 'checks that loss_weights has one weight per loss_type',
  'trl-deprecated-transformers-paged': 'turns use_transformers_paged into use_transformers_continuous_batching',
  'trl-sequence-parallelism': 'checks that parallelism_config does not shard sequences',
  'grpo-scale-rewards': 'maps scale_rewards true/false to "group"/"none"',
  'grpo-hub-repo-needs-log-completions': 'checks that log_completions_hub_repo comes with log_completions',
  'trl-auto-find-batch-size': 'rejects auto_find_batch_size',
  'trl-generation-batch': 'derives generation_batch_size and steps_per_generation from each other',
  'trl-eval-batch-generations': 'checks that the global eval batch holds whole groups of generations',
  'trl-generation-groups': 'checks that generation_batch_size is a multiple of num_generations',
  'trl-min-generations': 'checks that num_generations is at least 2',
  'grpo-deprecated-importance-sampling-cap': 'copies vllm_importance_sampling_cap into vllm_importance_sampling_clip_max',
  'grpo-importance-sampling-bounds': 'checks that the importance-sampling lower bound is below the upper bound',
  'grpo-truncate-needs-bound': 'checks that a *_truncate importance-sampling mode has a bound',
  'distillation-beta-range': 'checks that beta lies in [0, 1]',
};

/** What axolotl does itself with a name TrainingArguments would otherwise read (import.axolotl). */
const AXOLOTL_NOTE_EN: Readonly<Record<AxolotlNote, string>> = {
  'bf16-auto':
    'axolotl reads bf16: auto as "bf16 if this GPU supports it" (Ampere or newer), else bf16 off and fp16 on unless fp16 is set. TrainingArguments only takes true or false: set bf16 (or fp16) in the form to what your GPU will run.',
  'tf32-auto':
    'axolotl reads tf32: auto as "TF32 matmuls if this GPU supports them" (Ampere or newer). TrainingArguments only takes true, false or empty: set tf32 in the form if you want it fixed.',
  'fp16-auto':
    "fp16: auto is kept as axolotl's value, but axolotl's own schema takes only true, false or empty for fp16 (only bf16 and tf32 take auto). Write bf16: auto to let axolotl choose, or set fp16 to true or false.",
  'warmup-ratio':
    'axolotl reads warmup_ratio itself and hands the Trainer warmup_steps = int(warmup_ratio × total steps), so it works on every transformers release, 5.15+ included (where TrainingArguments has no warmup_ratio).',
};

/** The English texts of every message code: the canonical ones (the CLI's JSON output and the tests read them). */
/** Who reads an argument that is not the config class's (import.owner). */
const OWNER_LABEL_EN: Readonly<Record<ArgOwnerId, string>> = {
  'hf-script': 'the example script (ModelArguments / DataTrainingArguments)',
  'trl-script': 'TRL script (ScriptArguments / ModelConfig)',
  'alignment-handbook': 'alignment-handbook recipe',
  llamafactory: 'LLaMA-Factory',
  axolotl: 'axolotl',
  launcher: 'the launcher (torchrun / accelerate / deepspeed)',
};

/** How to fix an fsdp_config value the library rejects (emit.accelerate.rejected). */
function rejectedFixEn(fix: RejectedFix): string {
  if (fix.kind === 'version') return 'int() cannot read it; use 1 or 2';
  return fix.kind === 'one-of' ? `use one of ${fix.choices.join(', ')}` : 'use true or false';
}

export const EN_MESSAGES: MessageCatalogue = {
  language: 'en',
  texts: {
    // shared fix labels (schema-format)
    'fix.reset': ({ field, defaultValue }) => `Reset ${field} to its default (${pythonText(defaultValue)})`,
    'fix.patch': ({ patch }) => describePatch(patch),
    // app/best-model-never-evaluated
    'best-model-never-evaluated': () =>
      'save_strategy "best" saves a checkpoint only after an evaluation improves the metric, and eval_strategy "no" never evaluates, so no checkpoint is written during training. Set eval_strategy to "steps" or "epoch".',
    'best-model-never-evaluated.2': () =>
      'load_best_model_at_end has nothing to choose from: eval_strategy "no" means no evaluations and no best checkpoint, so training simply ends with the last weights. Set eval_strategy and save_strategy to the same "steps" or "epoch", or turn load_best_model_at_end off.',
    // app/bf16-emulated
    'bf16-emulated': ({ byClass, configClass }) =>
      `${byClass ? `${configClass} turns bf16 on when it is left unset. ` : ''}bf16 is accepted on a GPU before Ampere only through emulation, which is much slower than fp16. Prefer fp16=True (with bf16 off) on V100/T4-class GPUs.`,
    'bf16-emulated.fix': () => 'Use fp16 instead of bf16',
    // app/max-steps-zero
    'max-steps-zero': () =>
      'max_steps 0 does not mean "no limit" — that is -1, the default. With 0 the Trainer plans zero updates, stops right after the first one and ignores num_train_epochs. Remove max_steps to train for num_train_epochs, or give the number of updates you want.',
    // app/pin-memory-without-accelerator
    'pin-memory-without-accelerator': () =>
      'dataloader_pin_memory is on, but a CPU-only machine has no device to copy pinned batches to; torch ignores it with a warning. Turn it off, or set use_cpu=True (which turns it off for you).',
    'pin-memory-without-accelerator.fix': () => 'Turn dataloader_pin_memory off',
    // app/save-steps-zero-never-saves
    'save-steps-zero-never-saves': () =>
      'save_steps 0 never triggers a periodic save: the only checkpoint is the one forced when training ends, so a crash midway loses everything. Give an interval in steps, or a fraction of training such as 0.1; if you want no checkpoints, set save_strategy "no".',
    // app/token-in-arguments
    'token-in-arguments': ({ name, envVar, rotateUrl }) =>
      `${name} holds a token, which the studio never writes out: the Python code reads os.environ["${envVar}"], the flags, JSON and YAML leave it out so the Hub client reads ${envVar} (or your \`hf auth login\`) itself, and share links and saved work never carry it. Set ${envVar} where the script runs. A token pasted into a web page may have leaked: rotate it at ${rotateUrl}.`,
    'token-in-arguments.fix': ({ name, envVar }) => `Remove ${name} (use ${envVar})`,
    'token-in-arguments.2': ({ name, token, rotateUrl }) =>
      `${name} holds what looks like a Hugging Face token (${maskToken(token)}), and it would be written into the code as it is. Remove it, and rotate the token at ${rotateUrl}: one pasted into a web page may have leaked.`,
    'token-in-arguments.fix2': ({ name }) => `Remove ${name}`,
    // app/warmup-ignored-by-constant
    'warmup-ignored-by-constant': ({ field }) =>
      `The "constant" schedule starts at the full learning rate and ignores ${field}. To warm up and then hold the rate, use lr_scheduler_type "constant_with_warmup"; otherwise drop the warmup.`,
    // app/warmup-ignored-by-plateau
    'warmup-ignored-by-plateau': ({ field }) =>
      `reduce_lr_on_plateau has no warmup phase: it starts at the full learning rate and only lowers it after evaluations stop improving, so ${field} has no effect.`,
    // library/apex-backend
    'apex-backend.fix': ({ field }) => `Set ${field} to "auto"`,
    'apex-backend': ({ field, bf16 }) =>
      `${field}="apex" cannot train in bf16: apex only does float16. Use "auto" (torch.amp), which handles bf16. The library raises:${bf16}`,
    'apex-backend.2': ({ field, notInstalled }) =>
      `${field}="apex" needs NVIDIA apex, which the supported machine profiles do not have (it is unmaintained, and its amp module is gone from current releases). Use "auto": torch.amp gives the same mixed precision. The library raises: ${notInstalled}`,
    // library/best-model-save-multiple
    'best-model-save-multiple': ({ s, e, library }) =>
      `save_steps (${s}) and eval_steps (${e}) mix a ratio with a step count, so no one can promise a checkpoint at every evaluation. Write both as step counts or both as ratios. The library raises: ${library}`,
    'best-model-save-multiple.2': ({ s, e, evalSteps, library }) =>
      `save_steps (${s}) is not a multiple of eval_steps (${e}), so some evaluations would have no checkpoint to load. Make save_steps a multiple of eval_steps, e.g. ${pythonText(evalSteps)}. The library raises: ${library}`,
    'best-model-save-multiple.fix': ({ e }) => `Set save_steps to ${e}`,
    'best-model-save-multiple.3': ({ s, e, multiple, library }) =>
      `save_steps (${s}) is not a round multiple of eval_steps (${e}), so some evaluations would have no checkpoint to load. Use a multiple such as ${multiple}. The library raises: ${library}`,
    'best-model-save-multiple.fix2': ({ multiple }) => `Set save_steps to ${multiple}`,
    // library/best-model-strategies-match
    'best-model-strategies-match': ({ evalStrategy, saveStrategy, library }) =>
      `load_best_model_at_end needs a checkpoint at every evaluation, but eval_strategy is "${String(evalStrategy)}" and save_strategy is "${String(saveStrategy)}". Make them equal (or set save_strategy to "best"). The library raises: ${library}`,
    'best-model-strategies-match.fix': ({ field, value }) => `Set ${field} to "${String(value)}"`,
    // library/bf16-hardware
    'bf16-hardware': ({ configClass, hardware, library }) =>
      `${configClass} turns bf16 on when it is left unset (bf16 = not fp16), but the target machine (${HARDWARE_LABELS[hardware]}) has no bf16-capable accelerator. Set bf16=False (and fp16=True on a GPU that supports it), or use_cpu=True to train on the CPU. The library raises: ${library}`,
    'bf16-hardware.fix': () => 'Set bf16 to False',
    'bf16-hardware.2': ({ field, hardware, library }) =>
      `${field} is on, but the target machine (${HARDWARE_LABELS[hardware]}) has no bf16-capable accelerator. Set use_cpu=True to train in bf16 on the CPU, or turn ${field} off. The library raises: ${library}`,
    'bf16-hardware.fix2': () => 'Set use_cpu to True',
    // library/compile-without-ampere
    'compile-without-ampere': () =>
      'torch_compile is on, but most of its speed-up comes from Ampere or newer GPUs; expect a long compile for a small gain on this hardware. The library warns: The speedups for torchdynamo mostly come with GPU Ampere or higher and which is not detected here.',
    // library/ddp-backend-without-launcher
    'ddp-backend-without-launcher': ({ backend, library }) =>
      `ddp_backend is set to ${JSON.stringify(backend)}, but this is a single-process run: without torchrun or accelerate launch no process group exists, and building the arguments fails. Leave ddp_backend unset for one process, or launch with torchrun / accelerate launch (more than one device in the run). The library raises: ${library}`,
    'ddp-backend-without-launcher.fix': () => 'Unset ddp_backend',
    // library/deprecated-logging-dir
    'deprecated-logging-dir': () =>
      'logging_dir is deprecated and has no effect in v5 (removed in 5.15). Set the environment variable TENSORBOARD_LOGGING_DIR to choose where TensorBoard writes.',
    'deprecated-logging-dir.fix': () => 'Remove logging_dir',
    // library/deprecated-warmup-ratio
    'deprecated-warmup-ratio': ({ ratio, overridden, warmup_steps }) =>
      `warmup_ratio is deprecated (gone in transformers 5.15). In v5, warmup_steps below 1 is already a ratio of total steps, so write warmup_steps=${String(ratio)} instead.` +
      (overridden ? ` Note: warmup_ratio currently overrides the warmup_steps you set (${String(warmup_steps)}).` : ''),
    'deprecated-warmup-ratio.fix': ({ ratio }) => `Move ${String(ratio)} to warmup_steps`,
    // library/dict-json-string
    'schema-dict-json': ({ field, error, line, column }) =>
      `${field} is not valid JSON: ${error} at line ${line}, column ${column}. Use double quotes around keys and strings, and true/false/null rather than True/False/None. The library raises json.JSONDecodeError.`,
    // library/eval-steps-required
    'eval-steps-required': ({ logging_steps, library }) =>
      `eval_strategy is "steps" but eval_steps is not set and logging_steps (${String(logging_steps)}) is not positive, so there is no evaluation interval. Set eval_steps (e.g. 500, or 0.1 for every 10 % of training). The library raises: ${library}`,
    'eval-steps-required.fix': () => 'Set eval_steps to 500',
    // library/fp16-bf16-exclusive
    'fp16-bf16-exclusive': ({ keep, drop }) =>
      `fp16 and bf16 are both on; training can use only one. Keep ${keep} (the better choice on this hardware) and turn ${drop} off. The library raises: At most one of fp16 and bf16 can be True, but not both`,
    'fp16-bf16-exclusive.fix': ({ drop }) => `Turn ${drop} off`,
    // library/fsdp-gradient-checkpointing
    'fsdp-gradient-checkpointing': () =>
      'gradient_checkpointing with FSDP adds a redundant all-gather in the backward pass. Prefer "activation_checkpointing": true in fsdp_config and turn gradient_checkpointing off (having both fails in Trainer). The library logs: When using FSDP, prefer `activation_checkpointing` in `fsdp_config` over `gradient_checkpointing`; the latter introduces a redundant AllGather in the backward pass.',
    'fsdp-gradient-checkpointing.2': () =>
      'gradient_checkpointing with FSDP full sharding adds a redundant all-gather in the backward pass. Prefer "activation_checkpointing": true in fsdp_config and turn gradient_checkpointing off (having both fails in Trainer).',
    // library/fsdp-legacy-option
    'fsdp-legacy-option': ({ isUpper, problemItem, lower, library }) =>
      isUpper
        ? `fsdp option "${problemItem}" must be written in lower case ("${lower}"); in upper case FSDP2 does not recognise it. The library raises: ${library}`
        : `fsdp option "${problemItem}" is an FSDP1 sharding strategy, and FSDP2 is the default from 5.15. Use "full_shard" or "shard_grad_op", or set fsdp_config version 1 (deprecated). The library raises: ${library}`,
    'fsdp-legacy-option.2': ({ problemItem, library }) =>
      `fsdp option ${JSON.stringify(problemItem)} is not one the library knows. Use full_shard, shard_grad_op, offload or auto_wrap (better: fsdp=True with the settings in fsdp_config). The library raises: ${library}`,
    // library/fsdp-none
    'fsdp-none': ({ unhandledPython, unhandledOff, library }) =>
      `fsdp=${unhandledPython} crashes this transformers release, which tests options inside it without turning it into a list. Leave fsdp unset, or give ${unhandledOff} to turn FSDP off. The library raises: ${library}`,
    'fsdp-none.fix': () => 'Remove fsdp',
    // library/fsdp-sharding-combination
    'fsdp-sharding-combination': () =>
      'fsdp is just "offload", which only moves sharded parameters to the CPU: it needs a sharding mode too, e.g. "full_shard offload". The library raises: `--fsdp offload` can\'t work on its own. It needs to be added to `--fsdp full_shard` or `--fsdp shard_grad_op`. For example, `--fsdp "full_shard offload"`.',
    'fsdp-sharding-combination.fix': () => 'Use "full_shard offload"',
    'fsdp-sharding-combination.2': () =>
      'fsdp names two sharding modes, full_shard and shard_grad_op; pick one (full_shard shards parameters too and saves the most memory). The library raises: `--fsdp full_shard` is not compatible with `--fsdp shard_grad_op`.',
    'fsdp-sharding-combination.fix2': () => 'Keep full_shard',
    // library/fsdp-wrap-exclusive
    'fsdp-wrap-exclusive': () =>
      'fsdp_config sets both min_num_params (wrap by size) and transformer_layer_cls_to_wrap (wrap by layer class); FSDP can use only one auto-wrap policy. Keep transformer_layer_cls_to_wrap for transformer models. The library raises: `min_num_params` and `transformer_layer_cls_to_wrap` are mutually exclusive.',
    // library/full-eval-precision-exclusive
    'full-eval-precision-exclusive': () =>
      'fp16_full_eval and bf16_full_eval are both on; evaluation can run in only one half precision. Turn one off (match the precision you train in). The library raises: At most one of fp16 and bf16 can be True for full eval, but not both',
    'full-eval-precision-exclusive.fix': () => 'Turn fp16_full_eval off',
    'full-eval-precision-exclusive.fix2': () => 'Turn bf16_full_eval off',
    // library/logging-steps-nonzero
    'logging-steps-nonzero': ({ library }) =>
      `logging_steps is 0 while logging_strategy is "steps", so nothing says when to log. Set logging_steps to a step count (e.g. 500) or a ratio below 1, or choose another logging_strategy. The library raises: ${library}`,
    'logging-steps-nonzero.fix': () => 'Set logging_steps to 500',
    // library/prefetch-needs-workers
    'prefetch-needs-workers': () =>
      'dataloader_prefetch_factor is set but dataloader_num_workers is 0: batches are loaded in the main process, so there is nothing to prefetch. Raise dataloader_num_workers (e.g. 4) or unset the prefetch factor. The library raises: --dataloader_prefetch_factor can only be set when data is loaded in a different process, i.e. when --dataloader_num_workers > 0.',
    'prefetch-needs-workers.fix': () => 'Unset dataloader_prefetch_factor',
    // library/steps-whole-above-one
    'steps-whole-above-one': ({ steps, value, down, library }) =>
      `${steps} is ${pythonText(value)}: above 1 it counts optimizer steps and must be a whole number (below 1 it is a fraction of the total steps). Use ${down} or ${down + 1}. The library raises: ${library}`,
    'steps-whole-above-one.fix': ({ steps, rounded }) => `Set ${steps} to ${rounded}`,
    // library/tf32-hardware
    'tf32-hardware': ({ hardware }) =>
      `tf32=True needs an Ampere or newer NVIDIA GPU, and the target is ${HARDWARE_LABELS[hardware]}. Leave tf32 unset. The library raises: --tf32 requires Ampere or a newer GPU arch, cuda>=11 and torch>=1.7`,
    'tf32-hardware.fix': () => 'Unset tf32',
    // library/torch-empty-cache-steps
    'torch-empty-cache-steps': ({ library }) =>
      `torch_empty_cache_steps must be a whole number above 0 (how many steps between torch.cuda.empty_cache() calls), or unset. The library raises: ${library}`,
    'torch-empty-cache-steps.fix': ({ value }) => `Use ${value}`,
    // library/use-mps-device
    'use-mps-device': ({ hardware, use_cpu, library }) =>
      `use_mps_device=True, but the training would not run on an Apple MPS device (target machine: ${HARDWARE_LABELS[hardware]}${use_cpu === true ? ', with use_cpu' : ''}). The flag is obsolete anyway: MPS is used automatically when present. Remove it. The library raises: ${library}`,
    'use-mps-device.fix': () => 'Remove use_mps_device',
    // library/warmup-ratio-range
    'schema-warmup-ratio-range': ({ shown, steps, library }) =>
      `warmup_ratio is ${shown}, but it is a fraction of all updates and must lie between 0 and 1 (0.1 = the first 10 %).${steps ? ' For a number of steps use warmup_steps.' : ''} The library raises: ${library}`,
    'schema-warmup-ratio-range.fix': ({ shown }) => `Move ${shown} to warmup_steps`,
    'schema-warmup-ratio-range.fix2': () => 'Set warmup_ratio to 0',
    // library/warmup-steps-negative
    'warmup-steps-negative': ({ field, value }) =>
      `${field} is ${pythonText(value)}; warmup cannot be negative. Use 0 for no warmup, a whole number of steps, or a ratio below 1 (0.1 = 10 % of training). The library raises: warmup_steps must be an integer or a float`,
    'warmup-steps-negative.fix': ({ field }) => `Set ${field} to 0`,
    // trainer/auto-batch-zero3
    'auto-batch-zero3': () =>
      'auto_find_batch_size retries with smaller batches after an out-of-memory error, which the Trainer cannot do with DeepSpeed ZeRO-3: it raises "`auto_find_batch_size` isn\'t supported yet with DeepSpeed Zero-3. Please consider using Zero-2, Zero-1, or FSDP". Turn auto_find_batch_size off or use another ZeRO stage.',
    // trainer/eval-batch-size-zero
    'eval-batch-size-zero': () =>
      'per_device_eval_batch_size 0 puts no examples in an evaluation batch. At the first evaluation torch refuses to build the DataLoader: "batch_size should be a positive integer value, but got batch_size=0". Use 1 or more.',
    // trainer/fsdp-activation-ckpt-and-grad-ckpt
    'fsdp-activation-ckpt-and-grad-ckpt': () =>
      'fsdp_config turns on FSDP activation_checkpointing and gradient_checkpointing is also on; both recompute activations, and the Trainer refuses the pair: "The activation_checkpointing in FSDP config and the gradient_checkpointing in training arg can\'t be set to True simultaneously." Keep FSDP\'s and turn gradient_checkpointing off.',
    'fsdp-activation-ckpt-and-grad-ckpt.fix': () => 'Turn gradient_checkpointing off',
    // trainer/grad-accum-kwargs-conflict
    'grad-accum-kwargs-conflict': () =>
      'The accumulation count is set twice: accelerator_config.gradient_accumulation_kwargs.num_steps and gradient_accumulation_steps. ' +
      'The Trainer does not guess which one you mean and raises "The `AcceleratorConfig`\'s `num_steps` is set but `gradient_accumulation_steps` is greater than 1 in the passed `TrainingArguments`". ' +
      'Keep only one: leave gradient_accumulation_steps at 1 to use num_steps, or remove num_steps.',
    // trainer/grad-accum-zero
    'grad-accum-zero': () =>
      'gradient_accumulation_steps 0 would mean an optimizer update after zero batches. The Trainer divides by it to count updates per epoch and stops with ZeroDivisionError. Use 1 for no accumulation.',
    'grad-accum-zero.fix': () => 'Set gradient_accumulation_steps to 1',
    // trainer/layerwise-grad-accum
    'layerwise-grad-accum': ({ optim, steps }) =>
      `${optim} updates every layer as soon as its gradient is ready, so it cannot accumulate gradients over ${String(steps)} steps. ` +
      `The Trainer raises "Layerwise ${optim} does not support gradient accumulation!". Set gradient_accumulation_steps to 1 (raise per_device_train_batch_size to keep the global batch), or use the non-layer-wise optimizer.`,
    'layerwise-grad-accum.fix': () => 'Set gradient_accumulation_steps to 1',
    // trainer/low-rank-optim-target-modules
    'low-rank-optim-target-modules': ({ optim, missing }) =>
      `${optim} applies its low-rank projection only to the layers named in optim_target_modules, and ${missing ? 'none are given' : 'the list is empty'}. ` +
      (missing
        ? `Creating the optimizer raises "You need to define \`optim_target_modules\` to use ${optim} optimizers". `
        : `Creating the optimizer raises "No target modules found for ${optim} (...)". `) +
      'Name the Linear modules, e.g. ["attn", "mlp"], regexes such as [".*attn.*"], or "all-linear".',
    // trainer/max-steps-zero-ratio-steps
    'max-steps-zero-ratio-steps': ({ steps, value }) =>
      `${steps} ${String(value)} is a fraction of the total steps, and max_steps 0 makes that total 0, so the interval is 0 steps and the first training step fails with ZeroDivisionError (integer modulo by zero). Set max_steps to -1 or a positive count, or give ${steps} in steps.`,
    // trainer/min-lr-exactly-one
    'min-lr-exactly-one': ({ type }) =>
      `${type} takes the floor of the schedule either as an absolute min_lr or as min_lr_rate (a fraction of learning_rate), not both. The scheduler raises "Only one of min_lr or min_lr_rate should be set". Remove one of them.`,
    'min-lr-exactly-one.2': ({ type }) =>
      `${type} decays to a floor that you must give in lr_scheduler_kwargs, either {"min_lr_rate": 0.1} (a fraction of learning_rate) or {"min_lr": 1e-6} (absolute). Without it the scheduler raises "One of min_lr or min_lr_rate should be set through the \`lr_scheduler_kwargs\`".`,
    // trainer/multiprocessing-context-without-workers
    'multiprocessing-context-without-workers': ({ context, torch }) =>
      `dataloader_multiprocessing_context is ${JSON.stringify(context)} but dataloader_num_workers is 0: with no worker processes there is nothing to start, and torch's DataLoader raises when the Trainer builds it: "${torch}". Raise dataloader_num_workers (e.g. 4) or unset the context.`,
    'multiprocessing-context-without-workers.fix': () => 'Unset dataloader_multiprocessing_context',
    // trainer/polynomial-warmup-equals-total
    'polynomial-warmup-equals-total': ({ warmupSteps }) =>
      `The warmup is ${String(warmupSteps)} steps, exactly max_steps, which leaves the polynomial decay zero steps: after the last update the schedule computes its decay fraction over 0 steps and fails with ZeroDivisionError, before the final checkpoint. Shorten the warmup.`,
    // trainer/report-to-none
    'report-to-none': () =>
      'report_to=None builds fine, but from transformers 5.0 it is kept as [None] and the Trainer fails when it sets up reporting (None is not an integration it knows). In 4.x None meant every installed integration. Use "none" to turn reporting off, or name the trackers.',
    // trainer/save-best-without-metric
    'save-best-without-metric': ({ save_strategy }) =>
      `${save_strategy === 'best' ? 'save_strategy "best"' : 'load_best_model_at_end'} picks checkpoints by an evaluation metric, but metric_for_best_model is not set, so there is nothing to compare. ` +
      'Trainer() refuses to start: "`args.metric_for_best_model` must be provided when using \'best\' save_strategy or if `args.load_best_model_at_end` is set to `True`." ' +
      'Name the metric to track, e.g. "eval_loss" or "accuracy".',
    // trainer/save-only-model-best-sharded
    'save-only-model-best-sharded': ({ wrapper }) =>
      `With ${wrapper}, reloading the best checkpoint at the end needs the full ${wrapper} checkpoint, which save_only_model skips. ` +
      `The Trainer raises "${wrapper} can't be used with \`save_only_model\` along with \`load_best_model_at_end\`." Turn off one of save_only_model or load_best_model_at_end.`,
    // trainer/save-only-model-sharded-state-dict
    'save-only-model-sharded-state-dict': () =>
      'save_only_model writes just the model weights, but fsdp_config asks for a SHARDED_STATE_DICT, which FSDP can only save as per-rank shards. ' +
      'The Trainer raises "save_only_model option is not compatible with FSDP state dict type \'SHARDED_STATE_DICT\'". Use FULL_STATE_DICT or turn save_only_model off.',
    // trainer/train-batch-size-zero
    'train-batch-size-zero': () =>
      'per_device_train_batch_size 0 puts no examples in a batch. When training starts, torch refuses to build the DataLoader: "batch_size should be a positive integer value, but got batch_size=0". Use 1 or more (auto_find_batch_size also starts from this value).',
    // trainer/wsd-num-decay-steps
    'wsd-num-decay-steps': () =>
      'warmup_stable_decay needs to know how many steps the final decay lasts, and there is no default: add num_decay_steps to lr_scheduler_kwargs, e.g. {"num_decay_steps": 100}. ' +
      "Without it, creating the scheduler fails with TypeError: get_wsd_schedule() missing 1 required positional argument: 'num_decay_steps'.",
    // trainer/wsd-unknown-type
    'wsd-unknown-type': ({ key, value, schedulerError }) =>
      `${key} ${JSON.stringify(value)} is not a shape warmup_stable_decay knows; use "linear", "cosine" or "1-sqrt". The scheduler raises "${schedulerError}".`,
    // trl/dpo-exo-needs-label-smoothing
    'dpo-exo-needs-label-smoothing': () =>
      'The exo_pair loss needs label_smoothing above 0 (it takes the log of it); DPOTrainer raises "Label smoothing must be greater than 0.0 when using \'exo_pair\' loss." at the first loss computation. 1e-3 is the value the EXO paper uses.',
    'dpo-exo-needs-label-smoothing.fix': () => 'Set label_smoothing to 0.001',
    // trl/dpo-robust-label-smoothing
    'dpo-robust-label-smoothing': ({ smoothing }) =>
      `The robust loss reads label_smoothing as the probability that a label is flipped, which must be at least 0 and below 0.5 (got ${smoothing}); DPOTrainer warns, and the loss is meaningless outside that range.`,
    'dpo-robust-label-smoothing.fix': () => 'Set label_smoothing to 0.1',
    // trl/dpo-weighting-with-aot
    'dpo-weighting-with-aot': ({ aot }) =>
      `use_weighting (WPO) is not implemented for the ${aot} loss; DPOTrainer raises NotImplementedError at the first loss computation. Turn use_weighting off, or use another loss.`,
    'dpo-weighting-with-aot.fix': () => 'Turn use_weighting off',
    // trl/grpo-importance-level-advice
    'grpo-importance-level-advice': () =>
      'The luspo loss is meant for sequence-level importance sampling; GRPOTrainer warns with importance_sampling_level "token". Set it to "sequence".',
    'grpo-importance-level-advice.fix': () => 'Set importance_sampling_level to "sequence"',
    'grpo-importance-level-advice.2': ({ loss }) =>
      `The ${loss} loss normalises per token, so sequence-level importance sampling does not fit it and GRPOTrainer warns. Use importance_sampling_level "token", or a loss meant for sequences (luspo).`,
    'grpo-importance-level-advice.fix2': () => 'Set importance_sampling_level to "token"',
    // trl/grpo-vespo-needs-token-is-mode
    'grpo-vespo-needs-token-is-mode': ({ mode }) =>
      `The vespo loss weighs each token, so with vLLM importance-sampling correction GRPOTrainer requires vllm_importance_sampling_mode "token_truncate" or "token_mask" (got ${JSON.stringify(mode)}) and raises otherwise. Pick a token mode, or turn vllm_importance_sampling_correction off.`,
    'grpo-vespo-needs-token-is-mode.fix': () => 'Use vllm_importance_sampling_mode="token_mask"',
    // trl/kto-kl-needs-batch-size-2
    'kto-kl-needs-batch-size-2': ({ loss_type, batch }) =>
      `The ${String(loss_type)} loss estimates its KL term from other examples of the same device batch, so KTOTrainer needs per_device_train_batch_size of at least 2 (the actual, not the accumulated, batch); it raises at ${batch}. Use gradient_accumulation_steps to keep the effective batch.`,
    'kto-kl-needs-batch-size-2.fix': () => 'Set per_device_train_batch_size to 2',
    // trl/kto-kl-needs-sequential-sampling
    'kto-kl-needs-sequential-sampling': ({ loss_type }) =>
      `The ${String(loss_type)} loss estimates its KL term from neighbouring examples, so KTOTrainer requires train_sampling_strategy "sequential" (KTOConfig's default) and raises otherwise. Set it back to "sequential", or use loss_type "apo_zero_unpaired".`,
    'kto-kl-needs-sequential-sampling.fix': () => 'Set train_sampling_strategy to "sequential"',
    // trl/sft-liger-chunked-nll
    'sft-liger-chunked-nll': () =>
      'loss_type "chunked_nll" and use_liger_kernel both replace how the loss is computed, and SFTTrainer refuses the pair when it starts ("`loss_type=\'chunked_nll\'` is not compatible with `use_liger_kernel=True`."). Leave loss_type empty (it becomes "nll" with Liger), or turn the Liger kernels off.',
    'sft-liger-chunked-nll.fix': () => 'Leave loss_type unset',
    // trl/sync-ref-with-beta-zero
    'sync-ref-with-beta-zero': () =>
      'sync_ref_model updates the reference model, but beta 0 means no reference model is loaded at all; the trainer raises when it is created. Set beta above 0 (for example 0.04) to use a reference model, or turn sync_ref_model off.',
    'sync-ref-with-beta-zero.fix': () => 'Turn sync_ref_model off',
    // trl/sync-ref-with-precompute
    'sync-ref-with-precompute': () =>
      'sync_ref_model keeps changing the reference model, so reference log-probabilities computed once before training would be wrong; the trainer refuses the pair when it is created. Turn one of them off.',
    'sync-ref-with-precompute.fix': () => 'Turn precompute_ref_log_probs off',
    // trl/trl-choice
    'trl-choice': ({ fieldName, name, className, choices, near }) =>
      `${fieldName} ${describeValue(name)} is not an option of ${className}: use ${listChoices(choices)}. ${className} accepts any text here, and its trainer raises when it first uses the value.${near === undefined ? '' : ` Did you mean "${near}"?`}`,
    'trl-choice.fix': ({ near }) => `Use ${near}`,
    // app/warmup-covers-training
    'warmup-covers-training': ({ warmupSteps, total, target }) =>
      `The warmup lasts ${String(warmupSteps)} steps but training stops after max_steps ${String(total)}, so the learning rate is still climbing when training ends and never reaches learning_rate. Shorten the warmup (e.g. ${isLine4x(target) ? 'warmup_ratio ' : ''}0.1 for 10 % of training).`,
    // library/fsdp-min-num-params-type
    'fsdp-min-num-params-type': ({ value, library }) =>
      `fsdp_config.min_num_params must be a number of parameters, got ${JSON.stringify(value)}${typeof value === 'string' ? ' (text)' : ''}. The library raises: ${library}`,
    'fsdp-min-num-params-type.fix': ({ whole }) => `Write min_num_params as the number ${whole}`,
    // library/fsdp-plugin-values
    'fsdp-plugin-values': () =>
      'fsdp_config turns cpu_ram_efficient_loading on but sync_module_states off: only rank 0 loads the weights, so without syncing the other ranks would train from random weights. Turn sync_module_states on. The library raises: `sync_module_states` must be `"True"` if `cpu_ram_efficient_loading` is `"True"`',
    'fsdp-plugin-values.2': ({ rawVersion }) => `fsdp_config.version must be 1 or 2, got ${pythonText(rawVersion)}. The library calls int() on it and fails.`,
    'fsdp-plugin-values.3': ({ raw, library }) =>
      `fsdp_config.version must be 1 or 2 (2 is the default), got ${pythonText(raw)}. The library raises: ${library}`,
    'fsdp-plugin-values.4': ({ policy, upper, library }) =>
      `fsdp_config.auto_wrap_policy must be TRANSFORMER_BASED_WRAP, SIZE_BASED_WRAP or NO_WRAP (exact spelling), got ${JSON.stringify(policy)}.${upper ? ` Did you mean "${upper}"?` : ''} The library raises: ${library}`,
    'fsdp-plugin-values.5': ({ key, config, library }) =>
      `fsdp_config.${key} must be a boolean (true/false, yes/no, 1/0), got ${JSON.stringify(config[key])}. The library raises: ${library}`,
    'fsdp-plugin-values.6': () => 'fsdp_config.backward_prefetch must be "backward_pre" or "backward_post".',
    // trainer/iterable-needs-max-steps
    'iterable-needs-max-steps': ({ trainerError }) =>
      `The run context says the dataset has no length (streaming / IterableDataset), so Trainer cannot turn num_train_epochs into steps. Set max_steps to the number of optimizer updates to run. Trainer raises: ${trainerError}`,
    // trainer/polynomial-lr-end
    'polynomial-lr-end': ({ given, quoted }) =>
      given
        ? `The polynomial schedule decays from learning_rate down to lr_end, so lr_end must be below learning_rate. The scheduler raises "${quoted}" when training starts. Lower lr_end or raise learning_rate.`
        : `The polynomial schedule decays to lr_end, which defaults to 1e-7 — not below this learning_rate. The scheduler raises "${quoted}" when training starts. Set a smaller lr_end in lr_scheduler_kwargs or raise learning_rate.`,
    // trainer/scheduler-kwarg-value
    'scheduler-kwarg-value': ({ kwargsFactor }) =>
      `factor ${pythonText(kwargsFactor)} would keep or raise the learning rate on a plateau; it must be below 1 (e.g. 0.5). torch raises "Factor should be < 1.0."`,
    'scheduler-kwarg-value.2': ({ key, choices, value, label }) =>
      `${key} must be "${choices[0]}" or "${choices[1]}", not ${JSON.stringify(value)}. torch raises "${label} ${pythonText(value)} is unknown!" when the scheduler is created.`,
    'scheduler-kwarg-value.3': ({ last_epoch }) =>
      `last_epoch ${pythonText(last_epoch)} asks the scheduler to resume, but the Trainer builds it on a fresh optimizer, so torch raises KeyError: "param 'initial_lr' is not specified in param_groups[0] when resuming an optimizer". ` +
      'To continue a run, use resume_from_checkpoint instead.',
    'scheduler-kwarg-value.fix': () => 'Remove last_epoch',
    'scheduler-kwarg-value.4': ({ kwargsPower }) =>
      `power ${pythonText(kwargsPower)} is negative: at the last step the remaining fraction is 0, and 0.0 raised to a negative power fails with ZeroDivisionError at the end of training. Use a power of 0 or more (1.0 is linear).`,
    // trl/other-class-field
    'unknown-argument.other-class': ({ key, list, className, typeError }) =>
      `${key} is a field of ${list}, not of ${className}. Remove it, or switch the config class if you meant to train with that trainer. ${className} raises: ${typeError}`,
    'unknown-argument.other-class.fix': ({ key }) => `Remove ${key}`,
    // library/plateau-needs-eval
    'plateau-needs-eval': ({ type, library }) =>
      `${type} ${METRIC_USE_EN[type]}, but eval_strategy is "no", so there is never a metric. Set eval_strategy to "epoch" or "steps". The library raises: ${library}`,
    'plateau-needs-eval.fix': () => 'Set eval_strategy to "epoch"',
    // trainer/scheduler-kwarg-type
    'scheduler-kwarg-type': ({ key, type, why, repr, isString }) =>
      `lr_scheduler_kwargs["${key}"] breaks the ${type} schedule: ${KWARG_PROBLEM_EN[why](repr)}. Write it as a JSON number` +
      (isString ? ' — strings such as "1e-7" or "-1" are not turned into numbers, even inside a JSON string.' : '.'),
    'scheduler-kwarg-type.not-dict': ({ type, repr }) =>
      `lr_scheduler_kwargs must be a dict (or a JSON object string starting with "{"); the Trainer unpacks it with ** into the ${type} schedule, which raises TypeError for ${repr}.`,
    'scheduler-kwarg-type.fix': ({ key, number }) => `Write ${key} as the number ${String(number)}`,
    // library/enum-value
    'schema-enum': ({ field, value, dropped, suggestion, values, library }) =>
      `${field}: "${value}" is not a valid choice.${dropped ? ` ${DROPPED_OPTIMIZER_EN[dropped]}` : ''}${suggestion ? ` Did you mean "${suggestion}"?` : ` Pick one of ${values.join(', ')}.`} The library raises: ${library}`,
    'schema-enum.fix': ({ field, suggestion }) => `Set ${field} to "${suggestion}"`,
    // app/warmup-steps-one
    'warmup-steps-one': ({ field, written, whole, fromRatio }) =>
      (whole
        ? `${field}=${written} is one warmup step, not the whole run: values of 1 or more count steps, only values below 1 are a fraction of training. A one-step warmup just runs the first update at learning rate 0.`
        : `${field}=${written} is not a fraction: values of 1 or more count steps and are truncated, so this is a single warmup step. For a fraction of training use a value below 1 (e.g. 0.1 for 10 %).`) +
      (fromRatio ? ' (warmup_ratio now overrides warmup_steps with its value.)' : ''),
    // app/plateau-mode
    'plateau-mode': ({ metric, greaterIsBetter, mode, explicit, wanted }) =>
      `greater_is_better is ${greaterIsBetter ? 'True' : 'False'} for ${metric ?? 'the metric'}, but reduce_lr_on_plateau runs with ${explicit ? `mode "${mode}"` : `its default mode "min"`}: it will cut the learning rate ` +
      `${wanted === 'max' ? 'while the metric is still rising' : 'while the metric is still falling'} and keep it up when it gets worse. Set "mode": "${wanted}" in lr_scheduler_kwargs.`,
    'plateau-mode.fix': ({ wanted }) => `Set mode to "${wanted}"`,
    // app/negative-steps
    'negative-steps': ({ steps, strategy, shown }) =>
      `${steps} ${shown} is negative, but with ${strategy} "steps" it is the interval between ${STEP_ACTIVITY_EN[steps]} events. ${
        steps === 'save_steps'
          ? 'The Trainer only saves periodically when save_steps is above 0, so no checkpoint is written before the end of training.'
          : `Nothing rejects it; ${STEP_ACTIVITY_EN[steps]} still fires, but only through a quirk of Python's % with a negative divisor.`
      } Write a positive number of steps, or a fraction of training below 1.`,
    // app/scheduler-kwargs-ignored
    'scheduler-kwargs-ignored': ({ type, keys, timescale }) =>
      `The ${type} schedule never receives lr_scheduler_kwargs, so ${keys.join(', ')} ${keys.length > 1 ? 'have' : 'has'} no effect.${
        timescale ? ' In particular timescale cannot be set this way: inverse_sqrt always uses the warmup length (or 10000 without warmup).' : ''
      }`,
    'scheduler-kwargs-ignored.fix': () => 'Remove lr_scheduler_kwargs',
    // app/optim-args-ignored
    'optim-args-ignored': ({ optim, keys }) =>
      `${optim} does not read optim_args, so ${keys.join(', ')} ${keys.length > 1 ? 'have' : 'has'} no effect. Only some optimizers (GaLore, APOLLO, AdEMAMix, schedule-free, StableAdamW, …) take extra options this way.`,
    'optim-args-ignored.fix': () => 'Remove optim_args',
    'optim-args-ignored.partly': ({ optim, read, unread, onAnyway }) =>
      [
        ...(unread.length > 0
          ? [`${optim} only reads ${read.join(', ')} from optim_args; ${unread.join(', ')} ${unread.length > 1 ? 'are' : 'is'} ignored.`]
          : []),
        ...onAnyway.map(
          ({ key, value }) =>
            `${key}=${value} turns ${key} ON: the Trainer uses bool() on the text, and any non-empty text is true. Leave the item out to keep it off.`,
        ),
      ].join(' '),
    // app/eval-without-visible-metric
    'eval-without-visible-metric': ({ bestModel, plateau }) =>
      `metric_for_best_model was not set, so the library uses "loss": ${[
        ...(bestModel ? ['load_best_model_at_end keeps the checkpoint with the lowest eval_loss'] : []),
        ...(plateau ? ['reduce_lr_on_plateau lowers the learning rate when eval_loss stops falling'] : []),
      ].join(', and ')}. To judge by another metric from compute_metrics (e.g. "accuracy"), set metric_for_best_model.`,
    // library/warmup-steps-int
    'schema-warmup-steps-int': ({ shown, isRatio, library }) =>
      `warmup_steps is ${shown}, but transformers 4.x only takes a whole number of steps ≥ 0 here, written without a decimal point.${isRatio ? ' A fraction of training goes in warmup_ratio in 4.x.' : ''} The library raises: ${library}`,
    'schema-warmup-steps-int.fix-ratio': ({ shown }) => `Move ${shown} to warmup_ratio`,
    'schema-warmup-steps-int.fix-set': ({ value }) => `Set warmup_steps to ${value}`,
    // library/fsdp-config-unused
    'fsdp-config-unused': ({ problem }) => FSDP_CONFIG_PROBLEM_EN[problem],
    // library/fsdp-deprecated-form
    'fsdp-deprecated-form': ({ form, library }) =>
      `fsdp given as a ${form} still works but is deprecated: set fsdp=True and put the options in fsdp_config (the library has already moved them there). The library logs: ${library}`,
    'fsdp-deprecated-form.fix': () => 'Set fsdp to True, options in fsdp_config',
    'fsdp-deprecated-form.fsdp1': ({ library }) =>
      `fsdp_config version 1 selects FSDP1, which is deprecated; FSDP2 (version 2) is the default. The library logs: ${library}`,
    // trainer/scheduler-unknown-kwarg
    'scheduler-unknown-kwarg': ({ key, type, pythonError }) =>
      `lr_scheduler_kwargs must not contain "${key}": the Trainer already passes it to the ${type} schedule, so Python raises ${pythonError}. ${SET_ELSEWHERE_EN[key] ?? ''}`.trimEnd(),
    'scheduler-unknown-kwarg.unknown': ({ key, type, callable, known }) =>
      `The ${type} schedule has no parameter "${key}", so creating it fails with TypeError: ${callable} got an unexpected keyword argument '${key}'. ` +
      (known.length > 0 ? `It accepts: ${known.join(', ')}.` : 'It takes no extra arguments.'),
    'scheduler-unknown-kwarg.fix': ({ key }) => `Remove "${key}" from lr_scheduler_kwargs`,
    // trainer/optim-args-format
    'optim-args-format': ({ bad, unpack }) =>
      `optim_args must be comma-separated key=value pairs such as "rank=64,update_proj_gap=200"; ${bad.map((part) => (part === '' ? '(empty item)' : JSON.stringify(part))).join(', ')} ${bad.length > 1 ? 'are' : 'is'} not. ` +
      `The Trainer parses it before building any optimizer and fails with ValueError: ${unpack}.`,
    'optim-args-format.fix': () => 'Remove the empty items',
    // trainer/optim-args-value
    'optim-args-value': ({ key, value, optim, cast, error }) =>
      `optim_args item ${key}=${value} must be ${OPTIM_ARG_EXPECTED_EN[cast]} for ${optim}; building the optimizer fails with ValueError: ${error}.`,
    // trainer/deepspeed-mismatch
    'deepspeed-mismatch': ({ mismatches }) =>
      `The DeepSpeed config disagrees with TrainingArguments on ${mismatches.map((m) => `${m.dsKey}=${m.dsValue} vs ${m.hfKey}=${m.hfValue}`).join('; ')}. Trainer stops with "Please correct the following DeepSpeed config values that mismatch TrainingArguments values". Set those DeepSpeed values to "auto" so the Trainer fills them in.`,
    'deepspeed-mismatch.fix': () => 'Set the mismatching DeepSpeed values to "auto"',
    // library/fsdp-option, library/debug-option (enum-words)
    'schema-fsdp-option': (params) => unknownEnumWordEn('an FSDP option', params),
    'schema-fsdp-option.fix': ({ suggestion }) => `Use "${suggestion}"`,
    'schema-debug-option': (params) => unknownEnumWordEn('a debug option', params),
    'schema-debug-option.fix': ({ suggestion }) => `Use "${suggestion}"`,
    // library/unknown-argument
    'unknown-argument': ({ key, release, className, typeError }) =>
      `${key} is not a TrainingArguments argument in ${targetLabel(release)}, nor a close spelling of one. Remove it, or set it where it belongs (a model, tokenizer or script option). ${className} raises: ${typeError}`,
    'unknown-argument.remove': ({ key }) => `Remove ${key}`,
    'unknown-argument.newer': ({ key, since, release, groupByLength, className, typeError }) =>
      `${key} was added in transformers ${since}, so ${targetLabel(release)} does not accept it.${groupByLength ? ' In 4.x the same sampling is group_by_length=True.' : ' Remove it; the targeted release has no equivalent setting.'} ${className} raises: ${typeError}`,
    'unknown-argument.typo': ({ key, target, styleOnly, className, typeError }) =>
      `${key} is not a TrainingArguments argument. Did you mean ${target}?${styleOnly ? ' Python argument names are written in snake_case.' : ''} ${className} raises: ${typeError}`,
    'unknown-argument.typo.rename': ({ key, target }) => `Rename ${key} to ${target}`,
    'unknown-argument.typo.taken': ({ key, target }) => `Remove ${key} (${target} is already set)`,
    'unknown-argument.retired': ({ key, oldName, replacements, removedIn, manual, className, typeError }) => {
      const what = replacements === null ? 'was removed' : `was renamed to ${replacements.join(', ')}`;
      const lead = key === oldName ? `${key} ${what}` : `${key} looks like ${oldName}, which ${what}`;
      return `${lead}: transformers ${removedIn} and later reject it. ${tableText(RETIRED_ADVICE_EN, oldName, 'retired-argument advice')}${manual ? ' This cannot be translated automatically; adjust the settings by hand.' : ''} ${className} raises: ${typeError}`;
    },
    // library/deprecated-argument
    'deprecated-argument': ({ name, target }) =>
      `${name} is deprecated: ${targetLabel(target)} still accepts it (it is ${DEPRECATED_EFFECT_EN[name]}) with a warning, and transformers 5.0 rejects it. ${fieldIn(name, target).deprecated ?? ''}`,
    // app/schema-type
    'schema-type': ({ field, target, value, writtenAsFloat, advice }) =>
      `${field} must be ${expectedText(fieldIn(field, target), target)}, got ${describeValue(value, writtenAsFloat)}. ${SCHEMA_TYPE_ADVICE_EN(advice)}`,
    // app/schema-range
    'schema-range': ({ field, target, value, asFloat, negative }) =>
      `${field} must be ${boundsText(fieldIn(field, target))}, got ${describeValue(value, asFloat)}. ${
        negative
          ? 'A negative value has no meaning here; TrainingArguments does not check it, so nothing warns you before training starts.'
          : 'Outside this range the Trainer or optimizer fails, or the setting has no effect; TrainingArguments does not check it, so nothing warns you before training starts.'
      }`,
    // app/schema-choice
    'schema-choice': ({ field, value, choices, suggestion }) =>
      `${field} must be one of ${listChoices(choices)}, got ${describeValue(value)}.${suggestion ? ` Did you mean ${quote(suggestion)}?` : ''} ${CHOICE_CONSEQUENCE_EN[field] ?? ''}`.trimEnd(),
    'schema-choice.fix': ({ suggestion }) => `Use ${quote(suggestion)}`,
    'schema-choice.items': ({ field, choices, unknown }) =>
      `${field} may only hold ${listChoices(choices)}; ${unknownItemsEn(unknown)}. ${CHOICE_CONSEQUENCE_EN[field] ?? ''}`.trimEnd(),
    'schema-choice.report-to': ({ unknown, special }) =>
      `report_to lists trackers the Trainer does not know: ${unknownItemsEn(unknown)}.${special ? ' "all" and "none" only work on their own, not inside a list of trackers.' : ''} ${REPORT_TO_CONSEQUENCE_EN}`,
    'schema-choice.report-to-split': ({ value, list }) =>
      `report_to takes one tracker per string, so ${describeValue(value)} is read as a single unknown name. Give several trackers as a list: ${JSON.stringify(list)}. ${REPORT_TO_CONSEQUENCE_EN}`,
    'schema-choice.report-to-unknown': ({ value, suggestion, choices }) =>
      `report_to: ${describeValue(value)} is not a tracker the Trainer knows.${suggestion ? ` Did you mean ${quote(suggestion)}?` : ''} Known: ${listChoices(choices, choices.length)}. ${REPORT_TO_CONSEQUENCE_EN}`,
    // app/schema-list-option
    'schema-list-option': ({ field, options, unknown }) =>
      `${field} has ${unknown.length === 1 ? `an unknown ${LIST_OPTION_EN[field]}` : `unknown ${LIST_OPTION_EN[field]}s`}: ${unknown
        .map(({ item, repaired }) =>
          repaired.length > 1
            ? `${quote(item)} holds several options in one item; list them separately`
            : repaired[0]
              ? `${quote(item)} (did you mean ${quote(repaired[0])}?)`
              : `${quote(item)} is not an option`,
        )
        .join(
          '; ',
        )}. Valid: ${listChoices(options, options.length)}. A list is passed on without being checked, and the Trainer silently ignores items it does not know.`,
    // trl/trl-field-type (and class-field-type, the same check for other config classes)
    'trl-field-type': (params) => classFieldTypeEn(params),
    'trl-field-type.fix': ({ field, meant }) => `Set ${field} to ${describeValue(meant)}`,
    'class-field-type': (params) => classFieldTypeEn(params),
    'class-field-type.fix': ({ field, meant }) => `Set ${field} to ${describeValue(meant)}`,
    // config-class (check-class, post-init): a class's own raises and warnings, framed with the library's text
    'config-class.raise': ({ explanation, className, error }) => `${renderMessage(EN_MESSAGES, explanation)} ${className} raises ${error}`,
    'config-class.warning': ({ explanation, library }) => `${renderMessage(EN_MESSAGES, explanation)} The library warns: ${library}`,
    'config-class.python-error': ({ className, step, error }) =>
      `${className} fails while it ${tableText(POST_INIT_STEP_EN, step, 'post-init step')}: a value there is not a usable number. Enter whole numbers above 0. Python raises ${error}`,
    // config-class/trl/trl-steps: TRL's __post_init__ steps
    'trl-deprecated-pad-token': ({ className }) =>
      `pad_token is deprecated in ${className} and goes away in TRL 2.0. Set tokenizer.pad_token on your tokenizer and pass the tokenizer to the trainer as processing_class.`,
    'trl-deprecated-pad-token.fix': () => 'Remove pad_token',
    'trl-deprecated-keep-end': () =>
      'truncation_mode="keep_end" is deprecated and goes away in TRL 2.0. Use keep_start, the default, and shorten over-long examples in the dataset if their end matters.',
    'trl-deprecated-keep-end.fix': () => 'Use truncation_mode="keep_start"',
    'trl-renamed-bfd-requeue': () =>
      'packing_strategy "bfd-requeue" is now called "bfd_split"; the old name is deprecated and goes away in TRL 2.0. Write bfd_split.',
    'trl-renamed-bfd-requeue.fix': () => 'Use packing_strategy="bfd_split"',
    'dpo-loss-weights': ({ have, want }) =>
      `loss_weights has ${have} weight${have === 1 ? '' : 's'} but loss_type has ${want} loss${want === 1 ? '' : 'es'}; give exactly one weight per loss (a single loss name counts as one), or leave loss_weights empty to weigh each loss 1.0. DPOConfig checks this before anything else.`,
    'dpo-loss-weights.fix': ({ want }) => `Weigh each of the ${want} losses 1.0`,
    'dpo-loss-weights.remove': () => 'Remove loss_weights',
    'trl-deprecated-transformers-paged': () =>
      'use_transformers_paged is the deprecated name of use_transformers_continuous_batching and goes away in TRL 2.0. Set use_transformers_continuous_batching=True instead.',
    'trl-deprecated-transformers-paged.fix': () => 'Use use_transformers_continuous_batching=True',
    'grpo-hub-repo-needs-log-completions': () =>
      'log_completions_hub_repo is set, but no completions are logged to upload. Turn log_completions on, or clear log_completions_hub_repo.',
    'grpo-hub-repo-needs-log-completions.fix': () => 'Set log_completions to True',
    'trl-auto-find-batch-size': ({ className }) =>
      `${className} cannot use auto_find_batch_size: a batch shrunk after an out-of-memory error would no longer hold whole groups of num_generations completions. Turn it off and lower per_device_train_batch_size yourself.`,
    'trl-auto-find-batch-size.fix': () => 'Turn auto_find_batch_size off',
    'trl-generation-batch': ({ generation, global, worldSize, fixed }) =>
      `generation_batch_size ${generation} is not a multiple of the global batch size ${global} (per_device_train_batch_size × ${worldSize} process${worldSize === 1 ? '' : 'es'}), so generated completions would not fill whole optimizer steps. Make it a multiple${fixed === null ? '' : `, such as ${fixed}`}.`,
    'trl-generation-batch.fix': ({ fixed }) => `Set generation_batch_size to ${fixed}`,
    'trl-generation-batch.both': () =>
      'generation_batch_size and steps_per_generation describe the same thing (each sets the other), so only one may be given. Keep the one you mean and clear the other.',
    'trl-generation-batch.both.fix': () => 'Remove steps_per_generation',
    'trl-eval-batch-generations': ({ evalBatch, worldSize, groups, groupsField, fixed }) =>
      `While evaluating, the global eval batch (per_device_eval_batch_size ${evalBatch} × ${worldSize} process${worldSize === 1 ? '' : 'es'}) must hold whole groups of ${groups} completions (${groupsField}). Raise per_device_eval_batch_size to a multiple${fixed === null ? '' : `, such as ${fixed}`}, or lower ${groupsField}.`,
    'trl-eval-batch-generations.fix': ({ fixed }) => `Set per_device_eval_batch_size to ${fixed}`,
    'trl-generation-groups': ({ generation, derived, groups, fixed }) =>
      `A generation round makes ${generation} completions (generation_batch_size${derived ? ', derived from the batch size' : ''}), which is not a whole number of groups of ${groups} (num_generations). Make generation_batch_size a multiple of both num_generations and the global batch${fixed === null ? '' : `, such as ${fixed}`}, or pick a num_generations that divides it.`,
    'trl-generation-groups.fix': ({ fixed }) => `Set generation_batch_size to ${fixed}`,
    'trl-min-generations': ({ groups, shortName }) =>
      `num_generations is ${groups}, but ${shortName} scores each completion against the other completions of the same prompt, so it needs at least 2.`,
    'trl-min-generations.fix': () => 'Set num_generations to 2',
    'grpo-deprecated-importance-sampling-cap': () =>
      'vllm_importance_sampling_cap is the deprecated name of vllm_importance_sampling_clip_max and goes away in TRL 2.0; its value is used as clip_max. Set vllm_importance_sampling_clip_max instead.',
    'grpo-deprecated-importance-sampling-cap.fix': () => 'Move the value to vllm_importance_sampling_clip_max',
    'grpo-importance-sampling-bounds': ({ low, high }) =>
      `vllm_importance_sampling_clip_min ${low} is not below vllm_importance_sampling_clip_max ${high}, so no ratio could lie between them. Lower the minimum or raise the maximum (3.0 by default).`,
    'grpo-truncate-needs-bound': ({ mode }) =>
      `vllm_importance_sampling_mode "${mode}" truncates ratios at a bound, but both bounds are empty. Set vllm_importance_sampling_clip_max (3.0 by default) or vllm_importance_sampling_clip_min.`,
    'grpo-truncate-needs-bound.fix': () => 'Set vllm_importance_sampling_clip_max to 3.0',
    'distillation-beta-range': ({ beta }) =>
      `beta ${beta} is outside [0, 1]: it mixes the two KL directions of the distillation loss (0 and 1 are the pure ones). Pick a value from 0 to 1.`,
    'distillation-beta-range.fix': ({ clamped }) => `Set beta to ${clamped}`,
    // check/input-messages: the app's own input errors
    'input.json-syntax': ({ line, column, detail }) => `Invalid JSON at line ${line}, column ${column}: ${detail}`,
    'input.internal-error': ({ detail }) => `Internal error while checking: ${detail}`,
    // migrate/migrate: what a switch of release or class did to the values
    'migrate.notice': ({ field, change }) => `\`${field}\`: ${renderMessage(EN_MESSAGES, change)}`,
    'migrate.dropped': ({ name, configClass }) => `${name} is not an argument of ${configClass} on this release; removed.`,
    'group-by-length-to-strategy': () => 'group_by_length=True became train_sampling_strategy="group_by_length" (5.0 replaced the flag with a strategy).',
    'group-by-length-to-strategy.default': () => 'group_by_length=False is the default sampling in 5.x; removed.',
    'strategy-to-group-by-length': () => 'train_sampling_strategy="group_by_length" became group_by_length=True (the 4.x spelling).',
    'strategy-to-group-by-length.dropped': ({ strategy }) =>
      `train_sampling_strategy="${strategy}" has no 4.x equivalent (4.x always samples at random); removed.`,
    'warmup-ratio-to-fractional-steps': ({ raw }) => `warmup_ratio=${raw} became warmup_steps=${raw}: from 5.15 a warmup_steps below 1 is a share of the run.`,
    'warmup-ratio-to-fractional-steps.not-ratio': ({ raw }) =>
      `warmup_ratio=${raw} is not a ratio from 0 to 1, and 5.15 has no warmup_ratio; removed. Set warmup_steps instead.`,
    'warmup-ratio-to-fractional-steps.zero': () => 'warmup_ratio=0 (no warmup) is the 5.15 default; removed.',
    'warmup-ratio-to-fractional-steps.whole-run': ({ totalSteps }) =>
      `warmup_ratio=1.0 (warm up for the whole run) became warmup_steps=${totalSteps}, the run's total optimizer steps. It is not warmup_steps=1.0, which in 5.15 means a single step. Update it if the run length changes.`,
    'warmup-ratio-to-fractional-steps.whole-run-unknown': () =>
      "warmup_ratio=1.0 (warm up for the whole run) has no fractional form in 5.15: warmup_steps=1.0 would be a single step. Removed; set warmup_steps to the run's total optimizer steps.",
    'fractional-steps-to-warmup-ratio': ({ value }) => `warmup_steps=${value} (a share of the run) became warmup_ratio=${value}, the spelling before 5.15.`,
    // import: notes on imported names
    'import.script-reads-file': ({ file }) =>
      `The script reads its arguments from ${file} (HfArgumentParser scripts do so when it is the only argument); import that file instead`,
    'import.abbreviation': ({ typed, option }) =>
      `argparse expands ${typed} to ${option} (an unambiguous abbreviation), unless the script has another option starting with ${typed}`,
    'import.shell-variable': ({ field, variable }) =>
      `${field} holds the shell variable in ${JSON.stringify(variable)}, kept as written; the shell fills it in when the command runs`,
    'import.yaml-omegaconf': ({ scalar, number, yaml11 }) =>
      `LLaMA-Factory (OmegaConf) reads ${scalar} as the number ${number}; HfArgumentParser.parse_yaml_file (PyYAML) would read it as the string "${scalar}". Write ${yaml11} to mean the number for both`,
    'import.axolotl': ({ note }) => AXOLOTL_NOTE_EN[note],
    'import.owner': ({ owner }) => OWNER_LABEL_EN[owner],
    // emit/emit-notes: what the user must know or still decide about a generated side file
    'emit.deepspeed.save-as': ({ file }) => `Save this file as ${file}: deepspeed="${file}" points to it.`,
    'emit.deepspeed.from-dict': ({ file }) =>
      `deepspeed is a dict: this is that dict with every Trainer-filled value set to "auto". Save it as ${file} and set deepspeed="${file}", or copy it into the dict.`,
    'emit.deepspeed.unset': ({ file }) => `deepspeed is not set, so DeepSpeed is off. Save this file as ${file} and set deepspeed="${file}" to use it.`,
    'emit.deepspeed.stage-default': () =>
      'ZeRO stage 2 (your choice to make): it shards optimizer states and gradients while every GPU keeps whole weights, the usual first step. Use 3 if the weights do not fit on one GPU, and add "offload_optimizer" / "offload_param" only if 3 is still short of memory.',
    'emit.deepspeed.stage': ({ stage, offload, from }) =>
      `ZeRO stage ${stage}${offload ? ' with CPU offload (slower steps, far less GPU memory)' : ''}: ${from === 'dict' ? 'the deepspeed dict says so' : 'the file name deepspeed points to says so'}. Check it is the stage you want.`,
    'emit.deepspeed.adamw': ({ optim }) =>
      `optimizer: DeepSpeed's own AdamW stands in for optim="${optim}" (same update, lr/betas/eps/weight_decay from the arguments). Delete the "optimizer" section to keep the Trainer's optimizer instead.`,
    'emit.deepspeed.no-optimizer': ({ optim }) =>
      `optimizer: DeepSpeed has no counterpart of "${optim}", so the file has no "optimizer" section and the Trainer builds ${optim} itself (it sets zero_allow_untested_optimizer). Check that ${optim} works with your ZeRO stage and offload.`,
    'emit.deepspeed.no-scheduler': ({ schedule }) =>
      `scheduler: DeepSpeed has no "${schedule}" schedule, so the file has no "scheduler" section and the Trainer's lr_scheduler_type="${schedule}" runs.`,
    'emit.deepspeed.scheduler': ({ scheduler, schedule }) =>
      `scheduler: ${scheduler} with a linear warm-up matches lr_scheduler_type="${schedule}"; its step counts are filled in once the Trainer knows the number of training steps.`,
    'emit.deepspeed.zero3-save': () =>
      'ZeRO-3: stage3_gather_16bit_weights_on_model_save is true so save_model writes full weights; create the model after the TrainingArguments so it is partitioned while loading.',
    'emit.deepspeed.hidden-size': () =>
      'The "auto" bucket sizes are worked out from the model config\'s hidden_size; for a model without hidden_size or hidden_sizes, replace them with numbers.',
    'emit.accelerate.fsdp-config-file': ({ file }) =>
      `fsdp_config names a file (${pythonText(file)}) that cannot be read here: copy its settings into fsdp_config below with an fsdp_ prefix.`,
    'emit.accelerate.rejected': ({ key, value, fix }) =>
      `fsdp_config.${key}=${pythonRepr(value)} is left out: the library rejects it (fsdp_config takes no "auto"); ${rejectedFixEn(fix)}, then export again.`,
    'emit.accelerate.fsdp-off': () =>
      'fsdp is not set, so the Trainer builds no FSDP plugin: set fsdp=True (and fsdp_config) so the arguments and this file agree.',
    'emit.accelerate.xla': () =>
      "fsdp_config.xla is on: XLA FSDP runs through torch_xla, not accelerate's FSDP plugin, so this file has no FSDP settings for it.",
    'emit.accelerate.wrap-class': () =>
      "No transformer_layer_cls_to_wrap: accelerate wraps the model's _no_split_modules (fine for transformers models); name the layer class (e.g. LlamaDecoderLayer) for any other model.",
    'emit.accelerate.multi-node': () =>
      "Several machines: on each one run accelerate launch with --machine_rank <its rank> --main_process_ip <address of rank 0> (machine_rank 0 here is the first machine's).",
    'emit.accelerate.one-process': () =>
      'One process: FSDP only shards across processes, so set the devices per node in the Launch panel (num_processes) to your GPU count.',
    'emit.accelerate.in-step': () =>
      'The Trainer builds its FSDP plugin from fsdp / fsdp_config; this file repeats those values for the launcher, so change both together.',
  },
};
