import type { FormValues, RawValue } from '@/web/shared/form/form-values';

/** What a step of the history was: the undo bar names it, edits coalesce only with edits. */
export type ChangeKind = 'edit' | 'reset' | 'fix' | 'fixes' | 'import' | 'preset' | 'restore' | 'switch';

/** One undoable step: the raw values of the fields it touched, before and after. */
export interface Change {
  readonly kind: ChangeKind;
  /** What the step did, in the UI language (a fix's label, a preset's name, a field name). */
  readonly label: string;
  readonly before: Readonly<Record<string, RawValue>>;
  readonly after: Readonly<Record<string, RawValue>>;
  /** When it was last extended (ms); typing into one field within `COALESCE_MS` stays one step. */
  readonly at: number;
  /** What else the step changed besides the values (the release or config class): put back on undo, again on redo. */
  readonly outside?: OutsideChange;
}

/** A change outside the form's values that travels with a step. */
export interface OutsideChange {
  readonly undo: () => void;
  readonly redo: () => void;
}

/** Typing in one field is one step until the field loses focus (`seal`), or after a pause this long. */
export const COALESCE_MS = 30_000;

/** Steps kept; the oldest are forgotten first. */
const LIMIT = 200;

function sameRaw(a: RawValue, b: RawValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** Copies a raw value, so a later in-place change of the form's arrays cannot rewrite history. */
export function copyRaw(value: RawValue): RawValue {
  return Array.isArray(value) ? [...value] : value;
}

/** The fields `next` sets differently from `current`, as a before/after pair (keys of either side). */
export function diffValues(current: FormValues, next: FormValues): { before: Record<string, RawValue>; after: Record<string, RawValue> } {
  const before: Record<string, RawValue> = {};
  const after: Record<string, RawValue> = {};
  for (const name of new Set([...Object.keys(current), ...Object.keys(next)])) {
    if (sameRaw(current[name], next[name])) continue;
    before[name] = copyRaw(current[name]);
    after[name] = copyRaw(next[name]);
  }
  return { before, after };
}

/**
 * Undo and redo stacks of form changes. Pure data (no React, no form): the hook applies what it returns.
 * Typing into one field is coalesced into one step until it loses focus (or pauses long); any other kind of
 * change (a reset, a fix, an import, a preset) is a step of its own. A new step clears the redo stack.
 */
export class FormHistory {
  private done: Change[] = [];
  private undone: Change[] = [];
  /** After an undo or redo the next keystroke starts a step of its own. */
  private sealed = false;

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The step Undo would revert. */
  get last(): Change | undefined {
    return this.done.at(-1);
  }

  /** The step Redo would re-apply. */
  get next(): Change | undefined {
    return this.undone.at(-1);
  }

  /** Records a step; an edit of the field the previous edit changed, soon after it, extends that step. */
  record(change: Change): void {
    if (Object.keys(change.before).length === 0 && Object.keys(change.after).length === 0 && change.outside === undefined) return;
    this.undone = [];
    const previous = this.done.at(-1);
    const field = change.kind === 'edit' ? singleField(change) : undefined;
    const coalesce = !this.sealed && previous?.kind === 'edit';
    this.sealed = false;
    if (coalesce && previous && field !== undefined && singleField(previous) === field && change.at - previous.at <= COALESCE_MS) {
      this.done[this.done.length - 1] = { ...previous, after: change.after, at: change.at };
      return;
    }
    this.done.push(change);
    if (this.done.length > LIMIT) this.done.shift();
  }

  /** Takes the last step off and returns the values to put back. */
  undo(): Change | undefined {
    const change = this.done.pop();
    if (change) this.undone.push(change);
    this.sealed = true;
    return change;
  }

  /** Re-applies the last undone step and returns it (its `after` values are the ones to set). */
  redo(): Change | undefined {
    const change = this.undone.pop();
    if (change) this.done.push(change);
    this.sealed = true;
    return change;
  }

  /** Ends the current typing burst: the next keystroke starts a new step (the field lost focus). */
  seal(): void {
    this.sealed = true;
  }

  /** Forgets everything (the undo bar's dismiss does not: it only hides the bar). */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.sealed = false;
  }
}

function singleField(change: Change): string | undefined {
  const names = Object.keys(change.after);
  return names.length === 1 ? names[0] : undefined;
}
