import { useCallback, useRef, useState } from 'react';
import type { Schema } from '@/core/migrate/migrate';
import type { RunContext } from '@/core/schedule/run-context';
import { targetLabel } from '@/core/target/target';
import type { FormValues } from '@/web/shared/form/form-values';
import type { SwitchNotice } from './MigrationNotice';
/** The version menu's release, the target it maps to, and the config class. */
export interface ChosenSchema extends Schema {
  readonly release: string;
}

interface SwitchDeps {
  readonly schema: ChosenSchema;
  readonly setSchema: (schema: ChosenSchema) => void;
  readonly getValues: () => FormValues;
  /** Replaces the form values in one undoable step; `outside` puts the release and class back on undo, and again on redo. */
  readonly replace: (kind: 'switch', label: string, values: FormValues, outside: { readonly undo: () => void; readonly redo: () => void }) => void;
  readonly run: RunContext;
}

export interface SchemaSwitch {
  /** Moves the values to another release or class: migrated, listed, and undoable in one step. */
  readonly switchTo: (next: ChosenSchema) => void;
  readonly notice: (SwitchNotice & { readonly label: string }) | null;
  readonly dismiss: () => void;
}

/**
 * Switching release or class: the values are carried over by the migration table (and the fields the
 * destination lacks dropped), the change lands in the undo history as one step, and the notice lists it.
 */
export function useSchemaSwitch({ schema, setSchema, getValues, replace, run }: SwitchDeps): SchemaSwitch {
  const [notice, setNotice] = useState<(SwitchNotice & { readonly label: string }) | null>(null);
  // A later switch started while an earlier one loads its plan wins; the earlier one is dropped.
  const pending = useRef(0);
  const switchTo = useCallback(
    (next: ChosenSchema) => {
      if (next.release === schema.release && next.configClass === schema.configClass) return;
      const ticket = ++pending.current;
      const previous = schema;
      void import('./switch-plan').then(({ planSwitch }) => {
        if (ticket !== pending.current) return;
        const { values, changes } = planSwitch(getValues(), previous, next, run);
        const title = `${next.configClass} · ${targetLabel(next.target)}`;
        const shown = { title, changes, label: title };
        replace('switch', title, values, {
          undo: () => {
            setSchema(previous);
            setNotice(null);
          },
          redo: () => {
            setSchema(next);
            setNotice(shown);
          },
        });
        setSchema(next);
        setNotice(shown);
      });
    },
    [schema, setSchema, getValues, replace, run],
  );
  const dismiss = useCallback(() => setNotice(null), []);
  return { switchTo, notice, dismiss };
}
