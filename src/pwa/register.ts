import { Workbox } from 'workbox-window';

/**
 * Registers the service worker that keeps the app and its data available
 * offline. A new version waits until the next start instead of reloading the
 * page under the person's fingers.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  await workbox.register();
}
