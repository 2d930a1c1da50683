import type { ScheduleResponse } from './schedule-messages';
import type { WorkerPort } from './schedule-client';

/** A starter for the schedule worker, or `null` where this browser has no module workers. */
export function scheduleWorkerStarter(): (() => WorkerPort) | null {
  if (typeof Worker === 'undefined') return null;
  return () => {
    const worker = new Worker(new URL('./schedule.worker.ts', import.meta.url), { type: 'module', name: 'schedule' });
    return {
      post: (request) => worker.postMessage(request),
      listen: (onMessage, onError) => {
        worker.onmessage = (event: MessageEvent<ScheduleResponse>) => onMessage(event.data);
        worker.onerror = () => onError();
        worker.onmessageerror = () => onError();
      },
      terminate: () => worker.terminate(),
    };
  };
}
