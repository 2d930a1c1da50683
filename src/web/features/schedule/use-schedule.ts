import { useEffect, useMemo, useState } from 'react';
import type { PyValue } from '@/core/py/py-value';
import type { ResolvedValues } from '@/core/resolve/provenance';
import type { RunContext } from '@/core/schedule/run-context';
import { pickScheduleArgs, scheduleArgsKey } from '@/core/schedule/schedule-fields';
import { createKeyedMemo } from './keyed-memo';
import { ScheduleClient } from './schedule-client';
import type { Outcome, ScheduleSnapshot } from './schedule-snapshot';
import { scheduleWorkerStarter } from './spawn-schedule-worker';

export interface ScheduleView {
  /** The newest schedule worked out so far (`null` before the first); for older inputs while `pending`. */
  readonly result: Outcome<ScheduleSnapshot> | null;
  readonly pending: boolean;
  /** The resolved values of the fields the schedule reads: one object while they stay the same. */
  readonly args: Readonly<Record<string, PyValue>>;
}

interface Answer {
  readonly args: Readonly<Record<string, PyValue>>;
  readonly run: RunContext;
  readonly result: Outcome<ScheduleSnapshot>;
}

/**
 * The schedule of the resolved config in the run context. Recomputed (in a worker) only when one of
 * the fields the schedule reads, or the run context, changes: other keystrokes cost a key comparison.
 */
export function useSchedule(resolved: ResolvedValues, run: RunContext): ScheduleView {
  const [memo] = useState(() => createKeyedMemo<Record<string, PyValue>>());
  const args = memo(scheduleArgsKey(resolved), () => pickScheduleArgs(resolved));
  const [client] = useState(() => new ScheduleClient({ spawn: scheduleWorkerStarter() }));
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    client.request(args, run, (result) => setAnswer({ args, run, result }));
  }, [client, args, run]);
  useEffect(() => () => client.dispose(), [client]);
  // One object while nothing in it changes, so the (memoised) run panel skips keystrokes that leave it alone.
  return useMemo(() => ({ result: answer?.result ?? null, pending: answer === null || answer.args !== args || answer.run !== run, args }), [answer, args, run]);
}
