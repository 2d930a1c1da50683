import type { Issue } from '@/core/rules/define-rule';

const NONE: readonly Issue[] = [];

function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  return a.length === b.length && a.every((issue, i) => issue.message === b[i]?.message && issue.severity === b[i]?.severity);
}

/**
 * Issues grouped by field, for `useSyncExternalStore`. A field's list keeps its identity while its
 * messages stay the same, so a new check result re-renders only the fields whose messages changed.
 */
export class FieldIssueStore {
  private byField = new Map<string, readonly Issue[]>();
  private readonly listeners = new Set<() => void>();

  update(issues: readonly Issue[]): void {
    const grouped = new Map<string, Issue[]>();
    for (const issue of issues) {
      for (const name of new Set(issue.fields)) {
        const list = grouped.get(name);
        if (list) list.push(issue);
        else grouped.set(name, [issue]);
      }
    }
    const next = new Map<string, readonly Issue[]>();
    let changed = grouped.size !== this.byField.size;
    for (const [name, list] of grouped) {
      const previous = this.byField.get(name);
      if (previous && sameIssues(previous, list)) next.set(name, previous);
      else {
        next.set(name, list);
        changed = true;
      }
    }
    this.byField = next;
    if (changed) this.listeners.forEach((listener) => listener());
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(name: string): readonly Issue[] {
    return this.byField.get(name) ?? NONE;
  }
}
