/**
 * A dedicated worker that draws one QR code (src/handoff/qr-draw.ts): a list's printout holds three, and on a slow
 * phone each took the page's main thread for a tenth of a second, just as its results arrived.
 */
import { answerMessages } from '../scheduling/in-worker';
import { drawQr } from './qr-draw';

declare const self: DedicatedWorkerGlobalScope;

answerMessages(self, drawQr);
