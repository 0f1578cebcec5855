/**
 * QR codes made on the device, as SVG: no network, no server. The `qrcode`
 * library (23 kB minified) never comes with the first paint: each code is
 * drawn in a worker (src/handoff/qr-worker.ts), or, where none can run, with
 * the library imported here on first use. The SVG becomes a data: URL for an
 * <img> (the CSP's img-src allows data:), so no markup is ever injected.
 */
import { canStartWorkers, inWorker } from '../scheduling/in-worker';

const cache = new Map<string, Promise<string>>();

const qrWorker = (): Worker => new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module', name: 'boussole-qr' });

const drawHere = (text: string): Promise<string> => import('./qr-draw').then(({ drawQr }) => drawQr(text));

export function qrDataUrl(text: string, startWorker: (() => Worker) | undefined = canStartWorkers() ? qrWorker : undefined): Promise<string> {
  let url = cache.get(text);
  if (!url) {
    url = inWorker(startWorker, text, () => drawHere(text));
    url.catch(() => cache.delete(text));
    if (cache.size > 200) cache.clear();
    cache.set(text, url);
  }
  return url;
}
