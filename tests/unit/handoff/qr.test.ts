import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeWorker } from '../fixtures/fake-worker';

afterEach(() => vi.useRealTimers());

/** The module afresh: its worker and its cache are the module's own. */
async function freshQr() {
  vi.resetModules();
  return import('../../../src/handoff/qr');
}

const drawing = () => fakeWorker((text) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text as string)}`);

describe('qrDataUrl', () => {
  it('draws the codes of a printout in one worker, and lets it go after a rest', async () => {
    vi.useFakeTimers();
    const { qrDataUrl, QR_WORKER_REST_MS } = await freshQr();
    const worker = drawing();
    const start = vi.fn(worker.start);
    const codes = Promise.all(['tel:+33247000000', 'https://boussole.example/lieu/a', 'geo:47.39,0.69'].map((text) => qrDataUrl(text, start)));
    await vi.advanceTimersByTimeAsync(10);
    expect((await codes).map((url) => decodeURIComponent(url.split(',')[1]!))).toEqual(['tel:+33247000000', 'https://boussole.example/lieu/a', 'geo:47.39,0.69']);
    expect(start).toHaveBeenCalledTimes(1);
    expect(worker.terminated()).toBe(false);

    await vi.advanceTimersByTimeAsync(QR_WORKER_REST_MS);
    expect(worker.terminated()).toBe(true);
    const again = qrDataUrl('tel:+33100000000', start);
    await vi.advanceTimersByTimeAsync(10);
    await again;
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('draws the SVG on the page where no worker runs', async () => {
    const { qrDataUrl } = await freshQr();
    const url = await qrDataUrl('tel:+33247000000', undefined);
    expect(url).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    expect(decodeURIComponent(url)).toContain('<path');
  });
});
