import { lazy } from 'react';

/**
 * The checker, the emitters and the panels that show them load in their own chunk, right after the
 * form has painted: the form is usable at once and the first-load bundle stays small.
 */
export const LazyDerivedPanels = lazy(() => import('./DerivedPanels').then((m) => ({ default: m.DerivedPanels })));
