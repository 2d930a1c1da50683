import { getField } from '@/core/registry/registry';
import type { SectionId } from '@/core/registry/define-field';
import type { Issue, Severity } from '@/core/rules/define-rule';
import { SEVERITY_ORDER } from '@/web/shared/issues/severity';

/** Issues of one form section (or of no field the form shows: `other`). */
export interface SectionGroup {
  readonly section: SectionId | 'other';
  readonly issues: readonly Issue[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly sections: readonly SectionGroup[];
}

/** The section an issue belongs to: its first field's (the field the message is shown at). */
export function issueSection(issue: Issue): SectionId | 'other' {
  for (const name of issue.fields) {
    const field = getField(name);
    if (field) return field.section;
  }
  return 'other';
}

/**
 * Issues grouped by severity (errors first) and, inside, by form section in the form's order, so a long
 * list after an import reads like the form it is about.
 */
export function groupIssues(issues: readonly Issue[], sectionOrder: readonly SectionId[]): SeverityGroup[] {
  const rank = (section: SectionId | 'other') => (section === 'other' ? sectionOrder.length : sectionOrder.indexOf(section));
  return SEVERITY_ORDER.flatMap((severity) => {
    const ofSeverity = issues.filter((issue) => issue.severity === severity);
    if (ofSeverity.length === 0) return [];
    const bySection = new Map<SectionId | 'other', Issue[]>();
    for (const issue of ofSeverity) {
      const section = issueSection(issue);
      bySection.set(section, [...(bySection.get(section) ?? []), issue]);
    }
    const sections = [...bySection.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([section, list]) => ({ section, issues: list }));
    return [{ severity, count: ofSeverity.length, sections }];
  });
}

/** Fixes the "apply all" button may apply: mechanical ones on errors and warnings (an info is a hint, not a defect). */
export function countSafeFixes(issues: readonly Issue[]): number {
  return issues.filter((issue) => issue.fix !== undefined && issue.severity !== 'info').length;
}
