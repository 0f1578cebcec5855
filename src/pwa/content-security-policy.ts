/**
 * The Content-Security-Policy of the app. Everything comes from our own origin;
 * the one exception is images from the configured map-tile host.
 * Styles: Leaflet and Preact set element.style through the CSSOM, which
 * style-src does not restrict, so no 'unsafe-inline' is needed.
 */
export function contentSecurityPolicy(tileHost: string | null): string {
  const images = ["'self'", 'data:', tileHost].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${images}`,
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The scheme and host of a tile URL template, or null when it is not an absolute http(s) URL. */
export function tileOrigin(template: string): string | null {
  const match = /^(https?:\/\/[^/]+)\//.exec(template);
  return match?.[1] ?? null;
}
