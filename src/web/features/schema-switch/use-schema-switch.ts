import { useCallback, useState } from 'react';
import { checkConfig } from '@/core/check/check-config';
import { migrateValues, type Schema } from '@/core/migrate/migrate';
import type { SharedValue } from '@/core/share/share-state';
import { computeSchedule } from '@/core/schedule/compute-schedule';
import type { RunContext } from '@/core/schedule/run-context';
import { targetLabel } from '@/core/target/target';
import type { FormValues } from '@/web/shared/form/form-values';
import { toKwargs } from '@/web/shared/form/to-kwargs';
import { schemaFor } from '@/web/shared/schema/schema';
import type { SwitchNotice } from './MigrationNotice';

interface SwitchDeps {
  readonly schema: Schema;
  readonly setSchema: (schema: Schema) => void;
  readonly getValues: () => FormValues;
  /** Replaces the form values in one undoable step; `restore` puts the release and class back on undo. */
  readonly replace: (label: string, values: FormValues, restore?: () => void) => void;
  readonly run: RunContext;
}

/** The run's total optimizer steps under the current values, when they describe a run that can be planned. */
function totalSteps(values: FormValues, schema: Schema, run: RunContext): number | undefined {
  const { kwargs } = toKwargs(values, schemaFor(schema.target, schema.configClass).lookup);
  const resolved = checkConfig(kwargs, { target: schema.target, configClass: schema.configClass }).resolved;
  const planned = computeSchedule(resolved, run);
  return planned.ok ? planned.value.plan.totalSteps : undefined;
}

export interface SchemaSwitch {
  /** Moves the values to another release or class: migrated, listed, and undoable in one step. */
  readonly switchTo: (next: Schema) => void;
  readonly notice: (SwitchNotice & { readonly label: string }) | null;
  readonly dismiss: () => void;
}

/**
 * Switching release or class: the values are carried over by the migration table (and the fields the
 * destination lacks dropped), the change lands in the undo history as one step, and the notice lists it.
 */
export function useSchemaSwitch({ schema, setSchema, getValues, replace, run }: SwitchDeps): SchemaSwitch {
  const [notice, setNotice] = useState<(SwitchNotice & { readonly label: string }) | null>(null);
  const switchTo = useCallback(
    (next: Schema) => {
      if (next.target === schema.target && next.configClass === schema.configClass) return;
      const current = getValues();
      const values: Record<string, SharedValue> = {};
      for (const [name, value] of Object.entries(current)) if (value !== undefined) values[name] = value;
      const steps = totalSteps(current, schema, run);
      const { values: migrated, changes } = migrateValues(values, { from: schema, to: next, ...(steps === undefined ? {} : { totalSteps: steps }) });
      const title = `${next.configClass} · ${targetLabel(next.target)}`;
      const previous = schema;
      replace(title, migrated as FormValues, () => {
        setSchema(previous);
        setNotice(null);
      });
      setSchema(next);
      setNotice({ title, changes, label: title });
    },
    [schema, setSchema, getValues, replace, run],
  );
  const dismiss = useCallback(() => setNotice(null), []);
  return { switchTo, notice, dismiss };
}
