import type { PyValue } from '../py/py-value';

/**
 * A starting point for the form: the keyword arguments it sets (everything else stays at the library
 * default) and a sentence on when to use it. `configClass` names the TrainingArguments subclass it is
 * written for (TRL's `GRPOConfig`): applying the preset switches the form to it. `classValues` are that
 * class's own arguments, applied with `values`.
 */
export interface Preset {
  /** Stable kebab-case id (file exports and tests refer to it). */
  readonly id: string;
  readonly name: string;
  /** One sentence: when this is the right starting point. */
  readonly when: string;
  readonly values: Readonly<Record<string, PyValue>>;
  readonly configClass?: string;
  readonly classValues?: Readonly<Record<string, PyValue>>;
}

/** DeepSpeed ZeRO-3 with "auto" wherever the Trainer fills the value from TrainingArguments. */
const ZERO3_CONFIG: PyValue = {
  zero_optimization: {
    stage: 3,
    overlap_comm: true,
    contiguous_gradients: true,
    stage3_gather_16bit_weights_on_model_save: true,
  },
  bf16: { enabled: 'auto' },
  train_micro_batch_size_per_gpu: 'auto',
  gradient_accumulation_steps: 'auto',
  gradient_clipping: 'auto',
  train_batch_size: 'auto',
};

/** The curated presets, most general first. Each one passes the checker without errors (see the test). */
export const CURATED_PRESETS: readonly Preset[] = [
  {
    id: 'smoke-test',
    name: 'Quick smoke test',
    when: 'Check that the data, model and training loop run end to end in a minute, before a real run.',
    values: {
      output_dir: 'smoke-test',
      max_steps: 20,
      per_device_train_batch_size: 2,
      logging_steps: 1,
      eval_strategy: 'steps',
      eval_steps: 10,
      save_strategy: 'no',
      report_to: 'none',
    },
  },
  {
    id: 'classifier-best',
    name: 'Classifier fine-tune, keep the best',
    when: 'Fine-tune an encoder for classification, evaluate every epoch and end with the checkpoint that scored best.',
    values: {
      output_dir: 'classifier',
      num_train_epochs: 3.0,
      learning_rate: 2e-5,
      per_device_train_batch_size: 16,
      per_device_eval_batch_size: 32,
      weight_decay: 0.01,
      warmup_steps: 0.1,
      eval_strategy: 'epoch',
      save_strategy: 'epoch',
      save_total_limit: 2,
      load_best_model_at_end: true,
      metric_for_best_model: 'accuracy',
      logging_steps: 50,
    },
  },
  {
    id: 'llm-sft-one-gpu',
    name: 'LLM SFT on one GPU',
    when: 'Supervised fine-tuning of a causal LM on a single Ampere-or-newer GPU: bf16, gradient checkpointing, 8-bit AdamW, cosine schedule with warmup.',
    values: {
      output_dir: 'sft',
      num_train_epochs: 1.0,
      per_device_train_batch_size: 4,
      gradient_accumulation_steps: 8,
      learning_rate: 2e-5,
      lr_scheduler_type: 'cosine',
      warmup_steps: 0.03,
      bf16: true,
      gradient_checkpointing: true,
      optim: 'adamw_bnb_8bit',
      logging_steps: 10,
      save_strategy: 'steps',
      save_steps: 500,
      save_total_limit: 2,
    },
  },
  {
    id: 'lora-friendly',
    name: 'LoRA-friendly settings',
    when: 'Training LoRA or other adapters: a higher learning rate, no weight decay, and checkpoints small enough to keep several.',
    values: {
      output_dir: 'lora',
      num_train_epochs: 2.0,
      per_device_train_batch_size: 8,
      gradient_accumulation_steps: 2,
      learning_rate: 2e-4,
      weight_decay: 0.0,
      lr_scheduler_type: 'cosine',
      warmup_steps: 0.05,
      bf16: true,
      logging_steps: 10,
      save_strategy: 'epoch',
      save_total_limit: 3,
    },
  },
  {
    id: 'multi-gpu-fsdp',
    name: 'Multi-GPU FSDP',
    when: 'A model too large for one GPU, sharded across several with PyTorch FSDP (full shard, transformer-layer auto wrap).',
    values: {
      output_dir: 'fsdp',
      per_device_train_batch_size: 2,
      gradient_accumulation_steps: 4,
      learning_rate: 1e-5,
      lr_scheduler_type: 'cosine',
      warmup_steps: 0.03,
      bf16: true,
      fsdp: 'full_shard auto_wrap',
      fsdp_config: { activation_checkpointing: true },
      logging_steps: 10,
      save_strategy: 'steps',
      save_steps: 500,
    },
  },
  {
    id: 'deepspeed-zero3',
    name: 'DeepSpeed ZeRO-3',
    when: 'Shard parameters, gradients and optimizer state with DeepSpeed ZeRO-3; the config says "auto" where TrainingArguments decides.',
    values: {
      output_dir: 'zero3',
      per_device_train_batch_size: 2,
      gradient_accumulation_steps: 8,
      learning_rate: 1e-5,
      lr_scheduler_type: 'cosine',
      warmup_steps: 0.03,
      bf16: true,
      gradient_checkpointing: true,
      deepspeed: ZERO3_CONFIG,
      logging_steps: 10,
    },
  },
  {
    id: 'evaluation-only',
    name: 'Evaluation only',
    when: 'Score an existing model on an evaluation set with trainer.evaluate(), without training or writing checkpoints.',
    values: {
      output_dir: 'eval',
      do_train: false,
      do_eval: true,
      per_device_eval_batch_size: 32,
      save_strategy: 'no',
      report_to: 'none',
    },
  },
  {
    id: 'grpo-trl',
    name: 'GRPO with TRL',
    when: "Reinforcement learning from a reward function with TRL's GRPOTrainer: a small learning rate, bf16, and groups of 8 completions per prompt.",
    configClass: 'GRPOConfig',
    classValues: { num_generations: 8, max_completion_length: 256 },
    values: {
      output_dir: 'grpo',
      num_train_epochs: 1.0,
      per_device_train_batch_size: 8,
      gradient_accumulation_steps: 4,
      learning_rate: 1e-6,
      lr_scheduler_type: 'cosine',
      warmup_steps: 0.1,
      bf16: true,
      gradient_checkpointing: true,
      logging_steps: 1,
      save_strategy: 'steps',
      save_steps: 200,
    },
  },
];
