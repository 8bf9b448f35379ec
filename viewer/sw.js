// The viewer's service worker: after a first visit the viewer works with no
// network. The bundle (hashed file names) is served cache-first; the page and
// the card network-first, falling back to the last copy seen. Only requests to
// the viewer's own origin are touched. The build fills in the file list.
const CACHE = 'kindreflex-viewer-__VERSION__';

self.oninstall = (event) =>
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(__PRECACHE__))
      .then(() => self.skipWaiting()),
  );

// Drop the caches of earlier versions of the viewer (and only those).
self.onactivate = (event) =>
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

const fetchAndKeep = (request) =>
  fetch(request).then((response) => {
    const copy = response.clone();
    if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy));
    return response;
  });

// ignoreVary: a server's "Vary: Origin" must not hide the copy cached without
// an Origin header from the page's crossorigin module request. The page is
// cached without its query (?card=... is still the same page).
const cached = (request) =>
  caches.match(request, { ignoreVary: true, ignoreSearch: request.mode === 'navigate' });

self.onfetch = (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  event.respondWith(
    url.pathname.includes('/assets/')
      ? cached(request).then((hit) => hit || fetchAndKeep(request))
      : fetchAndKeep(request).catch((error) =>
          cached(request).then((hit) => hit || Promise.reject(error)),
        ),
  );
};
