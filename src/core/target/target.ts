/**
 * The transformers release the generated code must run on. Validation, resolution, the emitted keyword
 * arguments and the run preview all follow it.
 *
 * A band is a stretch of releases whose `TrainingArguments` code we hold exactly (one table row each, see
 * `BANDS`). Releases between bands have no exact code: they are "gap" targets that behave as the band before
 * them, with the field changes dated to them applied through the fields' `since` / `until` (see `GAP_RELEASES`).
 */

/** Each band with the exact code it reproduces, newest first. */
export const BANDS = [
  {
    id: '5.15-5.18',
    first: '5.15',
    last: '5.18',
    label: 'transformers 5.15–5.18',
    code: 'the 5.15.0 tag and the 5.18.0 wheel (same TrainingArguments code)',
    ddpBackendNeedsLauncher: true,
    trainerFlow: { evalOnStart: true, finalStepEval: true },
  },
  {
    id: '5.2-5.5',
    first: '5.2',
    last: '5.5',
    label: 'transformers 5.2–5.5',
    code: 'main at 00349ae8 (between 5.2 and 5.5)',
    ddpBackendNeedsLauncher: false,
    trainerFlow: { evalOnStart: false, finalStepEval: false },
  },
  {
    id: '4.57',
    first: '4.57',
    last: '4.57',
    label: 'transformers 4.57',
    code: 'the 4.57.6 wheel',
    ddpBackendNeedsLauncher: true,
    trainerFlow: { evalOnStart: true, finalStepEval: false },
  },
  {
    id: '4.56',
    first: '4.56',
    last: '4.56',
    label: 'transformers 4.56',
    code: 'a copy of the 4.56 code',
    ddpBackendNeedsLauncher: false,
    trainerFlow: { evalOnStart: false, finalStepEval: false },
  },
] as const satisfies readonly BandSpec[];

/**
 * What the run preview takes from a band's `Trainer` beyond the step arithmetic, where the release's
 * `trainer.py` / `trainer_callback.py` were read: `eval_on_start` evaluating at step 0, and the `steps` eval
 * strategy also evaluating at the last step (5.15+). The bands whose Trainer was not read keep the flow the
 * schedule vectors were made with.
 */
export interface TrainerFlow {
  readonly evalOnStart: boolean;
  readonly finalStepEval: boolean;
}

/**
 * One band of the table.
 * `ddpBackendNeedsLauncher`: on that band's reference install (accelerate 1.15) a `ddp_backend` set in a
 * process not started by a distributed launcher fails while the arguments are built; the older bands'
 * references were taken without that check.
 */
export interface BandSpec {
  readonly id: string;
  /** First and last release of the band; `first` is what `since` / `until` are compared with. */
  readonly first: string;
  readonly last: string;
  readonly label: string;
  /** Where the band's expectations come from. */
  readonly code: string;
  readonly ddpBackendNeedsLauncher: boolean;
  readonly trainerFlow: TrainerFlow;
}

export type Band = (typeof BANDS)[number]['id'];

/** Releases without exact code, each with the band whose behaviour it follows. */
export const GAP_RELEASES = [
  { id: '5.0', band: '5.2-5.5' },
  { id: '5.1', band: '5.2-5.5' },
  ...['5.6', '5.7', '5.8', '5.9', '5.10', '5.11', '5.12', '5.13', '5.14'].map((id) => ({ id, band: '5.2-5.5' as const })),
] as const satisfies readonly { readonly id: string; readonly band: Band }[];

type GapRelease = '5.0' | '5.1' | '5.6' | '5.7' | '5.8' | '5.9' | '5.10' | '5.11' | '5.12' | '5.13' | '5.14';

/** What checks, resolution and previews are computed for: a band, or a release between bands. */
export type Target = Band | GapRelease;

export const DEFAULT_TARGET: Target = '5.15-5.18';

/** Every target, bands first. */
export const TARGETS: readonly Target[] = [...BANDS.map((b) => b.id), ...GAP_RELEASES.map((g) => g.id as GapRelease)];

/** The names `v5` and `v4` had before bands existed; they keep meaning the same code. */
const ALIASES: Readonly<Record<string, Band>> = { v5: '5.2-5.5', v4: '4.56' };

const BAND_BY_ID: ReadonlyMap<string, BandSpec & { readonly id: Band }> = new Map(BANDS.map((b) => [b.id, b]));
const GAP_BY_ID: ReadonlyMap<string, Band> = new Map(GAP_RELEASES.map((g) => [g.id, g.band]));

/**
 * The band a target follows.
 * @example bandOfTarget('5.10') // '5.2-5.5'
 */
export function bandOfTarget(target: Target): Band {
  return GAP_BY_ID.get(target) ?? (target as Band);
}

/** The table row of a band. */
export function bandSpec(band: Band): BandSpec {
  return BAND_BY_ID.get(band) as BandSpec;
}

/**
 * The release a target is compared as when a field, rule or resolve step carries `since` / `until`: a band's
 * first release, or the gap release itself.
 * @example targetVersion('5.2-5.5') // '5.2'
 */
export function targetVersion(target: Target): string {
  return BAND_BY_ID.get(target)?.first ?? target;
}

/** The Trainer flow the run preview follows for a target (its band's). */
export function trainerFlowOf(target: Target): TrainerFlow {
  return bandSpec(bandOfTarget(target)).trainerFlow;
}

/** Whether a target has no exact code of its own. */
export function isApproximateTarget(target: Target): boolean {
  return GAP_BY_ID.has(target);
}

/** A short name for menus and CLI output: the band's label, or the release with "≈ band". */
export function targetLabel(target: Target): string {
  const band = BAND_BY_ID.get(target);
  if (band) return band.label;
  return `transformers ${target} (approximated by ${bandSpec(bandOfTarget(target)).label})`;
}

/**
 * Whether a string names a target as stored (band id or gap release), for saved state and share links.
 * @example isTarget('4.57') // true
 */
export function isTarget(value: string): value is Target {
  return (TARGETS as readonly string[]).includes(value);
}

/** What a release the user runs maps to. */
export interface ReleaseTarget {
  /** The release as asked for (`"5.10"`, `"v5"`, `"4.40"`). */
  readonly release: string;
  readonly target: Target;
  readonly band: Band;
  /** True when the release has no exact code: the verdict is the nearest band's, with dated changes applied. */
  readonly approximate: boolean;
}

/** The releases a version picker lists, oldest first: every minor release from 4.56 to 5.18. */
export const RELEASES: readonly string[] = ['4.56', '4.57', ...Array.from({ length: 19 }, (_, minor) => `5.${minor}`)];

const OLDEST = RELEASES[0] as string;
const NEWEST = RELEASES[RELEASES.length - 1] as string;

/**
 * Maps what the user runs to a target: `v5` / `v4`, a band id, or a release `X.Y` / `X.Y.Z`. Releases older
 * than 4.56 map to 4.56 and releases newer than 5.18 to 5.15–5.18, both approximate. Undefined for text that
 * is not a release, and for 4.58+ (4.x ended at 4.57).
 * @example releaseTarget('5.10') // { release: '5.10', target: '5.10', band: '5.2-5.5', approximate: true }
 * @example releaseTarget('5.16.1')?.target // '5.15-5.18'
 */
export function releaseTarget(text: string): ReleaseTarget | undefined {
  const value = text.trim();
  const alias = ALIASES[value] ?? (BAND_BY_ID.has(value) ? (value as Band) : undefined);
  if (alias !== undefined) return { release: value, target: alias, band: alias, approximate: false };
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[.-]?(?:rc|dev|post)\d*)?$/.exec(value);
  if (!match) return undefined;
  const minor = `${String(Number(match[1]))}.${String(Number(match[2]))}`;
  if (compareVersions(minor, OLDEST) < 0) return { release: value, target: '4.56', band: '4.56', approximate: true };
  if (compareVersions(minor, NEWEST) > 0) {
    if (minor.startsWith('4.')) return undefined;
    return { release: value, target: '5.15-5.18', band: '5.15-5.18', approximate: true };
  }
  const gap = GAP_BY_ID.get(minor);
  if (gap !== undefined) return { release: value, target: minor as GapRelease, band: gap, approximate: true };
  const band = BANDS.find((b) => compareVersions(b.first, minor) <= 0 && compareVersions(minor, b.last) <= 0);
  if (band === undefined) return undefined;
  return { release: value, target: band.id, band: band.id, approximate: false };
}

/**
 * The band a release maps to (see `releaseTarget`), or undefined for text that is not a release.
 * @example bandOf('5.3') // '5.2-5.5'
 */
export function bandOf(release: string): Band | undefined {
  return releaseTarget(release)?.band;
}

/**
 * Compares dotted release numbers numerically (`4.9` < `4.56` < `5.0`).
 * @example compareVersions('4.56', '5.0') // -1
 */
export function compareVersions(a: string, b: string): number {
  const left = versionParts(a);
  const right = versionParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/**
 * A release's numbers, parsed once: every rule, field and resolve step compares its range with the target on
 * every check, so splitting the same few strings each time was a large share of a check's cost.
 */
function versionParts(version: string): readonly number[] {
  let parts = VERSION_PARTS.get(version);
  if (parts === undefined) {
    parts = version.split('.').map(Number);
    // Only the releases the tables name and a few asked for are ever seen; the cap keeps odd input from piling up.
    if (VERSION_PARTS.size < 1000) VERSION_PARTS.set(version, parts);
  }
  return parts;
}

const VERSION_PARTS = new Map<string, readonly number[]>();

/** The releases something exists in: from `since` (inclusive) to `until` (exclusive), both optional. */
export interface VersionRange {
  readonly since?: string | undefined;
  readonly until?: string | undefined;
}

/** The 4.x line: what transformers 5.0 removed or rewrote. */
export const LINE_4X: VersionRange = { until: '5.0' };

/**
 * Whether a target is on the 4.x line.
 * @example isLine4x('4.57') // true
 */
export function isLine4x(target: Target): boolean {
  return hasVersionRange(target, LINE_4X);
}

/**
 * Whether a target has a feature that appeared in `since` and was removed in `until` (both optional).
 * @example hasVersionRange('4.56', { since: '5.0' }) // false
 */
export function hasVersionRange(target: Target, range: VersionRange): boolean {
  const version = targetVersion(target);
  if (range.since !== undefined && compareVersions(range.since, version) > 0) return false;
  if (range.until !== undefined && compareVersions(range.until, version) <= 0) return false;
  return true;
}

/**
 * A range in words, for the rule catalogue.
 * @example describeRange({ until: '5.0' }) // 'before 5.0'
 */
export function describeRange(range: VersionRange): string {
  if (range.since !== undefined && range.until !== undefined) return `${range.since} to before ${range.until}`;
  if (range.since !== undefined) return `${range.since} and later`;
  return range.until !== undefined ? `before ${range.until}` : 'every release';
}

/**
 * The first entry of a versioned table whose range holds the target (texts and values that changed between
 * releases), or undefined.
 * @example pickVersioned([{ until: '5.0', value: 'a' }, { value: 'b' }], '4.57') // 'a'
 */
export function pickVersioned<T>(entries: readonly (VersionRange & { readonly value: T })[], target: Target): T | undefined {
  return entries.find((entry) => hasVersionRange(target, entry))?.value;
}

/**
 * The entries of a versioned table whose range holds the target, merged in order (later entries win), for
 * tables of per-field facts that changed between releases.
 * @example mergeVersioned([{ values: { a: 1 } }, { since: '5.15', values: { a: 2 } }], '5.2-5.5') // { a: 1 }
 */
export function mergeVersioned<T>(entries: readonly (VersionRange & { readonly values: Readonly<Record<string, T>> })[], target: Target): Record<string, T> {
  return Object.assign({}, ...entries.filter((entry) => hasVersionRange(target, entry)).map((entry) => entry.values)) as Record<string, T>;
}

/**
 * Caches a value computed once per target, for tables derived from a target's fields.
 * @example const names = perTarget((t) => fieldsFor(t).map((f) => f.name)); names('4.56')
 */
export function perTarget<T>(build: (target: Target) => T): (target: Target) => T {
  const cache = new Map<Target, T>();
  return (target) => {
    if (!cache.has(target)) cache.set(target, build(target));
    return cache.get(target) as T;
  };
}
