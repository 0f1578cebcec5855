import { useEffect, useState } from 'preact/hooks';

/**
 * Asks the browser to keep this site's data when space runs low, once the
 * places are stored: the person has just gained something worth keeping, and
 * Chromium grants it silently to a site in use (no prompt to puzzle over).
 */
export async function askToKeepData(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

/** Bytes this site uses on the device (app, places, map tiles), when the browser tells. */
export function useStorageUsed(active: boolean): number | undefined {
  const [used, setUsed] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !navigator.storage?.estimate) return;
    let alive = true;
    navigator.storage.estimate().then(
      (estimate) => alive && setUsed(estimate.usage),
      () => undefined,
    );
    return () => void (alive = false);
  }, [active]);
  return used;
}

/** "1,4 Mo" in the language's own figures. */
export function formatMegabytes(bytes: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)}`;
}
