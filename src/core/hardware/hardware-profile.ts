/**
 * The machine the training will run on. The library's answer depends on it (bf16 and TF32 support,
 * the default optimizer, pin memory), so validation is always for one profile.
 */
export const HARDWARE_PROFILES = ['cuda-ampere', 'cuda-pre-ampere', 'cpu', 'mps'] as const;
export type HardwareProfile = (typeof HARDWARE_PROFILES)[number];

/** The profile the reference vectors were produced on: one Ampere-class CUDA GPU, torch >= 2.8. */
export const DEFAULT_HARDWARE: HardwareProfile = 'cuda-ampere';

export const HARDWARE_LABELS: Record<HardwareProfile, string> = {
  'cuda-ampere': 'CUDA GPU, Ampere or newer, torch ≥ 2.8',
  'cuda-pre-ampere': 'CUDA GPU before Ampere (V100, T4…)',
  cpu: 'CPU only',
  mps: 'Apple Silicon (MPS)',
};

/** The same labels in Korean, for the Korean rule messages that name the target machine. */
export const HARDWARE_LABELS_KO: Record<HardwareProfile, string> = {
  'cuda-ampere': 'CUDA GPU, Ampere 이상, torch ≥ 2.8',
  'cuda-pre-ampere': 'Ampere 이전 CUDA GPU(V100, T4…)',
  cpu: 'CPU 전용',
  mps: 'Apple Silicon(MPS)',
};

export function isHardwareProfile(value: string): value is HardwareProfile {
  return (HARDWARE_PROFILES as readonly string[]).includes(value);
}
