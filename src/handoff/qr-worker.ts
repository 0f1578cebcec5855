/**
 * A dedicated worker that draws QR codes (src/handoff/qr-draw.ts): a list's printout holds three, and on a slow
 * phone each took the page's main thread for a tenth of a second, just as its results arrived. One worker draws
 * them all, its library loaded once.
 */
import { answerEachMessage } from '../scheduling/in-worker';
import { drawQr } from './qr-draw';

declare const self: DedicatedWorkerGlobalScope;

answerEachMessage(self, drawQr);
