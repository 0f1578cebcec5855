/**
 * The Content-Security-Policy of the app. Everything comes from our own origin;
 * the one exception is images from the configured map-tile host.
 * Styles: Leaflet and Preact set element.style through the CSSOM, which
 * style-src does not restrict, so no 'unsafe-inline' is needed.
 *
 * The same policy goes into index.html as a <meta> (works on any host) and,
 * with `frame-ancestors` (which a <meta> cannot carry), into the HTTP header
 * the deploy notes ask for (README, Deploy; dist/_headers for Netlify).
 */
export function contentSecurityPolicy(tileHost: string | null, { header = false }: { header?: boolean } = {}): string {
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
    // No other site may frame the app (clickjacking a kiosk's "forget" button, for one).
    ...(header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/**
 * The CSP source of a tile URL template's host, or null when it is not an
 * absolute http(s) URL. A placeholder as the first label (`{s}.tile.example.org`,
 * Leaflet's subdomains) becomes CSP's wildcard `*.tile.example.org`; a
 * placeholder anywhere else in the host cannot be expressed, so it gives null.
 */
export function tileOrigin(template: string): string | null {
  const match = /^(https?:\/\/)([^/?#]+)[/?#]/i.exec(template);
  if (!match) return null;
  const [, scheme, host] = match as unknown as [string, string, string];
  const wildcard = host.replace(/^\{[^}]+\}\./, '*.');
  if (/[{}]/.test(wildcard)) return null;
  return `${scheme.toLowerCase()}${wildcard}`;
}
