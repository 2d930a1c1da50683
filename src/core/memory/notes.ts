/**
 * What the estimate says about its own footing, in English keyed by itself (the web app translates
 * these templates; `{name}` placeholders are filled from `params`).
 */
export const MEMORY_NOTE_TEMPLATES = {
  fp16: 'fp16 was not measured: it is estimated with bf16 byte sizes (both are 2 bytes per element).',
  nearestFamily: '{arch} was not measured: it is estimated with the nearest measured family ({family}).',
  documentedOptimizer: '{optim} could not be measured: its optimizer states use the documented bytes of its library.',
  unknownOptimizer: '{optim} is not a known optimizer: estimated as AdamW (two states per parameter).',
  noAutocast16: '16-bit weights without bf16/fp16 autocast were not measured: estimated as the bf16 mode (identical for Llama-family code).',
  loraActivations: 'LoRA activations for this family or precision were not measured: derived from which frozen layers stop saving their inputs.',
  deepspeedFile: 'deepspeed names a config file the browser cannot read: the ZeRO stage is unknown, so no sharding is assumed.',
  mfuFlops: 'Time assumes full-length sequences unless you enter a shorter average, and counts checkpointing recomputation as extra time, not useful work.',
} as const;

export type MemoryNoteCode = keyof typeof MEMORY_NOTE_TEMPLATES;

export interface MemoryNote {
  readonly code: MemoryNoteCode;
  readonly params: Readonly<Record<string, string>>;
}

/** The English sentence of a note. */
export function noteText(note: MemoryNote): string {
  return MEMORY_NOTE_TEMPLATES[note.code].replace(/\{(\w+)\}/g, (_, key: string) => note.params[key] ?? `{${key}}`);
}
