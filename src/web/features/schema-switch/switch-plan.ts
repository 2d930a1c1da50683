import { checkConfig } from '@/core/check/check-config';
import { migrateValues, type MigrationChange, type Schema } from '@/core/migrate/migrate';
import { computeSchedule } from '@/core/schedule/compute-schedule';
import type { RunContext } from '@/core/schedule/run-context';
import type { SharedValue } from '@/core/share/share-state';
import type { FormValues } from '@/web/shared/form/form-values';
import { toKwargs } from '@/web/shared/form/to-kwargs';
import { schemaFor } from '@/web/shared/schema/schema';

// Loaded on the first switch: it brings the checker and the schedule math, which the first paint does not need.

/** The run's total optimizer steps under the current values, when they describe a run that can be planned. */
function totalSteps(values: FormValues, schema: Schema, run: RunContext): number | undefined {
  const { kwargs } = toKwargs(values, schemaFor(schema.target, schema.configClass).lookup);
  const resolved = checkConfig(kwargs, { target: schema.target, configClass: schema.configClass }).resolved;
  const planned = computeSchedule(resolved, run, { target: schema.target });
  return planned.ok ? planned.value.plan.totalSteps : undefined;
}

/** The form values carried from one release and class to another, and what changed. */
export function planSwitch(current: FormValues, from: Schema, to: Schema, run: RunContext): { values: FormValues; changes: MigrationChange[] } {
  const values: Record<string, SharedValue> = {};
  for (const [name, value] of Object.entries(current)) if (value !== undefined) values[name] = value;
  const steps = totalSteps(current, from, run);
  const migrated = migrateValues(values, { from, to, ...(steps === undefined ? {} : { totalSteps: steps }) });
  return { values: migrated.values as FormValues, changes: migrated.changes };
}
