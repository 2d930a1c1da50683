import type { AttnImplementation, WeightDtype } from '@/core/memory/memory-inputs';

// Kept free of the estimator so the app can hold the panel's state without loading the panel.

/** The panel's own inputs: what the arguments lack. Kept as typed values; text fields validate before they land here. */
export interface MemoryPanelState {
  /** A catalogue id, or `config` for a pasted config.json. */
  readonly modelId: string;
  readonly configText: string;
  readonly loadDtype: WeightDtype;
  readonly seqLen: number;
  readonly attn: AttnImplementation;
  readonly loraOn: boolean;
  readonly loraR: number;
  /** Comma-separated peft target module names. */
  readonly loraTargets: string;
  /** A GPU id, or `custom`. */
  readonly gpuId: string;
  readonly customGiB: number;
  readonly mfuPercent: number;
  readonly price: number | null;
  readonly avgLen: number | null;
}

export const CONFIG_MODEL = 'config';
export const CUSTOM_GPU = 'custom';

export const DEFAULT_MEMORY_STATE: MemoryPanelState = {
  modelId: 'meta-llama/Llama-3.2-1B',
  configText: '',
  loadDtype: 'float32',
  seqLen: 2048,
  attn: 'sdpa',
  loraOn: false,
  loraR: 16,
  loraTargets: 'q_proj,v_proj',
  gpuId: 'a100-80',
  customGiB: 24,
  mfuPercent: 40,
  price: null,
  avgLen: null,
};

/** LoRA's usual attention targets per family, offered when the model changes family. */
export const DEFAULT_LORA_TARGETS = { llama: 'q_proj,v_proj', gpt2: 'c_attn', bert: 'query,value' } as const;
