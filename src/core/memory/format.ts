/**
 * Bytes as GiB with two decimals (MiB below one GiB), the unit nvidia-smi's totals are in.
 * @example formatBytes(25769803776) // '24.00 GiB'
 */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '−' : '';
  const abs = Math.abs(bytes);
  return abs >= 1024 ** 3 ? `${sign}${(abs / 1024 ** 3).toFixed(2)} GiB` : `${sign}${(abs / 1024 ** 2).toFixed(1)} MiB`;
}

/** Hours as "3.2 h", or minutes below one hour, or days above two. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return '∞';
  if (hours < 1) return `${(hours * 60).toFixed(1)} min`;
  if (hours > 48) return `${(hours / 24).toFixed(1)} d (${hours.toFixed(0)} h)`;
  return `${hours.toFixed(1)} h`;
}

/** A parameter count as 1.24B / 494M / 12.3K. */
export function formatCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)}B`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}K`;
  return String(n);
}
