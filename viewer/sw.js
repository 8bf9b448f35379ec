// The viewer's service worker: after a first visit the viewer works with no
// network. Only the bundle's own files (hashed names, listed by the build) are
// served from the cache first; everything else, the page and every card
// included, comes from the network first, with the last copy seen as the
// fallback. Only requests to the viewer's own origin are touched, and only this
// site's cache is read: its name holds the scope, so two viewer sites on one
// origin keep each their own offline copy. The build fills in the lists.
const PREFIX = 'kindreflex-viewer:' + registration.scope + ':';
const CACHE = PREFIX + '__VERSION__';
const BUNDLE = __BUNDLE__.map((file) => new URL(file, registration.scope).href);

self.oninstall = (event) =>
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(__PRECACHE__))
      .then(() => self.skipWaiting()),
  );

// Drop this site's caches of earlier versions, and only those: another scope's
// are left alone, as is a cache of the older unscoped naming that is not ours.
self.onactivate = (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.map(async (key) =>
            (key.startsWith(PREFIX) && key !== CACHE) ||
            (key.startsWith('kindreflex-viewer-') &&
              (await (await caches.open(key)).match(registration.scope)))
              ? caches.delete(key)
              : 0,
          ),
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
  caches
    .open(CACHE)
    .then((cache) =>
      cache.match(request, { ignoreVary: true, ignoreSearch: request.mode === 'navigate' }),
    );

self.onfetch = (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    BUNDLE.includes(request.url)
      ? cached(request).then((hit) => hit || fetchAndKeep(request))
      : fetchAndKeep(request).catch((error) =>
          cached(request).then((hit) => hit || Promise.reject(error)),
        ),
  );
};
