// The viewer's service worker: after a first visit the viewer works with no
// network. The bundle (hashed file names) is served cache-first; the page and
// the card network-first, falling back to the last copy seen. Only requests to
// the viewer's own origin are touched. The build fills in the file list.
const CACHE = 'kindreflex-viewer-__VERSION__';
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('kindreflex-viewer-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// ignoreVary: a server that answers "Vary: Origin" must not hide the copy
// fetched without an Origin header from the page's crossorigin module request.
async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreVary: true });
  return cached || networkAndKeep(request);
}

async function networkAndKeep(request) {
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

async function networkFirst(request) {
  try {
    return await networkAndKeep(request);
  } catch (error) {
    // The page is cached without its query (?card=... stays the page).
    const cached = await caches.match(request, {
      ignoreVary: true,
      ignoreSearch: request.mode === 'navigate',
    });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    url.pathname.includes('/assets/') ? cacheFirst(request) : networkFirst(request),
  );
});
