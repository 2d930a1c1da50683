/** English summary and help of a TRL field; Korean lives in the lazily loaded `i18n/ko-trl.ts`. */
export interface ClassFieldText {
  readonly summary: string;
  readonly help: string;
}

/**
 * What each TRL field does, keyed by its Python name. A name shared by several classes means the same
 * there; where a class uses it differently, its field spec carries its own wording.
 */
export const TRL_FIELD_TEXTS: Readonly<Record<string, ClassFieldText>> = {
  // model loading
  model_init_kwargs: {
    summary: 'Keyword arguments for from_pretrained when the trainer loads the model from a name.',
    help: 'Used only when the trainer receives a model name or path rather than a model object, e.g. {"dtype": "bfloat16"}. A JSON-object string is parsed, and its string leaves are converted like the TrainingArguments dict fields.',
  },
  trust_remote_code: {
    summary: 'Run model and tokenizer code that ships with a Hub repository when loading.',
    help: 'Needed for architectures that are not part of transformers. Only turn it on for repositories you trust: their Python code runs on your machine.',
  },
  router_aux_loss_coef: {
    summary: 'Weight of the Mixture-of-Experts load-balancing loss added to the training loss.',
    help: 'Only Mixture-of-Experts models have a router loss; dense models ignore it. 0 leaves it out.',
  },
  chat_template_path: {
    summary: 'A chat template to use instead of the tokenizer’s: a tokenizer name or folder, or a Jinja file.',
    help: 'Leave it empty to keep the tokenizer’s own template.',
  },
  disable_dropout: {
    summary: 'Turn dropout off in the trained model (and in the reference model, if any).',
    help: 'Preference and RL losses compare log-probabilities of the same text twice; dropout makes them noisy.',
  },
  cast_lm_head_to_fp32: {
    summary: 'Keep the output layer (lm_head) of the policy and reference models in float32.',
    help: 'More precise log-probabilities at some memory cost. The model must not tie its input and output embeddings.',
  },
  teacher_model_name_or_path: {
    summary: 'The teacher model the student is distilled from (a Hub name or a local folder).',
    help: 'Loaded with teacher_model_init_kwargs. Leave empty when a teacher model object is passed to the trainer.',
  },
  teacher_model_revision: {
    summary: 'Branch, tag or commit of the teacher model to load.',
    help: 'Empty loads the default branch.',
  },
  teacher_model_init_kwargs: {
    summary: 'Keyword arguments for from_pretrained when the teacher is loaded from a name.',
    help: 'Like model_init_kwargs, for the teacher. A JSON-object string is parsed.',
  },

  // data
  dataset_text_field: {
    summary: 'The dataset column that holds the plain text to train on.',
    help: 'Used for language-modelling datasets; conversational and prompt/completion datasets are detected from their columns.',
  },
  dataset_kwargs: {
    summary: 'Options for preparing the dataset; TRL reads only skip_prepare_dataset.',
    help: 'Set {"skip_prepare_dataset": true} when the dataset is already tokenized. In TRL 1.13 a JSON-object string is parsed.',
  },
  dataset_num_proc: {
    summary: 'Processes used to tokenize and prepare the dataset; empty uses one.',
    help: 'Speeds up preparation of large datasets. A whole number.',
  },
  eos_token: {
    summary: 'The end-of-sequence token to append; empty uses the tokenizer’s.',
    help: 'It must exist in the tokenizer’s vocabulary.',
  },
  max_length: {
    summary: 'Longest tokenized sequence kept; longer ones are truncated. Empty means no limit.',
    help: 'With packing it is also the length of each packed block, so it cannot be empty then.',
  },
  truncation_mode: {
    summary: 'Which part of an over-long sequence survives truncation.',
    help: 'keep_start keeps the beginning. keep_end is deprecated and logs a warning.',
  },
  shuffle_dataset: {
    summary: 'Shuffle the training examples before training.',
    help: 'The sampler still follows train_sampling_strategy; this shuffles the dataset itself once.',
  },
  packing: {
    summary: 'Join several examples into blocks of max_length tokens, so no compute is spent on padding.',
    help: 'Needs a max_length. The strategy is packing_strategy.',
  },
  packing_strategy: {
    summary: 'How examples are fitted into packed blocks.',
    help: 'bfd fits whole examples best-fit-decreasing and truncates what overflows; bfd_split splits the overflow into new examples; wrapped cuts the stream anywhere. The old name bfd-requeue is renamed to bfd_split with a warning.',
  },
  padding_free: {
    summary: 'Concatenate each batch into one sequence with no padding.',
    help: 'Correct only with FlashAttention 2 or 3 attention kernels. DPO switches it off again with a warning.',
  },
  pad_to_multiple_of: {
    summary: 'Round padded lengths up to a multiple of this number; empty does not round.',
    help: 'Multiples of 8 or 64 can make tensor-core kernels faster.',
  },
  eval_packing: {
    summary: 'Pack the evaluation dataset too; empty follows packing.',
    help: 'Set it to False to evaluate on whole, unpacked examples while training packed.',
  },
  max_completion_length: {
    summary: 'Most tokens generated for one completion; empty means no limit.',
    help: 'Longer completions are cut; mask_truncated_completions can leave them out of the loss.',
  },

  // losses
  completion_only_loss: {
    summary: 'Train on the completion tokens only; empty decides from the dataset.',
    help: 'Left empty, prompt/completion datasets train on the completion only and other datasets on every token.',
  },
  assistant_only_loss: {
    summary: 'Train on the assistant turns of conversations only.',
    help: 'Needs a chat template that marks assistant turns ({% generation %}).',
  },
  loss_type: {
    summary: 'The loss the trainer optimises.',
    help: 'See the choices; each class has its own set.',
  },
  loss_weights: {
    summary: 'One weight per entry of loss_type, when several losses are combined.',
    help: 'Must have exactly as many numbers as loss_type has entries (a single loss counts as one). Empty weighs each loss 1.0.',
  },
  ld_alpha: {
    summary: 'LD-DPO: weight of the tokens beyond the length chosen and rejected share.',
    help: 'Between 0 and 1; empty is plain DPO.',
  },
  f_divergence_type: {
    summary: 'The divergence that keeps the policy near the reference model (f-DPO).',
    help: 'reverse_kl is standard DPO. alpha_divergence uses f_alpha_divergence_coef.',
  },
  f_alpha_divergence_coef: {
    summary: 'Alpha of the alpha-divergence.',
    help: 'Read only when f_divergence_type is alpha_divergence.',
  },
  label_smoothing: {
    summary: 'Probability that a preference label is wrong, for the robust and exo_pair losses.',
    help: 'exo_pair needs a value above 0; robust expects a value from 0 up to (not including) 0.5.',
  },
  beta: {
    summary: 'How strongly training is held near the reference model.',
    help: 'Higher keeps the policy closer to the reference model.',
  },
  use_weighting: {
    summary: 'Weight each pair by the policy’s length-normalised probability (WPO).',
    help: 'Not implemented for the aot and aot_unpaired losses.',
  },
  discopop_tau: {
    summary: 'Temperature of the DiscoPOP loss.',
    help: 'Read only when loss_type includes discopop.',
  },
  desirable_weight: {
    summary: 'Loss weight of desirable examples.',
    help: 'Raise it when desirable examples are rarer than undesirable ones, so both kinds weigh about the same.',
  },
  undesirable_weight: {
    summary: 'Loss weight of undesirable examples.',
    help: 'Raise it when undesirable examples are the rarer kind.',
  },
  center_rewards_coefficient: {
    summary: 'Weight of a penalty that keeps the reward model’s scores centred on zero; empty turns it off.',
    help: 'A small value such as 0.01 is common.',
  },
  activation_offloading: {
    summary: 'Move activations to CPU memory during the forward pass to save accelerator memory.',
    help: 'Slower, because activations travel to the CPU and back.',
  },
  pad_token: {
    summary: 'Deprecated: the padding token to use.',
    help: 'Set tokenizer.pad_token and pass the tokenizer as processing_class instead. Setting it logs a FutureWarning.',
  },

  // reference model
  precompute_ref_log_probs: {
    summary: 'Compute the reference model’s log-probabilities for the whole dataset before training.',
    help: 'The reference model then need not stay in memory during training. It cannot be combined with sync_ref_model.',
  },
  precompute_ref_batch_size: {
    summary: 'Batch size of that precomputation; empty uses the train or eval batch size.',
    help: 'A larger batch finishes the precomputation sooner when memory allows.',
  },
  sync_ref_model: {
    summary: 'Every ref_model_sync_steps, move the reference model towards the current policy (TR-DPO).',
    help: 'Needs a reference model: it cannot be combined with precomputed reference log-probabilities, nor with beta 0 in GRPO and RLOO.',
  },
  ref_model_mixup_alpha: {
    summary: 'Share of the policy mixed into the reference model at each sync.',
    help: 'reference = alpha × policy + (1 − alpha) × reference. Read only with sync_ref_model.',
  },
  ref_model_sync_steps: {
    summary: 'Steps between two reference-model syncs.',
    help: 'Read only with sync_ref_model.',
  },

  // generation
  num_generations: {
    summary: 'Completions sampled for each prompt; advantages compare completions of the same prompt.',
    help: 'At least 2. The generation batch (generation_batch_size) must be a multiple of it, and so must the global eval batch when evaluating.',
  },
  num_generations_eval: {
    summary: 'Completions per prompt during evaluation; empty or 0 uses num_generations.',
    help: 'The global eval batch (per_device_eval_batch_size × processes) must be a multiple of it.',
  },
  ds3_gather_for_generation: {
    summary: 'With DeepSpeed ZeRO-3, gather the full weights to generate faster.',
    help: 'Turning it off saves memory, generates more slowly, and does not work with vLLM.',
  },
  generation_batch_size: {
    summary: 'Completions generated in one round; empty derives it from the batch size and steps_per_generation.',
    help: 'Must be a multiple of the global batch (per_device_train_batch_size × processes) and of num_generations. Set it or steps_per_generation, not both.',
  },
  steps_per_generation: {
    summary: 'Optimizer micro-steps fed by one generation round; empty uses gradient_accumulation_steps.',
    help: 'generation_batch_size becomes per_device_train_batch_size × processes × this. Set it or generation_batch_size, not both.',
  },
  temperature: {
    summary: 'Sampling temperature; higher gives more varied completions.',
    help: 'Must be above 0.',
  },
  top_p: {
    summary: 'Sample only from the most likely tokens whose probabilities add up to this share.',
    help: 'Between 0 (exclusive) and 1; 1 keeps every token.',
  },
  top_k: {
    summary: 'Sample only from the k most likely tokens; 0 turns the filter off.',
    help: 'A whole number.',
  },
  min_p: {
    summary: 'Drop tokens less likely than this share of the most likely token; empty turns it off.',
    help: 'Between 0 and 1.',
  },
  generation_kwargs: {
    summary: 'More generation settings, passed to the generation config or to vLLM’s sampling parameters.',
    help: 'They take precedence over the dedicated fields. In TRL 1.13 a JSON-object string is parsed.',
  },
  chat_template_kwargs: {
    summary: 'Extra arguments for apply_chat_template when prompts are built, e.g. {"enable_thinking": false}.',
    help: 'In TRL 1.13 a JSON-object string is parsed.',
  },
  repetition_penalty: {
    summary: 'Penalty on tokens already generated: above 1 discourages repeats, below 1 encourages them.',
    help: '1.0 leaves the probabilities unchanged.',
  },
  cache_implementation: {
    summary: 'KV-cache type for generation without vLLM (for example static or dynamic).',
    help: 'Empty uses the model’s default cache.',
  },
  max_tool_calling_iterations: {
    summary: 'Most tool-call rounds per completion when training agents; empty means no limit.',
    help: 'Stops runaway tool loops during generation.',
  },
  use_transformers_continuous_batching: {
    summary: 'Generate with the continuous-batching engine of transformers.',
    help: 'Needs a recent transformers (5.8 or later) and a text-only model.',
  },
  transformers_continuous_batching_config: {
    summary: 'Settings of that continuous-batching engine.',
    help: 'An object, or a JSON-object string that is parsed.',
  },
  use_transformers_paged: {
    summary: 'Deprecated name of use_transformers_continuous_batching.',
    help: 'True switches continuous batching on and logs a FutureWarning.',
  },

  // vLLM
  use_vllm: {
    summary: 'Generate completions with vLLM instead of model.generate.',
    help: 'Much faster generation; needs the vllm package.',
  },
  vllm_mode: {
    summary: 'Where vLLM runs: in a separate server process, or inside each training process.',
    help: 'server talks to a `trl vllm-serve` process; colocate shares the training GPUs.',
  },
  vllm_model_impl: {
    summary: 'Which model code vLLM runs: its own or the transformers implementation.',
    help: 'vllm is faster; transformers supports more architectures.',
  },
  vllm_enable_sleep_mode: {
    summary: 'Let colocated vLLM free its weights and cache while the optimizer steps.',
    help: 'Saves memory at the cost of waking vLLM up again for each generation.',
  },
  vllm_structured_outputs_regex: {
    summary: 'A regular expression the generated text must match; empty leaves output free.',
    help: 'Passed to vLLM’s structured outputs.',
  },
  vllm_server_base_url: {
    summary: 'Full URL of the vLLM server; when set, host and port are not used.',
    help: 'Server mode only.',
  },
  vllm_server_host: {
    summary: 'Host name or address of the vLLM server.',
    help: 'Server mode only.',
  },
  vllm_server_port: {
    summary: 'Port of the vLLM server.',
    help: 'Server mode only.',
  },
  vllm_server_timeout: {
    summary: 'Seconds to keep trying to reach the vLLM server at start-up.',
    help: 'Server mode only. A number of seconds.',
  },
  vllm_group_port: {
    summary: 'Port used to send updated weights to the vLLM server.',
    help: 'Server mode only.',
  },
  vllm_gpu_memory_utilization: {
    summary: 'Share of GPU memory colocated vLLM may take.',
    help: 'Between 0 and 1. In server mode set it on the server instead.',
  },
  vllm_max_model_length: {
    summary: 'vLLM’s context length (prompt plus completion); empty takes it from the model.',
    help: 'A smaller value saves KV-cache memory.',
  },
  vllm_tensor_parallel_size: {
    summary: 'Tensor-parallel size of colocated vLLM.',
    help: 'The number of training processes must be a multiple of it.',
  },

  // policy optimisation
  num_iterations: {
    summary: 'Optimisation passes over each generated batch (μ in the GRPO paper).',
    help: 'Above 1 reuses completions for several updates.',
  },
  epsilon: {
    summary: 'Lower clipping range of the policy ratio.',
    help: 'Ratios are clipped to [1 − epsilon, 1 + epsilon_high].',
  },
  delta: {
    summary: 'Upper bound of the ratio for two-sided clipping; empty keeps standard clipping.',
    help: 'Above 1 + epsilon when set.',
  },
  epsilon_high: {
    summary: 'Upper clipping range; empty uses epsilon.',
    help: 'DAPO suggests 0.28. For the cispo loss it caps the importance weight.',
  },
  sapo_temperature_neg: {
    summary: 'SAPO loss: softness of the gate for zero or negative advantages.',
    help: 'Read only with loss_type sapo.',
  },
  sapo_temperature_pos: {
    summary: 'SAPO loss: softness of the gate for positive advantages.',
    help: 'Read only with loss_type sapo.',
  },
  vespo_k_pos: { summary: 'VESPO loss: power exponent for positive advantages.', help: 'Read only with loss_type vespo.' },
  vespo_lambda_pos: { summary: 'VESPO loss: decay factor for positive advantages.', help: 'Read only with loss_type vespo.' },
  vespo_k_neg: { summary: 'VESPO loss: power exponent for negative advantages.', help: 'Read only with loss_type vespo.' },
  vespo_lambda_neg: { summary: 'VESPO loss: decay factor for negative advantages.', help: 'Read only with loss_type vespo.' },
  importance_sampling_level: {
    summary: 'Importance ratios per token, or one per sequence (GSPO).',
    help: 'The luspo loss wants sequence; vespo wants token.',
  },
  reward_weights: {
    summary: 'One multiplier per reward function; empty weighs each 1.0.',
    help: 'Needs exactly one number per reward function passed to the trainer.',
  },
  multi_objective_aggregation: {
    summary: 'With several reward functions: add them then normalise, or normalise each then add (GDPO).',
    help: 'Matters only with more than one reward function.',
  },
  scale_rewards: {
    summary: 'How rewards are scaled into advantages: per prompt group, over the batch, or not at all.',
    help: 'true and false are accepted and become group and none.',
  },
  mask_truncated_completions: {
    summary: 'Leave completions that hit max_completion_length out of the loss.',
    help: 'A cut-off completion has no real ending, so its reward can mislead.',
  },
  normalize_advantages: {
    summary: 'Normalise the advantages of each generation batch to mean 0 and standard deviation 1.',
    help: 'Off by default in RLOO.',
  },
  reward_clip_range: {
    summary: 'Clip rewards to [low, high]; empty does not clip.',
    help: 'Two numbers, low first.',
  },
  top_entropy_quantile: {
    summary: 'Train only on this top share of tokens by entropy; 1.0 keeps them all.',
    help: '0.2 keeps the 20 % most uncertain tokens.',
  },
  entropy_coef: {
    summary: 'Weight of an entropy bonus in the loss; 0 turns it off.',
    help: 'With use_adaptive_entropy it is the starting value.',
  },
  use_adaptive_entropy: {
    summary: 'Adjust entropy_coef each step towards entropy_target.',
    help: 'The coefficient stays within entropy_coef_min and entropy_coef_max.',
  },
  entropy_coef_min: { summary: 'Lowest value of the adaptive entropy coefficient.', help: 'Read only with use_adaptive_entropy.' },
  entropy_coef_max: { summary: 'Highest value of the adaptive entropy coefficient.', help: 'Read only with use_adaptive_entropy.' },
  entropy_coef_delta: { summary: 'How much the adaptive entropy coefficient moves per step.', help: 'Read only with use_adaptive_entropy.' },
  entropy_target: { summary: 'Mean per-token entropy (in nats) adaptive entropy aims for.', help: 'Read only with use_adaptive_entropy.' },

  // vLLM importance sampling
  vllm_importance_sampling_correction: {
    summary: 'Correct for the gap between vLLM’s and the trainer’s token probabilities.',
    help: 'Weights the loss by the importance ratio, limited as vllm_importance_sampling_mode says.',
  },
  vllm_importance_sampling_mode: {
    summary: 'How out-of-bounds importance ratios are treated: clipped (truncate) or dropped (mask), per token or per sequence.',
    help: 'The *_truncate modes need at least one of the two bounds.',
  },
  vllm_importance_sampling_clip_max: {
    summary: 'Upper bound of the importance ratio; empty means none.',
    help: 'Must be above vllm_importance_sampling_clip_min when both are set.',
  },
  vllm_importance_sampling_clip_min: {
    summary: 'Lower bound of the importance ratio; empty means none.',
    help: 'Must be below vllm_importance_sampling_clip_max when both are set.',
  },
  off_policy_mask_threshold: {
    summary: 'Mask negative-advantage sequences that drifted further than this from the sampling policy; empty turns it off.',
    help: 'Measured as the KL divergence to the policy that generated them.',
  },
  use_bias_correction_kl: {
    summary: 'Multiply the KL estimate by the importance ratio, which removes its bias.',
    help: 'On by default since TRL 1.13.',
  },
  vllm_importance_sampling_cap: {
    summary: 'Deprecated name of vllm_importance_sampling_clip_max.',
    help: 'Its value is copied into vllm_importance_sampling_clip_max with a FutureWarning.',
  },

  // logging
  log_completions: {
    summary: 'Log a sample of prompts and completions every logging_steps.',
    help: 'Printed to the console, and sent to wandb or trackio when they are in report_to.',
  },
  log_multimodal: {
    summary: 'Include images and other media in the completion logs.',
    help: 'Read only with log_completions.',
  },
  num_completions_to_print: {
    summary: 'How many completions to print; empty prints all.',
    help: 'Read only with log_completions.',
  },
  log_unique_prompts: {
    summary: 'Log each distinct prompt once instead of once per completion.',
    help: 'Read only with log_completions.',
  },
  log_completions_hub_repo: {
    summary: 'A Hub dataset repository to upload logged completions to.',
    help: 'Needs log_completions=True; otherwise the class raises.',
  },
};
