/**
 * Words people search for that are not in a field's name: tools, habits from other frameworks, goals.
 * Each entry lists the fields that answer it, best first. Fields the targeted release lacks are skipped by
 * the search, so one table serves every target (`warmup_ratio` is still there in 4.x; in v5 it is deprecated
 * and `warmup_steps` takes ratios below 1).
 */
export interface FieldAlias {
  /** Lower-case phrases; a query matches when it contains one or one starts with the query. */
  readonly words: readonly string[];
  readonly fields: readonly string[];
}

export const FIELD_ALIASES: readonly FieldAlias[] = [
  {
    words: ['tensorboard', 'wandb', 'weights and biases', 'mlflow', 'comet', 'trackio', 'experiment tracking', 'tracker'],
    fields: ['report_to', 'run_name', 'project'],
  },
  { words: ['warmup ratio', 'warmup fraction', 'warm up'], fields: ['warmup_steps', 'warmup_ratio'] },
  {
    words: ['memory', 'out of memory', 'oom', 'vram', '8-bit', '8bit', 'save memory'],
    fields: [
      'gradient_checkpointing',
      'optim',
      'auto_find_batch_size',
      'per_device_train_batch_size',
      'gradient_accumulation_steps',
      'torch_empty_cache_steps',
    ],
  },
  { words: ['lr', 'step size'], fields: ['learning_rate', 'lr_scheduler_type'] },
  { words: ['batch size', 'effective batch', 'global batch'], fields: ['per_device_train_batch_size', 'gradient_accumulation_steps', 'auto_find_batch_size'] },
  { words: ['epochs', 'training length', 'how long'], fields: ['num_train_epochs', 'max_steps'] },
  { words: ['mixed precision', 'half precision', 'amp', 'bfloat16', 'float16'], fields: ['bf16', 'fp16', 'tf32'] },
  {
    words: ['early stopping', 'best checkpoint', 'keep best'],
    fields: ['load_best_model_at_end', 'metric_for_best_model', 'greater_is_better', 'save_total_limit'],
  },
  { words: ['validation', 'eval', 'evaluate'], fields: ['eval_strategy', 'eval_steps', 'per_device_eval_batch_size'] },
  { words: ['checkpoint', 'save'], fields: ['save_strategy', 'save_steps', 'save_total_limit', 'output_dir'] },
  { words: ['resume'], fields: ['resume_from_checkpoint', 'ignore_data_skip'] },
  { words: ['zero', 'zero-3', 'zero3', 'deepspeed config'], fields: ['deepspeed'] },
  { words: ['sharding', 'fully sharded', 'fsdp2'], fields: ['fsdp', 'fsdp_config'] },
  { words: ['multi gpu', 'multi-gpu', 'ddp', 'distributed'], fields: ['ddp_backend', 'ddp_find_unused_parameters', 'fsdp', 'deepspeed'] },
  { words: ['clip', 'gradient clipping', 'exploding'], fields: ['max_grad_norm'] },
  { words: ['regularization', 'l2'], fields: ['weight_decay', 'label_smoothing_factor'] },
  { words: ['reproducible', 'reproducibility', 'deterministic', 'random'], fields: ['seed', 'data_seed', 'full_determinism'] },
  { words: ['workers', 'data loader', 'loading speed'], fields: ['dataloader_num_workers', 'dataloader_pin_memory', 'dataloader_persistent_workers'] },
  { words: ['upload', 'hugging face hub', 'push'], fields: ['push_to_hub', 'hub_model_id', 'hub_strategy'] },
  { words: ['compile', 'speed', 'faster'], fields: ['torch_compile', 'use_liger_kernel', 'tf32', 'dataloader_num_workers'] },
  { words: ['cpu', 'no gpu'], fields: ['use_cpu'] },
  { words: ['logging', 'log every', 'print'], fields: ['logging_steps', 'logging_strategy', 'log_level'] },
];
