/* Officer's card checker: verifies a card's signature and dates on the phone, offline, with the public keys
   from /cards/keys.json (kept by the service worker and in localStorage); asks the server about revocation
   when online. No framework: it has to run on a cheap phone. Texts come from the page's data-msg-* attributes. */
(function () {
  'use strict';
  var root = document.getElementById('card-scan');
  if (!root || !window.crypto || !crypto.subtle) { return; }
  var $ = function (id) { return document.getElementById(id); };
  var msg = function (k) { return root.getAttribute('data-msg-' + k) || k; };
  var keys = {};
  var STORE = 'hoiso.cardKeys';
  var BAD = { FORGED: 1, UNKNOWN_KEY: 1, MALFORMED: 1 };

  function status(text) { $('scan-status').textContent = text; }

  /** Half the order of P-256, big-endian: a signature whose s is above it is refused, as on the server (low-s only). */
  var HALF_N = '7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8';
  function highS(sig) {
    for (var i = 0; i < 32; i++) {
      var limit = parseInt(HALF_N.substr(2 * i, 2), 16);
      if (sig[32 + i] !== limit) { return sig[32 + i] > limit; }
    }
    return false;
  }

  /** Decodes base64url, refusing any but the canonical spelling (as the server does). */
  function bytes(b64url) {
    var s = b64url.replace(/-/g, '+').replace(/_/g, '/');
    while (s.length % 4) { s += '='; }
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
    if (btoa(bin).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_') !== b64url) { throw new Error('not canonical'); }
    return out;
  }

  function importKeys(doc) {
    keys = {};
    return Promise.all((doc.keys || []).map(function (k) {
      return crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: k.x, y: k.y, ext: true },
        { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']).then(function (key) { keys[k.kid] = key; });
    }));
  }

  var keysReady = fetch(root.dataset.keys, { credentials: 'same-origin' })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (doc) { try { localStorage.setItem(STORE, JSON.stringify(doc)); } catch (e) { /* private mode */ } return doc; })
    .catch(function () { var s = localStorage.getItem(STORE); if (!s) { throw new Error('no keys'); } return JSON.parse(s); })
    .then(importKeys)
    .then(function () { status(msg('keys-loaded')); }, function () { status(msg('keys-missing')); });

  /** Today in Viet Nam (UTC+7, no daylight saving), as yyyy-mm-dd like the card's dates. */
  function today() { return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10); }

  /** The same rules as CardToken.verify on the server. */
  function check(token) {
    var parts = token.trim().split('.');
    if (parts.length !== 3 || parts[0] !== 'HS1') { return Promise.resolve({ status: 'MALFORMED' }); }
    var payload, sig, c;
    try { payload = bytes(parts[1]); sig = bytes(parts[2]); } catch (e) { return Promise.resolve({ status: 'MALFORMED' }); }
    if (sig.length !== 64 || payload.length === 0) { return Promise.resolve({ status: 'MALFORMED' }); }
    try { c = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload)); } catch (e) { c = null; }
    if (!c || typeof c.k !== 'string' || typeof c.n !== 'string' || typeof c.f !== 'string' || typeof c.t !== 'string') {
      return Promise.resolve({ status: 'FORGED' });
    }
    var key = keys[c.k];
    if (!key) { return Promise.resolve({ status: 'UNKNOWN_KEY' }); }
    if (highS(sig)) { return Promise.resolve({ status: 'FORGED' }); }
    return crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, sig, new TextEncoder().encode(parts[1]))
      .then(function (ok) {
        if (!ok) { return { status: 'FORGED' }; }
        var d = today();
        return { status: d < c.f ? 'NOT_YET_VALID' : d > c.t ? 'EXPIRED' : 'VALID', claims: c };
      });
  }

  function showDate(iso) { var p = iso.split('-'); return p[2] + '/' + p[1] + '/' + p[0]; }

  function verdict(code) {
    var v = $('scan-verdict');
    v.textContent = msg(code.toLowerCase().replace(/_/g, '-'));
    v.setAttribute('data-status', code);
    v.className = 'verdict ' + (code === 'VALID' ? 'ok' : BAD[code] || code === 'REVOKED' ? 'bad' : 'warn');
  }

  function show(result) {
    $('scan-result').hidden = false;
    verdict(result.status);
    var c = result.claims;
    $('scan-name').textContent = c ? c.n : '—';
    $('scan-unit').textContent = c ? c.un + (c.u ? ' (' + c.u + ')' : '') : '—';
    $('scan-until').textContent = c ? showDate(c.t) : '—';
    $('scan-online').textContent = '';
  }

  /** Revocation is only known to the server: ask when there is a network, say so when there is none. */
  function askServer(token) {
    if (navigator.onLine === false) { $('scan-online').textContent = msg('online-unavailable'); return; }
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[root.dataset.csrfHeader] = root.dataset.csrfToken;
    fetch(root.dataset.verify, { method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify({ token: token }) })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (j) {
        if (j.status === 'REVOKED' || j.status === 'EXPIRED') { verdict(j.status); }
        $('scan-online').textContent = msg('online-checked');
      })
      .catch(function () { $('scan-online').textContent = msg('online-unavailable'); });
  }

  function run(token) {
    keysReady.then(function () { return check(token); }).then(function (result) {
      show(result);
      if (!BAD[result.status]) { askServer(token.trim()); }
    });
  }

  $('scan-form').addEventListener('submit', function (e) {
    e.preventDefault();
    run($('scan-token').value);
  });

  // Camera scanning where the browser can read QR codes itself (Chrome on Android); typing or pasting elsewhere.
  if ('BarcodeDetector' in window && navigator.mediaDevices) {
    var button = $('scan-camera');
    button.hidden = false;
    button.addEventListener('click', function () {
      var video = $('scan-video');
      var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
        video.srcObject = stream;
        video.hidden = false;
        video.play();
        var stop = function () { stream.getTracks().forEach(function (t) { t.stop(); }); video.hidden = true; };
        var look = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length) { stop(); $('scan-token').value = codes[0].rawValue; run(codes[0].rawValue); } else { setTimeout(look, 250); }
          }, function () { setTimeout(look, 250); });
        };
        look();
      }, function () { status(msg('camera-failed')); });
    });
  }

  // Installable and offline: the service worker keeps this page, its script and styles, and the keys.
  // The page keeps its own styles and scripts by the exact addresses it loaded them from (they carry versions).
  if ('serviceWorker' in navigator && window.caches) {
    var assets = [location.pathname, root.dataset.keys].concat(Array.prototype.map.call(
      document.querySelectorAll('link[rel=stylesheet], link[rel=manifest], script[src]'),
      function (e) { return new URL(e.href || e.src, location.href).pathname; }));
    navigator.serviceWorker.register(root.dataset.sw, { scope: root.dataset.scope })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function () { return caches.open('hoiso-cards-v1'); })
      .then(function (cache) { return cache.addAll(assets); })
      .then(function () { root.setAttribute('data-offline-ready', 'true'); status(msg('offline-ready')); })
      .catch(function () { /* no offline use; the page still works online */ });
  }
}());
