import type { ImportNote } from './import-result';

/**
 * Who else reads the arguments people paste. A training script's command line or recipe file mixes
 * TrainingArguments with the arguments of the script itself, of a tool such as LLaMA-Factory or
 * axolotl, and of the launcher. Those names are not errors: they are listed with their likely owner.
 * One row per owner; the names are the ones each project documents for its users.
 */
export type ArgOwnerId = 'hf-script' | 'trl-script' | 'llamafactory' | 'axolotl' | 'alignment-handbook' | 'launcher';

/** The program that will read a recipe file, which decides how its YAML is read. */
export type RecipeReader = 'hf-argparser' | 'llamafactory' | 'axolotl';

export interface ArgOwner {
  readonly id: ArgOwnerId;
  readonly label: string;
  readonly labelKo: string;
  readonly names: ReadonlySet<string>;
}

const HF_SCRIPT_NAMES = [
  // ModelArguments of the transformers example scripts (run_glue, run_clm, run_translation, …)
  'model_name_or_path',
  'config_name',
  'tokenizer_name',
  'cache_dir',
  'use_fast_tokenizer',
  'model_revision',
  'token',
  'use_auth_token',
  'trust_remote_code',
  'ignore_mismatched_sizes',
  'model_type',
  'config_overrides',
  'torch_dtype',
  'low_cpu_mem_usage',
  'freeze_feature_encoder',
  'feature_extractor_name',
  'image_processor_name',
  'attention_dropout',
  'activation_dropout',
  'hidden_dropout',
  'mask_time_prob',
  'layerdrop',
  'ctc_loss_reduction',
  'resize_position_embeddings',
  // DataTrainingArguments of the same scripts
  'task_name',
  'dataset_name',
  'dataset_config_name',
  'train_file',
  'validation_file',
  'test_file',
  'max_seq_length',
  'max_source_length',
  'max_target_length',
  'val_max_target_length',
  'pad_to_max_length',
  'max_train_samples',
  'max_eval_samples',
  'max_predict_samples',
  'overwrite_cache',
  'preprocessing_num_workers',
  'source_lang',
  'target_lang',
  'source_prefix',
  'forced_bos_token',
  'num_beams',
  'ignore_pad_token_for_loss',
  'text_column',
  'summary_column',
  'lang',
  'block_size',
  'validation_split_percentage',
  'streaming',
  'keep_linebreaks',
  'line_by_line',
  'mlm_probability',
  'max_answer_length',
  'doc_stride',
  'version_2_with_negative',
  'n_best_size',
  'null_score_diff_threshold',
  'question_column_name',
  'context_column_name',
  'answer_column_name',
  'image_column_name',
  'label_column_name',
  'audio_column_name',
  'text_column_name',
  'train_dir',
  'validation_dir',
  'label_all_tokens',
  'return_entity_level_metrics',
  'do_lower_case',
  'shuffle_buffer_size',
  'max_duration_in_seconds',
  'min_duration_in_seconds',
  'train_split_name',
  'eval_split_name',
  'audio_column',
  'dataset_dir',
  'mask_ratio',
  'norm_pix_loss',
  'base_learning_rate',
  'chars_to_ignore',
  'eval_metrics',
  'preprocessing_only',
  'unk_token',
  'pad_token',
  'word_delimiter_token',
  'phoneme_language',
  'max_predict_length',
  'shuffle_train_dataset',
  'metric_name',
  'remove_splits',
  'remove_columns',
  'text_column_names',
  'label_column_name',
  'train_val_split',
  'vision_model_name_or_path',
  'text_model_name_or_path',
  'data_dir',
  'max_eval_samples_per_task',
  'language',
  'train_language',
];

const TRL_SCRIPT_NAMES = [
  // trl ScriptArguments and ModelConfig (trl's own sft.py / dpo.py and recipes built on them)
  'dataset_name',
  'dataset_config',
  'dataset_train_split',
  'dataset_test_split',
  'dataset_streaming',
  'gradient_checkpointing_use_reentrant',
  'ignore_bias_buffers',
  'model_name_or_path',
  'model_revision',
  'torch_dtype',
  'dtype',
  'trust_remote_code',
  'attn_implementation',
  'use_peft',
  'lora_r',
  'lora_alpha',
  'lora_dropout',
  'lora_target_modules',
  'lora_target_parameters',
  'lora_modules_to_save',
  'lora_task_type',
  'use_rslora',
  'use_dora',
  'load_in_8bit',
  'load_in_4bit',
  'bnb_4bit_quant_type',
  'use_bnb_nested_quant',
  'bnb_4bit_quant_storage',
  'reward_model_path',
  'sft_model_path',
  'dataset_mixture',
  'tokenizer_name_or_path',
];

const ALIGNMENT_HANDBOOK_NAMES = [
  // alignment-handbook recipes (ModelArguments / DataArguments of its scripts)
  'dataset_mixer',
  'dataset_splits',
  'dataset_configs',
  'chat_template',
  'preprocessing_num_workers',
  'truncation_side',
  'auto_insert_empty_system_msg',
  'auto_set_chat_template',
  'base_model_revision',
  'model_code_revision',
  'text_column',
  'dataset_mixture',
  'dataset_kwargs',
  'system_prompt',
  'hub_model_revision',
  'callbacks',
  'benchmarks',
  'wandb_entity',
  'wandb_project',
  'wandb_run_group',
  'overwrite_hub_revision',
  'push_to_hub_revision',
  'eos_token',
];

const LLAMAFACTORY_NAMES = [
  // LLaMA-Factory's ModelArguments, DataArguments, FinetuningArguments and GeneratingArguments
  'stage',
  'finetuning_type',
  'template',
  'dataset',
  'dataset_dir',
  'eval_dataset',
  'cutoff_len',
  'max_samples',
  'val_size',
  'overwrite_cache',
  'preprocessing_num_workers',
  'lora_rank',
  'lora_alpha',
  'lora_dropout',
  'lora_target',
  'additional_target',
  'loraplus_lr_ratio',
  'loraplus_lr_embedding',
  'use_rslora',
  'use_dora',
  'pissa_init',
  'pissa_iter',
  'pissa_convert',
  'create_new_adapter',
  'adapter_name_or_path',
  'adapter_folder',
  'quantization_bit',
  'quantization_method',
  'quantization_type',
  'double_quantization',
  'quantization_device_map',
  'flash_attn',
  'shift_attn',
  'mixture_of_depths',
  'use_unsloth',
  'use_unsloth_gc',
  'enable_liger_kernel',
  'moe_aux_loss_coef',
  'disable_gradient_checkpointing',
  'use_reentrant_gc',
  'upcast_layernorm',
  'upcast_lmhead_output',
  'train_from_scratch',
  'infer_backend',
  'offload_folder',
  'use_cache',
  'infer_dtype',
  'hf_hub_token',
  'ms_hub_token',
  'om_hub_token',
  'print_param_status',
  'trust_remote_code',
  'rope_scaling',
  'model_name_or_path',
  'resize_vocab',
  'split_special_tokens',
  'new_special_tokens',
  'model_revision',
  'low_cpu_mem_usage',
  'image_max_pixels',
  'image_min_pixels',
  'video_max_pixels',
  'video_min_pixels',
  'video_fps',
  'video_maxlen',
  'audio_sampling_rate',
  'crop_to_patches',
  'use_audio_in_video',
  'export_dir',
  'export_size',
  'export_device',
  'export_quantization_bit',
  'export_quantization_dataset',
  'export_quantization_nsamples',
  'export_quantization_maxlen',
  'export_legacy_format',
  'export_hub_model_id',
  'buffer_size',
  'mix_strategy',
  'interleave_probs',
  'ignore_pad_token_for_loss',
  'packing',
  'neat_packing',
  'tool_format',
  'tokenized_path',
  'streaming',
  'default_system',
  'enable_thinking',
  'media_dir',
  'train_on_prompt',
  'mask_history',
  'data_shared_file_system',
  'freeze_trainable_layers',
  'freeze_trainable_modules',
  'freeze_extra_modules',
  'freeze_vision_tower',
  'freeze_multi_modal_projector',
  'freeze_language_model',
  'train_mm_proj_only',
  'compute_dtype',
  'device_map',
  'model_max_length',
  'block_diag_attn',
  'pref_beta',
  'pref_ftx',
  'pref_loss',
  'dpo_label_smoothing',
  'kto_chosen_weight',
  'kto_rejected_weight',
  'simpo_gamma',
  'ppo_buffer_size',
  'ppo_epochs',
  'ppo_score_norm',
  'ppo_target',
  'ppo_whiten_rewards',
  'ref_model',
  'ref_model_adapters',
  'ref_model_quantization_bit',
  'reward_model',
  'reward_model_adapters',
  'reward_model_quantization_bit',
  'reward_model_type',
  'use_galore',
  'galore_target',
  'galore_rank',
  'galore_update_interval',
  'galore_scale',
  'galore_proj_type',
  'galore_layerwise',
  'use_apollo',
  'use_badam',
  'badam_mode',
  'badam_start_block',
  'badam_switch_mode',
  'badam_switch_interval',
  'badam_update_ratio',
  'use_adam_mini',
  'use_muon',
  'plot_loss',
  'include_effective_tokens_per_second',
  'compute_accuracy',
  'disable_shuffling',
  'use_llama_pro',
  'use_swanlab',
  'swanlab_project',
  'swanlab_workspace',
  'swanlab_run_name',
  'swanlab_mode',
  'swanlab_api_key',
  'swanlab_logdir',
  'swanlab_lark_webhook_url',
  'early_stopping_steps',
  'do_sample',
  'temperature',
  'top_p',
  'top_k',
  'num_beams',
  'max_length',
  'max_new_tokens',
  'repetition_penalty',
  'length_penalty',
  'skip_special_tokens',
  'ray_run_name',
  'ray_storage_path',
  'ray_num_workers',
  'resources_per_worker',
  'placement_strategy',
  'ray_init_kwargs',
  'use_mca',
  'eval_num_beams',
  'eval_on_each_dataset',
  'booster',
  'kt_optimize_rule',
  'cpu_infer',
  'chunk_size',
  'use_kt',
  'pure_bf16',
  'vllm_maxlen',
  'vllm_gpu_util',
  'vllm_enforce_eager',
  'vllm_max_lora_rank',
  'vllm_config',
  'sglang_maxlen',
  'image_resolution',
];

const AXOLOTL_NAMES = [
  'base_model',
  'base_model_config',
  'base_model_ignore_patterns',
  'revision_of_model',
  'model_type',
  'tokenizer_type',
  'tokenizer_config',
  'tokenizer_use_fast',
  'tokenizer_legacy',
  'is_llama_derived_model',
  'is_mistral_derived_model',
  'is_qwen_derived_model',
  'trust_remote_code',
  'load_in_8bit',
  'load_in_4bit',
  'strict',
  'datasets',
  'test_datasets',
  'dataset_prepared_path',
  'val_set_size',
  'shuffle_merged_datasets',
  'dataset_processes',
  'chat_template',
  'default_system_message',
  'adapter',
  'lora_model_dir',
  'sequence_len',
  'sample_packing',
  'eval_sample_packing',
  'pad_to_sequence_len',
  'lora_r',
  'lora_alpha',
  'lora_dropout',
  'lora_target_linear',
  'lora_target_modules',
  'lora_modules_to_save',
  'lora_fan_in_fan_out',
  'peft_use_dora',
  'peft_use_rslora',
  'relora_steps',
  'wandb_project',
  'wandb_entity',
  'wandb_watch',
  'wandb_name',
  'wandb_run_id',
  'wandb_log_model',
  'mlflow_tracking_uri',
  'mlflow_experiment_name',
  'micro_batch_size',
  'num_epochs',
  'optimizer',
  'lr_scheduler',
  'train_on_inputs',
  'bfloat16',
  'float16',
  'tf32',
  'early_stopping_patience',
  'xformers_attention',
  'flash_attention',
  'sdp_attention',
  's2_attention',
  'flash_attn_cross_entropy',
  'flash_attn_rms_norm',
  'flash_attn_fuse_qkv',
  'flash_attn_fuse_mlp',
  'warmup_steps',
  'evals_per_epoch',
  'eval_table_size',
  'eval_max_new_tokens',
  'saves_per_epoch',
  'special_tokens',
  'tokens',
  'plugins',
  'liger_rope',
  'liger_rms_norm',
  'liger_glu_activation',
  'liger_layer_norm',
  'liger_fused_linear_cross_entropy',
  'unfrozen_parameters',
  'gptq',
  'gptq_groupsize',
  'gptq_model_v1',
  'rl',
  'dpo_beta',
  'output_dir',
  'hub_model_id',
  'lora_mlp_kernel',
  'lora_qkv_kernel',
  'lora_o_kernel',
  'gradient_checkpointing_kwargs',
  'logging_steps',
  'cosine_min_lr_ratio',
  'lr_quadratic_warmup',
  'loss_watchdog_threshold',
  'loss_watchdog_patience',
  'resize_token_embeddings_to_32x',
  'ddp_find_unused_parameters',
  'max_steps',
  'eval_steps',
  'save_steps',
  'chat_template_jinja',
  'field_messages',
  'message_property_mappings',
  'shuffle_before_merging_datasets',
  'auto_resume_from_checkpoints',
  'deepspeed',
  'fsdp',
  'fsdp_config',
  'fsdp_version',
  'weight_decay',
  'max_grad_norm',
  'special_tokens',
  'torch_compile',
  'group_by_length',
  'train_on_inputs',
  'load_best_model_at_end',
  'save_total_limit',
  'save_strategy',
  'local_rank',
  'batch_size',
  'max_packed_sequence_len',
  'push_dataset_to_hub',
  'torchdistx_path',
  'eot_tokens',
  'bf16',
  'fp16',
];

const LAUNCHER_NAMES = [
  'nproc_per_node',
  'nnodes',
  'node_rank',
  'master_addr',
  'master_port',
  'rdzv_backend',
  'rdzv_endpoint',
  'rdzv_id',
  'rdzv_conf',
  'standalone',
  'max_restarts',
  'monitor_interval',
  'num_processes',
  'num_machines',
  'machine_rank',
  'main_process_ip',
  'main_process_port',
  'mixed_precision',
  'multi_gpu',
  'config_file',
  'use_deepspeed',
  'use_fsdp',
  'deepspeed_config_file',
  'zero_stage',
  'num_gpus',
  'num_nodes',
  'hostfile',
  'include',
  'exclude',
  'use_env',
  'dynamo_backend',
  'gpu_ids',
  'same_network',
];

const owner = (id: ArgOwnerId, label: string, labelKo: string, names: readonly string[]): ArgOwner => ({ id, label, labelKo, names: new Set(names) });

/** Owners in the order a name is attributed when the reading program is not recognised. */
export const ARG_OWNERS: readonly ArgOwner[] = [
  owner('hf-script', 'the example script (ModelArguments / DataTrainingArguments)', '예제 스크립트(ModelArguments / DataTrainingArguments)', HF_SCRIPT_NAMES),
  owner('trl-script', 'TRL script (ScriptArguments / ModelConfig)', 'TRL 스크립트(ScriptArguments / ModelConfig)', TRL_SCRIPT_NAMES),
  owner('alignment-handbook', 'alignment-handbook recipe', 'alignment-handbook 레시피', ALIGNMENT_HANDBOOK_NAMES),
  owner('llamafactory', 'LLaMA-Factory', 'LLaMA-Factory', LLAMAFACTORY_NAMES),
  owner('axolotl', 'axolotl', 'axolotl', AXOLOTL_NAMES),
  owner('launcher', 'the launcher (torchrun / accelerate / deepspeed)', '런처(torchrun / accelerate / deepspeed)', LAUNCHER_NAMES),
];

/** The owner a recipe's reader stands for: its names are attributed to it first. */
const READER_OWNER: Readonly<Record<RecipeReader, ArgOwnerId | undefined>> = {
  'hf-argparser': undefined,
  llamafactory: 'llamafactory',
  axolotl: 'axolotl',
};

/** The owner whose names a recognised reader reads (none for a plain HfArgumentParser file). */
export function readerOwner(reader: RecipeReader): ArgOwnerId | undefined {
  return READER_OWNER[reader];
}

/**
 * The likely owner of a name that is not a TrainingArguments field (of the class in use), or undefined
 * when no known program uses it. The recognised reader's own names come first.
 * @example ownerOf('task_name')?.id // 'hf-script'
 */
export function ownerOf(name: string, reader?: RecipeReader): ArgOwner | undefined {
  const preferred = reader === undefined ? undefined : READER_OWNER[reader];
  const first = ARG_OWNERS.find((o) => o.id === preferred && o.names.has(name));
  return first ?? ARG_OWNERS.find((o) => o.names.has(name));
}

/**
 * Which program will read a recipe, from the keys only it uses: LLaMA-Factory recipes have
 * `stage` and `finetuning_type`; axolotl configs `base_model` with `micro_batch_size` or `datasets`.
 * Everything else is taken as an `HfArgumentParser` file.
 * @example recipeReader(['stage', 'finetuning_type', 'learning_rate']) // 'llamafactory'
 */
export function recipeReader(keys: readonly string[]): RecipeReader {
  const has = new Set(keys);
  if (has.has('stage') && (has.has('finetuning_type') || has.has('template') || has.has('cutoff_len'))) return 'llamafactory';
  if (has.has('base_model') && (has.has('micro_batch_size') || has.has('datasets') || has.has('sequence_len'))) return 'axolotl';
  return 'hf-argparser';
}

/**
 * What axolotl does with a precision switch written `auto` (its config schema: `bf16` and `tf32` take "auto" and
 * default to it, `fp16` takes only true/false/empty). TrainingArguments never sees the word: axolotl decides on the
 * machine, so these are axolotl's values, listed with a note rather than reported as a type error.
 */
const AXOLOTL_AUTO: NoteTexts = {
  bf16: {
    message:
      'axolotl reads bf16: auto as "bf16 if this GPU supports it" (Ampere or newer), else bf16 off and fp16 on unless fp16 is set. TrainingArguments only takes true or false: set bf16 (or fp16) in the form to what your GPU will run.',
    messageKo:
      'axolotl은 bf16: auto를 "GPU가 지원하면 bf16"(Ampere 이상)으로 읽고, 지원하지 않으면 bf16을 끄고 fp16이 비어 있으면 fp16을 켭니다. TrainingArguments는 true/false만 받으니, 폼에서 bf16(또는 fp16)을 실제 GPU에 맞게 설정하세요.',
  },
  tf32: {
    message:
      'axolotl reads tf32: auto as "TF32 matmuls if this GPU supports them" (Ampere or newer). TrainingArguments only takes true, false or empty: set tf32 in the form if you want it fixed.',
    messageKo:
      'axolotl은 tf32: auto를 "GPU가 지원하면 TF32 행렬곱"(Ampere 이상)으로 읽습니다. TrainingArguments는 true, false, 빈 값만 받으니 고정하려면 폼에서 tf32를 설정하세요.',
  },
  fp16: {
    message:
      "fp16: auto is kept as axolotl's value, but axolotl's own schema takes only true, false or empty for fp16 (only bf16 and tf32 take auto). Write bf16: auto to let axolotl choose, or set fp16 to true or false.",
    messageKo:
      'fp16: auto는 axolotl 값으로 두었지만, axolotl 스키마도 fp16에는 true, false, 빈 값만 받습니다(auto는 bf16과 tf32만). axolotl이 고르게 하려면 bf16: auto를 쓰고, 아니면 fp16을 true나 false로 설정하세요.',
  },
};

/**
 * The note for a precision switch written `auto`, which only axolotl reads, or undefined for any other name.
 * @example axolotlAutoNote('bf16')?.key // 'bf16'
 */
export function axolotlAutoNote(name: string): ImportNote | undefined {
  return noteIn(AXOLOTL_AUTO, name);
}

/**
 * TrainingArguments names that axolotl reads itself and turns into other arguments, so they never reach the
 * constructor: `warmup_ratio` becomes `warmup_steps = int(warmup_ratio × total steps)` in axolotl's trainer
 * builder (with transformers v5 as well, where TrainingArguments has no `warmup_ratio` from 5.15).
 */
const AXOLOTL_CONVERTS: NoteTexts = {
  warmup_ratio: {
    message:
      'axolotl reads warmup_ratio itself and hands the Trainer warmup_steps = int(warmup_ratio × total steps), so it works on every transformers release, 5.15+ included (where TrainingArguments has no warmup_ratio).',
    messageKo:
      'axolotl은 warmup_ratio를 직접 읽어 Trainer에 warmup_steps = int(warmup_ratio × 전체 스텝)으로 넘깁니다. 그래서 TrainingArguments에 warmup_ratio가 없는 5.15 이상을 포함해 모든 transformers 버전에서 동작합니다.',
  },
};

/**
 * The note for a name axolotl converts before the Trainer sees it, or undefined.
 * @example axolotlConvertsNote('warmup_ratio')?.key // 'warmup_ratio'
 */
export function axolotlConvertsNote(name: string): ImportNote | undefined {
  return noteIn(AXOLOTL_CONVERTS, name);
}

type NoteTexts = Readonly<Record<string, Omit<ImportNote, 'key'>>>;

function noteIn(table: NoteTexts, name: string): ImportNote | undefined {
  const note = table[name];
  return note === undefined ? undefined : { key: name, ...note };
}
