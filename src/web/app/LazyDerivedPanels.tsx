import { lazy } from 'react';
import { whenFirstUsed } from './first-use';

/**
 * The checker, the emitters, the schedule worker and the panels that show them: a chunk of their own,
 * fetched on the visitor's first use. Until then the prerendered panels (the default state's result,
 * computed at build time) stay on screen as they are; React hydrates them once the chunk is in.
 */
export const LazyDerivedPanels = lazy(() => whenFirstUsed().then(() => import('./DerivedPanels').then((m) => ({ default: m.DerivedPanels }))));
