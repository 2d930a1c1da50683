/* The service worker: the app's built files are cached at install, so after one visit the app starts
 * without a network. The build fills in the file list and a version taken from their hashed names, so a
 * new build is a new worker; it waits until the page asks it to take over (never in the middle of an edit). */
const VERSION = '__VERSION__';
const PRECACHE = /* precache */ [];
const CACHE = `trainargs-studio-${VERSION}`;
const SHELL = './';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('trainargs-studio-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page posts this when the user chooses to reload into the new version.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page itself: the network first (a fresh deploy), the cached shell when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(SHELL, copy));
          }
          return response;
        })
        .catch(() => caches.match(SHELL, { ignoreVary: true }).then((cached) => cached || Response.error())),
    );
    return;
  }
  // Hashed files never change under one name: the cache first, the network for anything not cached yet.
  event.respondWith(
    // ignoreVary: the server varies on Origin, which module-script requests carry and the precache requests did not.
    caches.match(request, { ignoreVary: true }).then(
      (cached) =>
        cached ||
        fetch(request).then((response) => {
          if (response.ok && response.type === 'basic') {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
