import type { HardwareProfile } from './hardware-profile';

export interface Capabilities {
  /** `is_torch_bf16_gpu_available()`: pre-Ampere CUDA reports True through emulation; MPS on macOS 14+. */
  readonly bf16: boolean;
  /** bf16 runs at full speed (Ampere+ tensor cores); otherwise emulated and slow. */
  readonly fastBf16: boolean;
  /** TF32 matmuls (Ampere+ CUDA). */
  readonly tf32: boolean;
  /** An accelerator whose memory pinned host buffers can be copied to. */
  readonly accelerator: boolean;
  readonly cuda: boolean;
}

const CAPABILITIES: Record<HardwareProfile, Capabilities> = {
  'cuda-ampere': { bf16: true, fastBf16: true, tf32: true, accelerator: true, cuda: true },
  'cuda-pre-ampere': { bf16: true, fastBf16: false, tf32: false, accelerator: true, cuda: true },
  cpu: { bf16: false, fastBf16: false, tf32: false, accelerator: false, cuda: false },
  mps: { bf16: true, fastBf16: true, tf32: false, accelerator: true, cuda: false },
};

/** What the library's hardware probes would answer on a profile.
 * @example capabilitiesOf('cpu').bf16 // false
 */
export function capabilitiesOf(profile: HardwareProfile): Capabilities {
  return CAPABILITIES[profile];
}
