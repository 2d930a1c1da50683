import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hasSavedState, loadPersistence } from '@/web/features/share/persistence-loader';
import { AppRoot } from './AppRoot';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;

function start() {
  // The build prerenders the first screen into #root: hydrate it. In a transition, so the work is done in
  // slices that leave the main thread free between them. (The dev server serves an empty #root.)
  if (container.firstElementChild) startTransition(() => void hydrateRoot(container, <AppRoot />));
  else createRoot(container).render(<AppRoot />);
}

// A returning visitor's work is put back right as the page comes alive rather than popping in after it:
// the reader is a small chunk, cached since the last visit. A first visit starts at once.
if (hasSavedState()) void loadPersistence().then(start, start);
else start();
