import { lazy } from 'react';

/** The canvas chart loads in its own chunk when the Schedule tab first opens, never with the page. */
export const LazyScheduleChart = lazy(() => import('./ScheduleChart').then((m) => ({ default: m.ScheduleChart })));
