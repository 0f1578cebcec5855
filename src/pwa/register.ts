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
  const registration = await workbox.register();
  if (!registration) return;

  const applyNow = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
  };
  // Watched on the registration itself, not through workbox-window's "waiting" event: that one guesses which
  // updates are "its own", and misses some of those found long after the page started — a kiosk's case.
  const offerIfWaiting = () => {
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(applyNow);
  };
  registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offerIfWaiting));
  offerIfWaiting();
}
