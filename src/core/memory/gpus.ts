/**
 * GPUs to check a run against: the memory the driver reports (nvidia-smi / rocm-smi totals) and the
 * dense (no sparsity) bf16 tensor peak; fp16 for GPUs without bf16 (T4).
 */
export interface Gpu {
  readonly id: string;
  readonly label: string;
  readonly memoryBytes: number;
  readonly peakFlops: number;
  /** The precision `peakFlops` is quoted for. */
  readonly peakDtype: 'bf16' | 'fp16';
}

const MiB = 1024 ** 2;
const T = 1e12;

export const GPUS: readonly Gpu[] = [
  { id: 't4', label: 'NVIDIA T4 16 GB', memoryBytes: 15360 * MiB, peakFlops: 65 * T, peakDtype: 'fp16' },
  { id: 'l4', label: 'NVIDIA L4 24 GB', memoryBytes: 23034 * MiB, peakFlops: 121 * T, peakDtype: 'bf16' },
  { id: 'a10', label: 'NVIDIA A10 24 GB', memoryBytes: 23028 * MiB, peakFlops: 125 * T, peakDtype: 'bf16' },
  { id: 'rtx4090', label: 'NVIDIA RTX 4090 24 GB', memoryBytes: 24564 * MiB, peakFlops: 165.2 * T, peakDtype: 'bf16' },
  { id: 'a100-40', label: 'NVIDIA A100 40 GB', memoryBytes: 40960 * MiB, peakFlops: 312 * T, peakDtype: 'bf16' },
  { id: 'a100-80', label: 'NVIDIA A100 80 GB', memoryBytes: 81920 * MiB, peakFlops: 312 * T, peakDtype: 'bf16' },
  { id: 'h100', label: 'NVIDIA H100 SXM 80 GB', memoryBytes: 81559 * MiB, peakFlops: 989 * T, peakDtype: 'bf16' },
  { id: 'h200', label: 'NVIDIA H200 141 GB', memoryBytes: 143771 * MiB, peakFlops: 989 * T, peakDtype: 'bf16' },
  { id: 'mi300x', label: 'AMD MI300X 192 GB', memoryBytes: 196608 * MiB, peakFlops: 1307 * T, peakDtype: 'bf16' },
];

/** A GPU of the user's own size (GiB); its peak FLOP/s is the user's too (A100's by default). */
export function customGpu(memoryGiB: number, peakTflops = 312): Gpu {
  return { id: 'custom', label: `Custom ${memoryGiB} GiB`, memoryBytes: memoryGiB * 1024 ** 3, peakFlops: peakTflops * T, peakDtype: 'bf16' };
}

/**
 * A custom size ("24GB", "24": GiB), or a listed GPU by id or loose name ("4090", "a100-80", "H100").
 * @example findGpu('24GB')?.memoryBytes // 24 × 1024³
 */
export function findGpu(name: string): Gpu | undefined {
  const size = /^(\d+(?:\.\d+)?)\s*(gib|gb|g)?$/i.exec(name.trim());
  const custom = size && Number(size[1]) > 0 ? customGpu(Number(size[1])) : undefined;
  // "24GB" is a size even though a label contains it; a bare "4090" is the card first.
  if (custom && size?.[2] !== undefined) return custom;
  const norm = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (norm === '') return undefined;
  return (
    GPUS.find((g) => g.id.replace(/[^a-z0-9]/g, '') === norm) ??
    GPUS.find((g) =>
      g.label
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .includes(norm),
    ) ??
    custom
  );
}
