import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckRequest } from '../../../src/places/check-aside';
import { checkSnapshotAside, prepareSnapshotCheck } from '../../../src/places/check-aside';
import type { Place, Snapshot } from '../../../src/places/place';
import { snapshotVersion } from '../../../src/places/snapshot-version';
import { fakeWorker } from '../fixtures/fake-worker';
import type { Numbered } from '../../../src/scheduling/in-worker';
import { makePlace } from '../fixtures/place';

afterEach(() => vi.unstubAllGlobals());

async function snapshotText(places: Place[]): Promise<string> {
  const snapshot: Snapshot = { version: await snapshotVersion(places), generated_at: '2026-11-01', counts: { places: places.length }, places };
  return JSON.stringify(snapshot);
}

/** The real worker module (src/places/check-worker.ts), loaded in a stand-in worker scope: what the page posts reaches it. */
async function realCheckWorker() {
  let onmessage: ((event: MessageEvent<Numbered<CheckRequest>>) => void) | null = null;
  let replied: (reply: Numbered<unknown>) => void = () => undefined;
  const scope = {
    postMessage: (reply: Numbered<unknown>) => replied(reply),
    set onmessage(handler: typeof onmessage) {
      onmessage = handler;
    },
  };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('../../../src/places/check-worker');
  return fakeWorker(
    (request) =>
      new Promise((resolve) => {
        replied = (reply) => resolve(reply.body);
        onmessage!(new MessageEvent('message', { data: { id: 0, body: request as CheckRequest } }));
      }),
  );
}

describe('checkSnapshotAside (the snapshot check in a worker)', () => {
  const places = ['a', 'b', 'c'].map((id) => makePlace({ id }));

  it('gets the worker its text and the previous count, and the page the places normalised', async () => {
    const worker = await realCheckWorker();
    const text = await snapshotText(places);
    const verdict = await checkSnapshotAside(text, { count: 3 }, worker.start);
    expect(verdict.ok && verdict.snapshot.places.map((place) => place.id)).toEqual(['a', 'b', 'c']);
    expect(worker.posted()).toEqual([{ text, previous: { count: 3 } }]);
    expect(worker.terminated()).toBe(true);
  });

  it("passes the worker's refusals on as they are: the previous count reaches the check", async () => {
    const worker = await realCheckWorker();
    const verdict = await checkSnapshotAside(await snapshotText(places), { count: 10 }, worker.start);
    expect(verdict).toMatchObject({ ok: false, code: 'fewer-places' });
  });

  it('checks on this thread where no worker can run, with the same verdict', async () => {
    const text = await snapshotText(places);
    const failing = fakeWorker(() => 'error');
    expect(await checkSnapshotAside(text.slice(0, 40), undefined, failing.start)).toMatchObject({ ok: false, code: 'truncated' });
    expect(await checkSnapshotAside(text, undefined, undefined)).toMatchObject({ ok: true, skipped: 0 });
  });

  it('starts the worker before the text is there (its code loads during the download), and stops it when told', async () => {
    const worker = await realCheckWorker();
    let starts = 0;
    const checker = prepareSnapshotCheck(() => (starts++, worker.start()));
    expect(starts).toBe(1);
    const verdict = await checker.check(await snapshotText(places));
    expect(verdict.ok).toBe(true);
    expect(starts).toBe(1);

    const unused = fakeWorker(() => 'never asked');
    prepareSnapshotCheck(unused.start).cancel();
    expect(unused.terminated()).toBe(true);
  });
});
