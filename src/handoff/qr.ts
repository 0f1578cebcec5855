/**
 * QR codes made on the device, as SVG: no network, no server. The `qrcode`
 * library (23 kB minified) never comes with the first paint: the codes are
 * drawn in one worker (src/handoff/qr-worker.ts), kept while codes are asked
 * for, or, where none can run, with the library imported here on first use.
 * The SVG becomes a data: URL for an <img> (the CSP's img-src allows data:),
 * so no markup is ever injected.
 */
import { canStartWorkers, keptWorker, type KeptWorker } from '../scheduling/in-worker';

/** A kiosk or a mediator's tablet stays on all day: the worker goes after this long without a code to draw. */
export const QR_WORKER_REST_MS = 30_000;

const cache = new Map<string, Promise<string>>();

const qrWorker = (): Worker => new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module', name: 'boussole-qr' });

const drawHere = (text: string): Promise<string> => import('./qr-draw').then(({ drawQr }) => drawQr(text));

let drawer: KeptWorker<string, string> | undefined;
let drawing = 0;
let rest: ReturnType<typeof setTimeout> | undefined;

function draw(text: string, startWorker: (() => Worker) | undefined): Promise<string> {
  drawer ??= keptWorker(startWorker, drawHere);
  clearTimeout(rest);
  drawing += 1;
  const drawn = drawer.ask(text);
  const done = () => {
    drawing -= 1;
    if (drawing > 0) return;
    rest = setTimeout(() => {
      drawer?.stop();
      drawer = undefined;
    }, QR_WORKER_REST_MS);
  };
  drawn.then(done, done);
  return drawn;
}

export function qrDataUrl(text: string, startWorker: (() => Worker) | undefined = canStartWorkers() ? qrWorker : undefined): Promise<string> {
  let url = cache.get(text);
  if (!url) {
    url = draw(text, startWorker);
    url.catch(() => cache.delete(text));
    if (cache.size > 200) cache.clear();
    cache.set(text, url);
  }
  return url;
}
