import type { MemoryEstimate } from './estimate';

const GiB = 1024 ** 3;

/** What the estimate cannot see, as a band added to the peak (README section 7). */
export interface UnmodelledBand {
  readonly lowBytes: number;
  readonly highBytes: number;
}

/**
 * The CUDA context (0.3–2 GiB), allocator fragmentation (reserved above allocated: up to 5 % of the
 * peak) and kernel workspaces (cuBLAS, and FlashAttention-2's fp32 dq accumulator of one block,
 * 4·b·s·h): the low end is the context alone.
 */
export function unmodelledBand(peakBytes: number, workspaceBytes: number): UnmodelledBand {
  return { lowBytes: 0.3 * GiB, highBytes: 2 * GiB + 0.05 * peakBytes + workspaceBytes };
}

export type FitVerdict = 'fits' | 'tight' | 'does-not-fit';

export interface Fit {
  readonly verdict: FitVerdict;
  readonly band: UnmodelledBand;
  /** GPU memory left at the top of the band (negative: short by that much). */
  readonly marginHighBytes: number;
  /** GPU memory left at the bottom of the band. */
  readonly marginLowBytes: number;
}

/**
 * "fits" only when the peak plus the top of the band fits; "tight" when it fits only at the bottom.
 * @example fitOn(estimate, 24 * GiB, 0).verdict // 'does-not-fit'
 */
export function fitOn(estimate: Pick<MemoryEstimate, 'peakBytes'>, gpuBytes: number, workspaceBytes: number): Fit {
  const band = unmodelledBand(estimate.peakBytes, workspaceBytes);
  const marginHighBytes = gpuBytes - estimate.peakBytes - band.highBytes;
  const marginLowBytes = gpuBytes - estimate.peakBytes - band.lowBytes;
  const verdict: FitVerdict = marginHighBytes >= 0 ? 'fits' : marginLowBytes >= 0 ? 'tight' : 'does-not-fit';
  return { verdict, band, marginHighBytes, marginLowBytes };
}
