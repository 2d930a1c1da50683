import { MEMORY_NOTE_TEMPLATES } from '@/core/memory/notes';

/** The memory panel's strings, keyed by themselves (spread into UI_TEXT; Korean in core/i18n/ko-memory). */
export const MEMORY_UI_TEXT = {
  Memory: 'Memory',
  'GPU memory and time': 'GPU memory and time',
  'Will it fit? The model, data and GPU are not TrainingArguments': 'Will it fit? The model, data and GPU are not TrainingArguments',
  Model: 'Model',
  'Paste config.json…': 'Paste config.json…',
  'config.json': 'config.json',
  'Paste the model’s config.json': 'Paste the model’s config.json',
  'This config.json cannot be read: {detail}': 'This config.json cannot be read: {detail}',
  'Load dtype': 'Load dtype',
  'float32 (default load)': 'float32 (default load)',
  'Sequence length': 'Sequence length',
  Attention: 'Attention',
  GPU: 'GPU',
  'Custom size…': 'Custom size…',
  'GPU memory (GiB)': 'GPU memory (GiB)',
  LoRA: 'LoRA',
  'LoRA rank': 'LoRA rank',
  'LoRA target modules': 'LoRA target modules',
  'These target modules match no Linear layer of this model: {names}. Use names such as {examples}.':
    'These target modules match no Linear layer of this model: {names}. Use names such as {examples}.',
  Weights: 'Weights',
  Gradients: 'Gradients',
  'Optimizer states': 'Optimizer states',
  Activations: 'Activations',
  'Logits (fp32 log-probabilities)': 'Logits (fp32 log-probabilities)',
  'Autocast weight copies': 'Autocast weight copies',
  'Memory by component': 'Memory by component',
  'Peak allocated': 'Peak allocated',
  'GPU memory': 'GPU memory',
  'Not modelled': 'Not modelled',
  '{low} – {high}: CUDA context (0.3–2 GiB), allocator fragmentation, kernel workspaces':
    '{low} – {high}: CUDA context (0.3–2 GiB), allocator fragmentation, kernel workspaces',
  Fits: 'Fits',
  Tight: 'Tight',
  'Does not fit': 'Does not fit',
  'Fits with {margin} to spare at the top of the unmodelled band.': 'Fits with {margin} to spare at the top of the unmodelled band.',
  'Fits only at the bottom of the unmodelled band: {margin} short at its top.': 'Fits only at the bottom of the unmodelled band: {margin} short at its top.',
  'Short by {margin} even at the bottom of the unmodelled band.': 'Short by {margin} even at the bottom of the unmodelled band.',
  'The peak is not the sum of the bars: saved activations and gradients never peak together, and the logits gradient adds a spike at the start of the backward.':
    'The peak is not the sum of the bars: saved activations and gradients never peak together, and the logits gradient adds a spike at the start of the backward.',
  '{total} parameters, {trainable} trainable; per GPU (GPUs in the run: {processes})':
    '{total} parameters, {trainable} trainable; per GPU (GPUs in the run: {processes})',
  'Fixes that keep the training the same': 'Fixes that keep the training the same',
  'Fixes that change the numerics': 'Fixes that change the numerics',
  'Turn on gradient_checkpointing': 'Turn on gradient_checkpointing',
  'Halve per_device_train_batch_size to {b} and double gradient_accumulation_steps to {ga}':
    'Halve per_device_train_batch_size to {b} and double gradient_accumulation_steps to {ga}',
  'Shard across the {n} GPUs with FSDP full_shard': 'Shard across the {n} GPUs with FSDP full_shard',
  'Use an 8-bit optimizer (adamw_8bit)': 'Use an 8-bit optimizer (adamw_8bit)',
  'Load the model in bf16': 'Load the model in bf16',
  'Recomputes each block in the backward: same result, more time.': 'Recomputes each block in the backward: same result, more time.',
  'The global batch stays the same; smaller micro-batches may use the GPU less well.':
    'The global batch stays the same; smaller micro-batches may use the GPU less well.',
  'Same result; adds communication between the GPUs.': 'Same result; adds communication between the GPUs.',
  'Changes the numerics: optimizer states are quantised block-wise to 8 bits (needs bitsandbytes).':
    'Changes the numerics: optimizer states are quantised block-wise to 8 bits (needs bitsandbytes).',
  'Changes the numerics: no fp32 master weights, so updates below bf16’s resolution are lost.':
    'Changes the numerics: no fp32 master weights, so updates below bf16’s resolution are lost.',
  'Peak {before} → {after}: {verdict}': 'Peak {before} → {after}: {verdict}',
  'time × {factor}': 'time × {factor}',
  Apply: 'Apply',
  'Nothing to suggest: none of the fixes lowers the peak.': 'Nothing to suggest: none of the fixes lowers the peak.',
  'Time and cost': 'Time and cost',
  'MFU (%)': 'MFU (%)',
  'Price per GPU-hour': 'Price per GPU-hour',
  'Average tokens per sequence': 'Average tokens per sequence',
  'Full length': 'Full length',
  'Wall-clock time': 'Wall-clock time',
  Cost: 'Cost',
  'Enter a price per GPU-hour': 'Enter a price per GPU-hour',
  'Total tokens': 'Total tokens',
  'The steps cannot be worked out, so there is no time estimate; fix the run above.':
    'The steps cannot be worked out, so there is no time estimate; fix the run above.',
  'Estimate notes': 'Estimate notes',
  ...keyedNotes(),
} as const;

// The core notes are their own English keys.
function keyedNotes(): { readonly [K in (typeof MEMORY_NOTE_TEMPLATES)[keyof typeof MEMORY_NOTE_TEMPLATES]]: K } {
  return Object.fromEntries(Object.values(MEMORY_NOTE_TEMPLATES).map((text) => [text, text])) as never;
}
