import type { SectionId } from './define-field';

export interface SectionInfo {
  readonly id: SectionId;
  readonly title: string;
  readonly summary: string;
}

/** Display titles of the form sections (English; Korean lives in the lazily loaded locale). */
export const SECTIONS: readonly SectionInfo[] = [
  { id: 'training', title: 'Training length & batch', summary: 'How long to train and how many examples each step sees.' },
  { id: 'optimizer', title: 'Optimizer', summary: 'Which optimizer updates the weights and how.' },
  { id: 'scheduler', title: 'Scheduler', summary: 'Peak learning rate, warmup and how the rate changes over the run.' },
  { id: 'evaluation', title: 'Evaluation', summary: 'When to evaluate and how the best model is chosen.' },
  { id: 'checkpointing', title: 'Checkpointing', summary: 'Where and how often checkpoints are written, and how many are kept.' },
  { id: 'logging', title: 'Logging & tracking', summary: 'Training logs, log levels and experiment trackers.' },
  { id: 'precision', title: 'Precision & memory', summary: 'Mixed precision, compilation and memory savers.' },
  { id: 'hardware', title: 'Reproducibility & hardware', summary: 'Seeds, determinism and which device runs the training.' },
  { id: 'dataloader', title: 'Data loading', summary: 'Worker processes, batching and sampling of the training data.' },
  { id: 'distributed', title: 'Distributed', summary: 'DDP, FSDP, DeepSpeed and accelerate settings.' },
  { id: 'hub', title: 'Hub', summary: 'Pushing checkpoints and the final model to the Hugging Face Hub.' },
  { id: 'script', title: 'Script flags', summary: 'Flags read by example scripts, not by Trainer itself.' },
  { id: 'class', title: 'Config class', summary: 'The fields the chosen config class adds to TrainingArguments.' },
];
