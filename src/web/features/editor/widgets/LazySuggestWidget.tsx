import { lazy } from 'react';

// Only expert fields have suggestions, so the autocomplete loads when one is first shown.
export const LazySuggestWidget = lazy(() => import('./SuggestWidget').then((m) => ({ default: m.SuggestWidget })));
