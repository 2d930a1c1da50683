import { lazy } from 'react';

/** The rule catalogue loads only when opened. */
export const LazyRulesPage = lazy(() => import('@/web/features/rules/RulesPage').then((m) => ({ default: m.RulesPage })));
