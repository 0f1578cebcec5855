/**
 * The floor of an offline cold start on this machine: a site with nothing but
 * an HTML page, a one-line module that paints one result, and a service worker
 * that serves both from its cache. It is opened exactly as the app is (fresh
 * profile, first visit, browser closed, reopened offline at 4×): its time is
 * what the browser itself costs — starting a renderer, the service worker,
 * parsing a page — and what Boussole's own cold start adds shows above it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Plancher</title>
    <script type="module" src="/floor.js"></script>
  </head>
  <body><main></main></body>
</html>
`,
  'floor.js': `const list = document.createElement('ol');
list.className = 'results';
list.append(Object.assign(document.createElement('li'), { textContent: 'Médiathèque' }));
document.querySelector('main').append(list);
if (navigator.onLine) navigator.serviceWorker.register('/sw.js');
`,
  'sw.js': `const FILES = ['/', '/floor.js'];
self.addEventListener('install', (event) => event.waitUntil(caches.open('floor').then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting())));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const key = event.request.mode === 'navigate' ? '/' : url.pathname;
  event.respondWith(caches.match(key).then((hit) => hit || fetch(event.request)));
});
`,
};

/** Writes the floor site into `folder` (created) and returns it. */
export function writeFloorSite(folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(folder, name), text);
  return folder;
}
