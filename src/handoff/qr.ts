/**
 * QR codes made on the device, as SVG: no network, no server. The `qrcode`
 * library (23 kB minified) is imported on first use only, never in the first
 * paint. The SVG becomes a data: URL for an <img> (the CSP's img-src allows
 * data:), so no markup is ever injected into the page.
 */
const cache = new Map<string, Promise<string>>();

export function qrDataUrl(text: string): Promise<string> {
  let url = cache.get(text);
  if (!url) {
    url = import('qrcode').then(async (module) => {
      const qrcode = (module as unknown as { default?: typeof module }).default ?? module;
      // Level M survives a crease or a smudge on paper; a 4-module quiet zone is what phone cameras expect.
      const svg = await qrcode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    });
    url.catch(() => cache.delete(text));
    if (cache.size > 200) cache.clear();
    cache.set(text, url);
  }
  return url;
}
