import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './AppRoot';

/**
 * React and the app, a chunk of their own: the prerendered first screen is read and scrolled without them,
 * and `main.tsx` loads this on the visitor's first sign of use.
 */
export function hydrate(container: Element): void {
  // In a transition, so the work is done in slices that leave the main thread free between them.
  startTransition(() => void hydrateRoot(container, <AppRoot />));
}

/** Renders into an empty container (the dev server serves no prerendered HTML). */
export function render(container: Element): void {
  createRoot(container).render(<AppRoot />);
}
