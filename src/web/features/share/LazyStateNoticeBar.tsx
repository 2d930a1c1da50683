import { lazy } from 'react';

/** Notices are rare (a corrupt store, a link), so their bar loads only when there is one. */
export const LazyStateNoticeBar = lazy(() => import('./StateNoticeBar').then((m) => ({ default: m.StateNoticeBar })));
