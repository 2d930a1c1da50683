import type { ScheduleRequest, ScheduleResponse } from './schedule-messages';
import type { Outcome, ScheduleSnapshot } from './schedule-snapshot';
import { computeSnapshot, packOutcome } from './schedule-snapshot';

// A million-step schedule takes ~100 ms; worked out here, it never holds up a keystroke.
self.onmessage = (event: MessageEvent<ScheduleRequest>) => {
  const { id, args, run } = event.data;
  let result: Outcome<ScheduleSnapshot>;
  try {
    result = computeSnapshot(args, run);
  } catch (error) {
    const message = `Internal error while working out the schedule: ${error instanceof Error ? error.message : String(error)}`;
    result = { ok: false, error: { code: 'web-internal', message, fields: [] } };
  }
  const transfer: ArrayBuffer[] = [];
  const response: ScheduleResponse = { id, result: packOutcome(result, transfer) };
  self.postMessage(response, { transfer });
};
