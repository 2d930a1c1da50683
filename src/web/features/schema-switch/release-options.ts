import { bandSpec, RELEASES, releaseTarget, type Target } from '@/core/target/target';

/** One entry of the version menu: the release the user runs, the target it maps to, and whether that is exact. */
export interface ReleaseOption {
  readonly value: string;
  readonly label: string;
  readonly target: Target;
  /** Said beside the menu: the band of exact code the release is checked with. */
  readonly band: string;
  readonly approximate: boolean;
}

/** The version menu, newest release first; each names the band it maps to. */
export const RELEASE_OPTIONS: readonly ReleaseOption[] = [...RELEASES].reverse().flatMap((release) => {
  const mapped = releaseTarget(release);
  if (mapped === undefined) return [];
  const band = bandSpec(mapped.band).label;
  return [
    { value: release, label: `${release} → ${mapped.band}${mapped.approximate ? ' ≈' : ''}`, target: mapped.target, band, approximate: mapped.approximate },
  ];
});
