import type { VersionRange } from '../target/target';
import { V456_OVERRIDES, V457_OVERRIDES, V4_LINE_OVERRIDES, type FieldOverride } from './v4/v4-overrides';
import { V5_15_OVERRIDES, V5_6_OVERRIDES } from './v5/v5-15-overrides';

export type { FieldOverride } from './v4/v4-overrides';

/** Declarations that hold for a range of releases. */
export interface VersionedOverrides extends VersionRange {
  readonly values: Readonly<Record<string, FieldOverride>>;
}

/**
 * How the releases declare a field differently from the 5.2–5.5 snapshot the field files describe. Every
 * entry whose range holds the target applies, in this order, so a later entry refines an earlier one.
 * Adding a release that changes a declaration is one more entry here.
 */
export const FIELD_OVERRIDES: readonly VersionedOverrides[] = [
  { until: '5.0', values: V4_LINE_OVERRIDES },
  { until: '4.57', values: V456_OVERRIDES },
  { since: '4.57', until: '5.0', values: V457_OVERRIDES },
  { since: '5.6', values: V5_6_OVERRIDES },
  { since: '5.15', values: V5_15_OVERRIDES },
];
