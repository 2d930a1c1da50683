import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UseFormGetValues, UseFormSetValue, UseFormWatch } from 'react-hook-form';
import type { Fix } from '@/core/rules/define-rule';
import type { FormValues, RawValue } from '@/web/shared/form/form-values';
import { patchRaw } from './apply-patch-raw';
import type { FieldLookup } from '@/web/shared/schema/schema';
import type { Change, ChangeKind, OutsideChange } from './form-history';
import { copyRaw, diffValues, FormHistory } from './form-history';

/** What the undo and redo buttons and the undo bar show; changes only when one of these does. */
export interface HistoryStatus {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** The last step, unless it was typing (the bar confirms fixes, imports, presets, not keystrokes). */
  readonly last: Pick<Change, 'kind' | 'label'> | undefined;
}

export interface FormHistoryControls extends HistoryStatus {
  /** One fix's patch, as one step. */
  readonly apply: (fix: Fix) => void;
  /** Several fixes' patches in order, as one step named `label`. */
  readonly applyAll: (fixes: readonly Fix[], label: string) => void;
  /** Replaces every form value at once (an import, a preset, restoring kept work, a switch of release or
   * class), as one step; `outside` is what else the step changed, undone and redone with it. */
  readonly replace: (kind: ChangeKind, label: string, values: FormValues, outside?: OutsideChange) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Hides the undo bar; the steps stay undoable with the buttons and keys. */
  readonly dismiss: () => void;
}

interface FormAccess {
  readonly getValues: UseFormGetValues<FormValues>;
  readonly setValue: UseFormSetValue<FormValues>;
  readonly watch: UseFormWatch<FormValues>;
  /** The fields of the chosen release and class, for turning a fix's values into form values. */
  readonly lookup?: FieldLookup;
}

const QUIET: HistoryStatus = { canUndo: false, canRedo: false, last: undefined };

/** Keys that reach the history rather than the browser: in the form's fields and outside any text input. */
function ownsShortcut(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  const editable = target.isContentEditable || target.matches('input:not([type=checkbox]):not([type=radio]), textarea, select');
  // In a form field Ctrl+Z takes back the whole typing burst, the same step the Undo button takes back;
  // other text boxes (the palette, the import text, a preset's name) keep the browser's own undo.
  return !editable || target.closest('[data-field-row]') !== null;
}

function shortcut(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * Undo and redo for every change to the form: typing (one step per field until it is left), resets, fixes, imports
 * and presets. Typed edits are seen through react-hook-form's `watch` (user changes carry `type: 'change'`);
 * values the history itself sets carry none, so undoing is never recorded as a new edit.
 */
export function useFormHistory({ getValues, setValue, watch, lookup }: FormAccess): FormHistoryControls {
  const [history] = useState(() => new FormHistory());
  // Read when a fix is applied, so the callbacks keep their identity while the schema changes.
  const lookupRef = useRef(lookup);
  useEffect(() => {
    lookupRef.current = lookup;
  }, [lookup]);
  const [status, setStatus] = useState<HistoryStatus>(QUIET);
  const [hidden, setHidden] = useState<Change | undefined>(undefined);
  // The values as last seen, to know what a keystroke replaced.
  const shadow = useRef<Record<string, RawValue>>({});

  const publish = useCallback(() => {
    const last = history.last;
    const shown = last && last.kind !== 'edit' && last.kind !== 'reset' ? { kind: last.kind, label: last.label } : undefined;
    setStatus((previous) =>
      previous.canUndo === history.canUndo &&
      previous.canRedo === history.canRedo &&
      previous.last?.kind === shown?.kind &&
      previous.last?.label === shown?.label
        ? previous
        : { canUndo: history.canUndo, canRedo: history.canRedo, last: shown },
    );
  }, [history]);

  useEffect(() => {
    shadow.current = Object.fromEntries(Object.entries(getValues()).map(([name, value]) => [name, copyRaw(value)]));
    const subscription = watch((values, { name, type }) => {
      if (name === undefined) {
        shadow.current = Object.fromEntries(Object.entries(getValues()).map(([key, value]) => [key, copyRaw(value)]));
        return;
      }
      const after = copyRaw((values as FormValues)[name]);
      const before = shadow.current[name];
      shadow.current[name] = after;
      if (type !== 'change') return;
      const kind = after === undefined && before !== undefined ? 'reset' : 'edit';
      history.record({ kind, label: name, before: { [name]: before }, after: { [name]: after }, at: Date.now() });
      publish();
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues, history, publish]);

  const set = useCallback(
    (values: Readonly<Record<string, RawValue>>) => {
      for (const [name, value] of Object.entries(values)) setValue(name, copyRaw(value), { shouldDirty: true });
    },
    [setValue],
  );

  const commit = useCallback(
    (kind: ChangeKind, label: string, next: FormValues, outside?: OutsideChange) => {
      const { before, after } = diffValues(getValues(), next);
      set(after);
      history.record({ kind, label, before, after, at: Date.now(), ...(outside ? { outside } : {}) });
      setHidden(undefined);
      publish();
    },
    [getValues, set, history, publish],
  );

  const applyAll = useCallback(
    (fixes: readonly Fix[], label: string) => {
      const next: FormValues = { ...getValues() };
      for (const fix of fixes) {
        for (const [name, value] of Object.entries(fix.patch)) {
          const raw = patchRaw(name, value, lookupRef.current);
          if (raw) next[name] = raw.raw;
        }
      }
      commit(fixes.length === 1 ? 'fix' : 'fixes', label, next);
    },
    [getValues, commit],
  );

  const apply = useCallback((fix: Fix) => applyAll([fix], fix.label), [applyAll]);

  const replace = useCallback(
    (kind: ChangeKind, label: string, values: FormValues, outside?: OutsideChange) => {
      const current = getValues();
      // Every key either side has: a key the new values lack goes back to "not set".
      const next: FormValues = Object.fromEntries([...Object.keys(current), ...Object.keys(values)].map((name) => [name, values[name]]));
      commit(kind, label, next, outside);
    },
    [getValues, commit],
  );

  const undo = useCallback(() => {
    const change = history.undo();
    if (change) set(change.before);
    change?.outside?.undo();
    publish();
  }, [history, set, publish]);

  const redo = useCallback(() => {
    const change = history.redo();
    if (change) set(change.after);
    change?.outside?.redo();
    publish();
  }, [history, set, publish]);

  const dismiss = useCallback(() => setHidden(history.last), [history]);

  // Leaving a field ends its typing burst: coming back to it later is a new step.
  useEffect(() => {
    const onFocusOut = (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.closest('[data-field-row]')) history.seal();
    };
    document.addEventListener('focusout', onFocusOut);
    return () => document.removeEventListener('focusout', onFocusOut);
  }, [history]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcut(event);
      if (action === null || !ownsShortcut(event.target)) return;
      if (action === 'undo' ? !history.canUndo : !history.canRedo) return;
      event.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history, undo, redo]);

  const shownLast = status.last && hidden !== history.last ? status.last : undefined;
  // One object while nothing in it changes: the side column is memoised on it.
  return useMemo(
    () => ({ canUndo: status.canUndo, canRedo: status.canRedo, last: shownLast, apply, applyAll, replace, undo, redo, dismiss }),
    [status.canUndo, status.canRedo, shownLast, apply, applyAll, replace, undo, redo, dismiss],
  );
}
