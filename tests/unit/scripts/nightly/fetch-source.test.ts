/**
 * Getting the national file costs nothing when it did not change: the
 * download is conditional (ETag, Last-Modified), and a file whose bytes are
 * last night's is not rebuilt. No network: the server is a function.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchSource, sha256Of, type FetchFunction } from '../../../../scripts/lib/nightly/fetch-source';
import { runNightly } from '../../../../scripts/lib/nightly/run-nightly';
import { readState, writeState } from '../../../../scripts/lib/nightly/state';
import { UnusableInputError } from '../../../../scripts/lib/snapshot/errors';
import { scratchFolder, testEnvironment } from '../snapshot/helpers';
import { CENTRE_VAL_DE_LOIRE, filesOf, nightPaths } from './helpers';

const URL = 'https://opendata.example/lieux-de-mediation-numerique.csv';
const CSV = 'id,nom\nx,Y\n';

/** A server that answers 304 to a request naming its current ETag, and records what it was asked. */
function server(etag: string, body: string) {
  const requests: Array<Record<string, string>> = [];
  const fetchFunction: FetchFunction = async (_url, init) => {
    requests.push(init.headers);
    if (init.headers['if-none-match'] === etag) return new Response(null, { status: 304 });
    return new Response(body, { status: 200, headers: { etag, 'last-modified': 'Mon, 30 Nov 2026 03:00:00 GMT' } });
  };
  return { requests, fetchFunction };
}

let scratch: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  scratch = scratchFolder();
});
afterEach(() => scratch.cleanup());

describe('fetching the national file', () => {
  it('downloads it the first time and keeps its ETag and Last-Modified', async () => {
    const { requests, fetchFunction } = server('"v1"', CSV);
    const fetched = await fetchSource(URL, undefined, fetchFunction);
    expect(fetched).toEqual({ status: 'new', text: CSV, sha256: sha256Of(CSV), etag: '"v1"', lastModified: 'Mon, 30 Nov 2026 03:00:00 GMT' });
    expect(requests[0]?.['if-none-match']).toBeUndefined();
  });

  it('asks with If-None-Match and If-Modified-Since, and a 304 is “unchanged”', async () => {
    const { requests, fetchFunction } = server('"v1"', CSV);
    const state = { source: URL, etag: '"v1"', last_modified: 'Mon, 30 Nov 2026 03:00:00 GMT', sha256: sha256Of(CSV) };
    const fetched = await fetchSource(URL, state, fetchFunction);
    expect(fetched.status).toBe('unchanged');
    expect(requests[0]).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 30 Nov 2026 03:00:00 GMT' });
  });

  it('calls a downloaded file with last night’s bytes “unchanged” (a server that ignores conditional requests)', async () => {
    const { fetchFunction } = server('"v2"', CSV);
    const fetched = await fetchSource(URL, { source: URL, etag: '"v1"', sha256: sha256Of(CSV) }, fetchFunction);
    expect(fetched.status).toBe('unchanged');
  });

  it('forgets the state of another source', async () => {
    const { requests, fetchFunction } = server('"v1"', CSV);
    const fetched = await fetchSource(URL, { source: 'https://elsewhere.example/file.csv', etag: '"v1"', sha256: sha256Of(CSV) }, fetchFunction);
    expect(fetched.status).toBe('new');
    expect(requests[0]?.['if-none-match']).toBeUndefined();
  });

  it('fails with the HTTP status, and reads a local path without any network', async () => {
    const failing: FetchFunction = async () => new Response('gone', { status: 503, statusText: 'Service Unavailable' });
    await expect(fetchSource(URL, undefined, failing)).rejects.toThrow(new UnusableInputError(`${URL}: HTTP 503 Service Unavailable`));
    const path = join(scratch.path, 'national.csv');
    writeFileSync(path, CSV);
    expect(await fetchSource(path, undefined)).toMatchObject({ status: 'new', text: CSV });
    expect((await fetchSource(path, { source: path, sha256: sha256Of(CSV) })).status).toBe('unchanged');
  });

  it('a night answered 304 writes nothing at all', async () => {
    const paths = nightPaths(scratch.path);
    mkdirSync(paths.nightlyDirectory, { recursive: true });
    writeState(join(paths.nightlyDirectory, 'state.json'), { source: URL, etag: '"v1"', sha256: 'abc' });
    const before = filesOf(scratch.path);
    const { fetchFunction } = server('"v1"', CSV);
    const outcome = await runNightly({
      settings: { source: URL, region: CENTRE_VAL_DE_LOIRE, maxRemovedShare: 0.1 },
      paths,
      environment: testEnvironment(),
      today: '2026-12-03',
      fetch: fetchFunction,
    });
    expect(outcome).toEqual({ status: 'unchanged', why: `${URL} answered 304 Not Modified` });
    expect(filesOf(scratch.path)).toEqual(before);
    expect(readState(join(paths.nightlyDirectory, 'state.json'))?.etag).toBe('"v1"');
  }, 60_000);
});
