import { Workbox } from 'workbox-window';
import { offerUpdate } from './update';

/**
 * Registers the service worker that keeps the app and its data available
 * offline. A new version waits (the service worker does not skip waiting on
 * its own) and is offered (src/pwa/update.ts): applied on the person's tap, or
 * at a kiosk's idle reset, then the page reloads into it.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () =>
    offerUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    }),
  );
  await workbox.register();
}
