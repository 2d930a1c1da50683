import type { PyValue } from '@/core/py/py-value';
import type { RunContext } from '@/core/schedule/run-context';
import type { PackedOutcome } from './schedule-snapshot';

/** Main thread → schedule worker. */
export interface ScheduleRequest {
  readonly id: number;
  readonly args: Readonly<Record<string, PyValue>>;
  readonly run: RunContext;
}

/** Schedule worker → main thread. */
export interface ScheduleResponse {
  readonly id: number;
  /** Long step lists travel packed (see `packOutcome`). */
  readonly result: PackedOutcome;
}
