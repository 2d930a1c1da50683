/**
 * Registers the service worker (production builds only) and reports a new version once it has installed
 * and waits. Nothing reloads by itself: `activate` is called when the user asks for the new version.
 */
export interface WaitingUpdate {
  /** Lets the new worker take over and reloads the page once it has. */
  readonly activate: () => void;
}

export function registerServiceWorker(onUpdate: (update: WaitingUpdate) => void): () => void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
  let live = true;
  const container = navigator.serviceWorker;
  const offer = (worker: ServiceWorker) => {
    if (!live) return;
    onUpdate({
      activate() {
        container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        worker.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  };
  const watch = (registration: ServiceWorkerRegistration) => {
    // A worker already waiting from an earlier visit is an update too.
    if (registration.waiting && container.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        // With no controller this is the first install: nothing to announce.
        if (installing.state === 'installed' && container.controller) offer(installing);
      });
    });
  };
  let registration: ServiceWorkerRegistration | undefined;
  const check = () => {
    if (document.visibilityState === 'visible') void registration?.update().catch(() => undefined);
  };
  container
    .register(`${import.meta.env.BASE_URL}sw.js`)
    .then((registered) => {
      registration = registered;
      watch(registered);
    })
    // No worker (a private window, an old browser) only means no offline use.
    .catch(() => undefined);
  document.addEventListener('visibilitychange', check);
  return () => {
    live = false;
    document.removeEventListener('visibilitychange', check);
  };
}
