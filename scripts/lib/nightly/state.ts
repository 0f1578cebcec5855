/**
 * data/nightly/state.json: what the last published night downloaded — the
 * source, its ETag and Last-Modified for the next conditional request, and the
 * SHA-256 of its bytes (so a server that ignores conditional requests still
 * costs no rebuild when the file did not change). Written only when a night
 * publishes, so a night with nothing new leaves the repository untouched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../snapshot/atomic-write';

export interface NightlyState {
  source: string;
  etag?: string;
  last_modified?: string;
  sha256: string;
}

export function readState(file: string): NightlyState | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<NightlyState>;
    return typeof parsed.source === 'string' && typeof parsed.sha256 === 'string' ? (parsed as NightlyState) : undefined;
  } catch {
    // A damaged state only costs one full download.
    return undefined;
  }
}

export function writeState(file: string, state: NightlyState): void {
  const ordered: NightlyState = {
    source: state.source,
    ...(state.etag === undefined ? {} : { etag: state.etag }),
    ...(state.last_modified === undefined ? {} : { last_modified: state.last_modified }),
    sha256: state.sha256,
  };
  writeFileAtomic(file, `${JSON.stringify(ordered, null, 2)}\n`);
}
