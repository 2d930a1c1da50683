import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { PyValue } from '@/core/py/py-value';
import type { Fix } from '@/core/rules/define-rule';
import { getField } from '@/core/registry/registry';
import type { FieldLookup } from '@/web/shared/schema/schema';
import type { FormValues, RawValue } from '@/web/shared/form/form-values';
import { toRaw } from '@/web/shared/form/to-raw';
import { canKeepUnknown, unknownToRaw } from '@/web/shared/form/unknown-keys';

interface AppliedFix {
  readonly label: string;
  /** A fix's patch, or an import that replaced every value. */
  readonly kind: 'fix' | 'import';
  /** Raw values of the patched fields before the fix. */
  readonly before: Readonly<Record<string, RawValue>>;
  /** Puts back what else the change switched (the release or config class), run on undo. */
  readonly restore?: () => void;
}

export interface FixHistory {
  readonly apply: (fix: Fix) => void;
  /** Replaces every form value at once (an import, a switch of release or class), undoable like a fix. */
  readonly replace: (label: string, values: FormValues, restore?: () => void) => void;
  readonly undo: () => void;
  readonly dismiss: () => void;
  /** The fix Undo would revert, if any. */
  readonly last: AppliedFix | undefined;
}

interface FormAccess {
  readonly getValues: UseFormGetValues<FormValues>;
  readonly setValue: UseFormSetValue<FormValues>;
  /** The fields of the chosen release and class (TrainingArguments' by default). */
  readonly lookup?: FieldLookup;
}

/** The form value a patch entry stands for; null when the form cannot hold the key. */
function patchRaw(name: string, value: PyValue | undefined, lookup: FieldLookup): { raw: RawValue } | null {
  const field = lookup(name);
  if (field) return { raw: toRaw(field, value) };
  // Unknown keys (kept from an import) are patched too, so renaming an old name removes it.
  if (value === undefined) return { raw: undefined };
  return canKeepUnknown(name) ? { raw: unknownToRaw(name, value) } : null;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input:not([type=checkbox]):not([type=radio]), textarea, select');
}

/**
 * Applies a fix's patch to the form in one step and keeps what it replaced, so Undo (or Ctrl+Z outside a
 * text input, where the browser's own undo belongs) puts the fields back exactly as they were.
 */
export function useFixHistory({ getValues, setValue, lookup = getField }: FormAccess): FixHistory {
  const stack = useRef<AppliedFix[]>([]);
  // Read when a fix is applied, so the callbacks stay stable while the schema changes.
  const lookupRef = useRef(lookup);
  useEffect(() => {
    lookupRef.current = lookup;
  }, [lookup]);
  const [last, setLast] = useState<AppliedFix | undefined>(undefined);

  const record = useCallback((entry: AppliedFix) => {
    stack.current.push(entry);
    setLast(entry);
  }, []);

  const apply = useCallback(
    (fix: Fix) => {
      const before: Record<string, RawValue> = {};
      for (const [name, value] of Object.entries(fix.patch)) {
        const next = patchRaw(name, value, lookupRef.current);
        if (!next) continue;
        before[name] = getValues(name);
        setValue(name, next.raw, { shouldDirty: true });
      }
      record({ label: fix.label, kind: 'fix', before });
    },
    [getValues, setValue, record],
  );

  const replace = useCallback(
    (label: string, values: FormValues, restore?: () => void) => {
      const current = getValues();
      const before: Record<string, RawValue> = {};
      for (const name of new Set([...Object.keys(current), ...Object.keys(values)])) {
        if (current[name] === undefined && values[name] === undefined) continue;
        before[name] = current[name];
        setValue(name, values[name], { shouldDirty: true });
      }
      record({ label, kind: 'import', before, ...(restore ? { restore } : {}) });
    },
    [getValues, setValue, record],
  );

  const undo = useCallback(() => {
    const entry = stack.current.pop();
    if (!entry) return;
    entry.restore?.();
    for (const [name, value] of Object.entries(entry.before)) setValue(name, value, { shouldDirty: true });
    setLast(stack.current.at(-1));
  }, [setValue]);

  const dismiss = useCallback(() => {
    stack.current = [];
    setLast(undefined);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const isUndo = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
      if (!isUndo || stack.current.length === 0 || isEditable(event.target)) return;
      event.preventDefault();
      undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  return { apply, replace, undo, dismiss, last };
}
