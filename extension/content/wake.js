// Runs at document_start, before the page is parsed: wakes the background (a service worker
// that the browser stops after 30 s idle) so that it starts, compiles the module and builds
// the core's tables while the page loads, instead of after the article has been read. The
// message carries nothing about the page. Not sent on sites the reader switched off.
(() => {
  'use strict';
  const api = globalThis.browser ?? globalThis.chrome;
  const host = location.hostname;
  api.storage.local.get('disabledSites').then((stored) => {
    const off = stored && Array.isArray(stored.disabledSites) && stored.disabledSites.includes(host);
    if (!off) return api.runtime.sendMessage({ type: 'warm' });
    return null;
  }).catch(() => {});
})();
