/**
 * A dedicated worker that draws one QR code (src/handoff/qr-draw.ts): a list's printout holds three, and on a slow
 * phone each took the page's main thread for a tenth of a second, just as its results arrived.
 */
import { drawQr } from './qr-draw';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<string>) => {
  drawQr(event.data).then(
    (url) => self.postMessage(url),
    (error: unknown) => {
      // Thrown again outside the promise, it reaches the page's `onerror`, which draws the code there instead.
      setTimeout(() => {
        throw error;
      });
    },
  );
};
