import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { Fix } from '@/core/rules/define-rule';
import { getField } from '@/core/registry/registry';
import type { FormValues, RawValue } from '@/web/shared/form/form-values';
import { toRaw } from '@/web/shared/form/to-raw';

interface AppliedFix {
  readonly label: string;
  /** Raw values of the patched fields before the fix. */
  readonly before: Readonly<Record<string, RawValue>>;
}

export interface FixHistory {
  readonly apply: (fix: Fix) => void;
  readonly undo: () => void;
  readonly dismiss: () => void;
  /** The fix Undo would revert, if any. */
  readonly last: AppliedFix | undefined;
}

interface FormAccess {
  readonly getValues: UseFormGetValues<FormValues>;
  readonly setValue: UseFormSetValue<FormValues>;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input:not([type=checkbox]):not([type=radio]), textarea, select');
}

/**
 * Applies a fix's patch to the form in one step and keeps what it replaced, so Undo (or Ctrl+Z outside a
 * text input, where the browser's own undo belongs) puts the fields back exactly as they were.
 */
export function useFixHistory({ getValues, setValue }: FormAccess): FixHistory {
  const stack = useRef<AppliedFix[]>([]);
  const [last, setLast] = useState<AppliedFix | undefined>(undefined);

  const apply = useCallback(
    (fix: Fix) => {
      const before: Record<string, RawValue> = {};
      for (const [name, value] of Object.entries(fix.patch)) {
        const field = getField(name);
        if (!field) continue;
        before[name] = getValues(name);
        setValue(name, toRaw(field, value), { shouldDirty: true });
      }
      const entry = { label: fix.label, before };
      stack.current.push(entry);
      setLast(entry);
    },
    [getValues, setValue],
  );

  const undo = useCallback(() => {
    const entry = stack.current.pop();
    if (!entry) return;
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

  return { apply, undo, dismiss, last };
}
