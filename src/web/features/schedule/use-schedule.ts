import { useEffect, useMemo, useState } from 'react';
import type { PyValue } from '@/core/py/py-value';
import type { ResolvedValues } from '@/core/resolve/provenance';
import type { RunContext } from '@/core/schedule/run-context';
import { pickScheduleArgs, scheduleArgsKey } from '@/core/schedule/schedule-fields';
import { createKeyedMemo } from './keyed-memo';
import { ScheduleClient } from './schedule-client';
import { computeSnapshot } from './schedule-snapshot';
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

export interface ScheduleOptions {
  /**
   * Work out the first schedule in the first render, on this thread: for the default state, which takes about a
   * millisecond. The build prerenders the Run card with its numbers then (no worker there), and the first client
   * render, of the same state, shows the same, so hydrating it never mismatches.
   */
  readonly firstHere?: boolean;
}

/**
 * The schedule of the resolved config in the run context. Recomputed (in a worker) only when one of
 * the fields the schedule reads, or the run context, changes: other keystrokes cost a key comparison.
 */
export function useSchedule(resolved: ResolvedValues, run: RunContext, options: ScheduleOptions = {}): ScheduleView {
  const [memo] = useState(() => createKeyedMemo<Record<string, PyValue>>());
  const args = memo(scheduleArgsKey(resolved), () => pickScheduleArgs(resolved));
  const [client] = useState(() => new ScheduleClient({ spawn: scheduleWorkerStarter() }));
  const [answer, setAnswer] = useState<Answer | null>(() => (options.firstHere ? { args, run, result: computeSnapshot(args, run) } : null));
  useEffect(() => {
    // The first answer, when worked out in the first render, needs no worker.
    if (answer?.args === args && answer.run === run) return;
    client.request(args, run, (result) => setAnswer({ args, run, result }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asked when the question changes, not when the answer arrives
  }, [client, args, run]);
  useEffect(() => () => client.dispose(), [client]);
  // One object while nothing in it changes, so the (memoised) run panel skips keystrokes that leave it alone.
  return useMemo(() => ({ result: answer?.result ?? null, pending: answer === null || answer.args !== args || answer.run !== run, args }), [answer, args, run]);
}
