/**
 * The version of a snapshot is a hash of its places, so that the app can tell
 * a complete, untampered download from a damaged one by recomputing it.
 * Browser-safe: Web Crypto (`globalThis.crypto.subtle`) exists in Node 20 and
 * in every browser the app supports, so the pipeline and the app share this code.
 */
import type { Place } from './place';

/** 16 hex characters (64 bits): plenty to tell two snapshots apart, short to show. */
const VERSION_LENGTH = 16;

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** First 16 hex characters of SHA-256 over `JSON.stringify(places)`, in the places' own key order. */
export async function snapshotVersion(places: readonly Place[]): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(places)));
  return toHex(digest).slice(0, VERSION_LENGTH);
}
