import { lazy } from 'react';

// Every dict field is advanced or expert, so the JSON editor loads when one is first shown.
export const LazyDictWidget = lazy(() => import('./DictWidget').then((m) => ({ default: m.DictWidget })));
