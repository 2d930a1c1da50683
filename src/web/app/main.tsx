import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hasSavedState, loadPersistence } from '@/web/features/share/persistence-loader';
import { AppRoot } from './AppRoot';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;

function render() {
  createRoot(container).render(<AppRoot />);
}

if (container.firstElementChild) {
  // The build prerendered the first screen into #root: hydrate it at once (React replays a click or key that
  // reaches a part not yet hydrated). In a transition, so the work is done in slices that leave the main
  // thread free between them. Saved work is put back as soon as its reader has loaded.
  startTransition(() => void hydrateRoot(container, <AppRoot />));
} else if (hasSavedState()) {
  // The dev server serves an empty #root: a returning visitor's work is put back before the first paint
  // rather than popping in after it (the reader is a small chunk, cached since the last visit).
  void loadPersistence().then(render, render);
} else {
  render();
}
