/* Service worker of the officer's card checker (scope /cards/): keeps the scan page, its script and styles and
   the public keys, so the page opens and verifies cards without a network. Network first, so keys and page stay
   fresh whenever there is one; the kept copy otherwise. */
var CACHE = 'hoiso-cards-v1';
var KEPT = ['/cards/scan', '/cards/keys.json', '/cards/manifest.webmanifest', '/js/card-scan.js', '/css/card.css', '/css/hoiso.css'];
/* Styles and scripts by their exact (versioned) addresses: the scan page adds those it loads to the cache itself. */
var ASSET_PREFIXES = ['/webjars/', '/css/', '/js/'];

function kept(path) {
  return KEPT.indexOf(path) >= 0 || ASSET_PREFIXES.some(function (p) { return path.indexOf(p) === 0; });
}

self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(KEPT); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n !== CACHE; }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (e) {
  var url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin || !kept(url.pathname)) { return; }
  e.respondWith(fetch(e.request).then(function (r) {
    // A sign-in page instead of the scan page (session ended) must not replace the kept copy.
    if (r.ok && !r.redirected) { var copy = r.clone(); caches.open(CACHE).then(function (c) { c.put(url.pathname, copy); }); }
    return r;
  }).catch(function () { return caches.match(url.pathname); }));
});
