/**
 * Gets tonight's national file. An http(s) URL is asked with If-None-Match /
 * If-Modified-Since from the last published night: a 304 costs no download.
 * Anything else is a local path (what the tests use: no network there). In
 * both cases a file whose bytes hash as last night's is "unchanged".
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UnusableInputError } from '../snapshot/errors';
import type { NightlyState } from './state';

export type Fetched =
  | { status: 'unchanged'; why: string }
  | { status: 'new'; text: string; sha256: string; etag?: string; lastModified?: string };

export type FetchFunction = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

/** The national file is tens of megabytes: a stalled download fails the night rather than hanging the runner. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

export const sha256Of = (text: string): string => createHash('sha256').update(text).digest('hex');

const isHttp = (source: string): boolean => /^https?:\/\//i.test(source);

function unchangedOrNew(text: string, previous: NightlyState | undefined, headers: { etag?: string; lastModified?: string } = {}): Fetched {
  const sha256 = sha256Of(text);
  if (previous && previous.sha256 === sha256) return { status: 'unchanged', why: `same content as the last published night (sha256 ${sha256.slice(0, 12)}…)` };
  return { status: 'new', text, sha256, ...headers };
}

export async function fetchSource(source: string, previous: NightlyState | undefined, fetchFunction: FetchFunction = fetch): Promise<Fetched> {
  if (!isHttp(source)) {
    const path = source.startsWith('file:') ? fileURLToPath(source) : source;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new UnusableInputError(`${path}: unreadable (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    return unchangedOrNew(text, previous?.source === source ? previous : undefined);
  }
  const sameSource = previous?.source === source ? previous : undefined;
  const headers: Record<string, string> = { accept: 'text/csv, */*' };
  if (sameSource?.etag) headers['if-none-match'] = sameSource.etag;
  if (sameSource?.last_modified) headers['if-modified-since'] = sameSource.last_modified;
  let response: Response;
  try {
    response = await fetchFunction(source, { headers, signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    throw new UnusableInputError(`${source}: download failed (${(error as Error).message})`);
  }
  if (response.status === 304) return { status: 'unchanged', why: `${source} answered 304 Not Modified` };
  if (!response.ok) throw new UnusableInputError(`${source}: HTTP ${response.status} ${response.statusText}`);
  const text = await response.text();
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return unchangedOrNew(text, sameSource, { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) });
}
