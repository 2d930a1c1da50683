import { targetLabel, TARGETS, type Target } from '@/core/target/target';

/** One entry of the version menu: what the user picks, the target it maps to, and whether that is exact. */
export interface ReleaseOption {
  readonly value: string;
  readonly label: string;
  readonly target: Target;
  readonly approximate: boolean;
}

/** The version menu, newest first. */
export const RELEASE_OPTIONS: readonly ReleaseOption[] = TARGETS.map((target) => ({ value: target, label: targetLabel(target), target, approximate: false }));

/** The menu entry that stands for a target (its first release). */
export function optionOfTarget(target: Target): ReleaseOption | undefined {
  return RELEASE_OPTIONS.find((o) => o.target === target);
}
