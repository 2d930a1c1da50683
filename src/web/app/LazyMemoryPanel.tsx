import { lazy } from 'react';

/** The memory panel (estimator, catalogue, fixes) loads in its own chunk, after the run panel. */
export const LazyMemoryPanel = lazy(() => import('@/web/features/memory/MemoryPanel').then((m) => ({ default: m.MemoryPanel })));
