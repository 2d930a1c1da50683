/**
 * The transformers release line the generated code must run on. Validation, resolution and the
 * emitted keyword arguments all follow the targeted line.
 * - `v5`: the v5 line (the snapshot the v5 reference was read from, ≈ 5.2–5.5)
 * - `v4`: the late 4.x line as of 4.56
 */
export const TARGETS = ['v5', 'v4'] as const;
export type Target = (typeof TARGETS)[number];

export const DEFAULT_TARGET: Target = 'v5';

/** Short names for menus and CLI output. */
export const TARGET_LABELS: Readonly<Record<Target, string>> = {
  v5: 'transformers v5',
  v4: 'transformers 4.56',
};

/**
 * The release each target stands for when a field's `since` / `until` is compared with it.
 * v5 fields are dated by the first v5 release (5.0) that has them, so the v5 target compares as 5.0.
 */
export const TARGET_VERSIONS: Readonly<Record<Target, string>> = {
  v5: '5.0',
  v4: '4.56',
};

/**
 * Whether a string names a target (for command-line and URL input).
 * @example isTarget('v4') // true
 */
export function isTarget(value: string): value is Target {
  return (TARGETS as readonly string[]).includes(value);
}

/**
 * Compares dotted release numbers numerically (`4.9` < `4.56` < `5.0`).
 * @example compareVersions('4.56', '5.0') // -1
 */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/**
 * Whether a target has a feature that appeared in `since` and was removed in `until` (both optional).
 * @example hasVersionRange('v4', { since: '5.0' }) // false
 */
export function hasVersionRange(target: Target, range: { readonly since?: string | undefined; readonly until?: string | undefined }): boolean {
  const version = TARGET_VERSIONS[target];
  if (range.since !== undefined && compareVersions(range.since, version) > 0) return false;
  if (range.until !== undefined && compareVersions(range.until, version) <= 0) return false;
  return true;
}

/**
 * Caches a value computed once per target, for tables derived from a target's fields.
 * @example const names = perTarget((t) => fieldsFor(t).map((f) => f.name)); names('v4')
 */
export function perTarget<T>(build: (target: Target) => T): (target: Target) => T {
  const cache = new Map<Target, T>();
  return (target) => {
    if (!cache.has(target)) cache.set(target, build(target));
    return cache.get(target) as T;
  };
}
