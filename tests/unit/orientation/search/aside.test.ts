import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { placeSearchAside, type SearchMessage } from '../../../../src/orientation/search/aside';
import type { Numbered } from '../../../../src/scheduling/in-worker';
import { createPlaceIndex } from '../../../../src/orientation/search/place-index';
import type { Snapshot } from '../../../../src/places/place';
import labels from '../../../../src/places/locales/fr.json';

afterEach(() => vi.unstubAllGlobals());

const snapshot = JSON.parse(readFileSync('public/data/snapshot.json', 'utf8')) as Snapshot;
const onThePage = createPlaceIndex(snapshot.places, labels.typologie);
const QUERIES = ['mediateque luce', 'chatoroux', 'france servise', 'wifi', 'tours m'];

/**
 * The real worker module (src/orientation/search/search-worker.ts) in a stand-in worker scope, in this process:
 * messages cross as structured clones, on a later tick, both ways, as between a page and its worker.
 */
async function realSearchWorker({ failOnQuery = false } = {}) {
  let workerSide: ((event: MessageEvent<Numbered<SearchMessage>>) => void) | null = null;
  const page = { onmessage: null, onerror: null, onmessageerror: null } as unknown as Worker;
  const received: SearchMessage[] = [];
  let terminated = false;
  vi.stubGlobal('self', {
    postMessage: (reply: unknown) => setTimeout(() => page.onmessage?.(new MessageEvent('message', { data: structuredClone(reply) }))),
    set onmessage(handler: typeof workerSide) {
      workerSide = handler;
    },
  });
  vi.resetModules();
  await import('../../../../src/orientation/search/search-worker');
  page.postMessage = (message: Numbered<SearchMessage>) => {
    received.push(structuredClone(message.body));
    setTimeout(() => {
      if (failOnQuery && message.body.kind === 'query') return page.onerror?.(new Event('error') as ErrorEvent);
      workerSide!(new MessageEvent('message', { data: structuredClone(message) }));
    });
  };
  page.terminate = () => void (terminated = true);
  return { start: () => page, received, terminated: () => terminated };
}

describe('placeSearchAside (the place search in a worker)', () => {
  it('answers each query with the hits of the same index built on the page', async () => {
    const worker = await realSearchWorker();
    const search = placeSearchAside(snapshot.places, labels.typologie, worker.start);
    for (const query of QUERIES) expect(await search.search(query, 20), query).toEqual(onThePage.search(query, 20));
  });

  it('sends the worker only what the search reads of each place', async () => {
    const worker = await realSearchWorker();
    placeSearchAside(snapshot.places, labels.typologie, worker.start);
    const sent = worker.received[0];
    if (sent?.kind !== 'places') throw new Error('the places were not sent first');
    expect(sent.places).toHaveLength(snapshot.places.length);
    expect(Object.keys(sent.places[0]!).sort()).toEqual(['code_postal', 'commune', 'complements', 'dispositif_programmes_nationaux', 'id', 'nom', 'services', 'typologie']);
    expect(JSON.stringify(sent.places)).not.toContain('presentation');
  });

  it('gives each of several queries in flight its own answer', async () => {
    const worker = await realSearchWorker();
    const search = placeSearchAside(snapshot.places, labels.typologie, worker.start);
    const answers = await Promise.all(QUERIES.map((query) => search.search(query, 10)));
    expect(answers).toEqual(QUERIES.map((query) => onThePage.search(query, 10)));
  });

  it('searches on the page when the worker fails, for the query in flight and the next ones', async () => {
    const worker = await realSearchWorker({ failOnQuery: true });
    const search = placeSearchAside(snapshot.places, labels.typologie, worker.start);
    expect(await search.search('chatoroux', 20)).toEqual(onThePage.search('chatoroux', 20));
    expect(worker.terminated()).toBe(true);
    expect(await search.search('wifi', 20)).toEqual(onThePage.search('wifi', 20));
    expect(worker.received.filter((message) => message.kind === 'query')).toHaveLength(1);
  });

  it('searches on the page where no worker can start', async () => {
    const refused = placeSearchAside(snapshot.places, labels.typologie, () => {
      throw new Error('SecurityError');
    });
    expect(await refused.search('france servise', 20)).toEqual(onThePage.search('france servise', 20));
    const none = placeSearchAside(snapshot.places, labels.typologie, undefined);
    expect(await none.search('tours m', 20)).toEqual(onThePage.search('tours m', 20));
  });
});

describe('a place search let go', () => {
  it('stops its worker and builds no index on the page for a late query', async () => {
    const worker = await realSearchWorker();
    const search = placeSearchAside(snapshot.places, labels.typologie, worker.start);
    search.stop();
    expect(worker.terminated()).toBe(true);
    const late = vi.fn();
    void search.search('wifi', 20).then(late);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(late).not.toHaveBeenCalled();
    expect(worker.received.filter((message) => message.kind === 'query')).toHaveLength(0);
  });
});
