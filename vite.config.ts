import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { OSM_TILE_URL } from './src/map/config.ts';
import { tileRuntimeCaching } from './src/map/tile-cache.ts';
import { contentSecurityPolicy, tileOrigin } from './src/pwa/content-security-policy.ts';
import { readFileSync } from 'node:fs';
import { versionFileOf } from './src/places/version-file.ts';
import { communeCentres } from './scripts/lib/communes/commune-centres-plugin.ts';
import { frenchHolidaysOnly } from './scripts/lib/hours/french-holidays-plugin.ts';

// The only third-party origin the app may ever contact: the configured map tiles.
const tileUrl = process.env.VITE_TILE_URL ?? OSM_TILE_URL;
// 'region' (default) or 'france': which communes "where am I" ships (src/orientation/where/load.ts).
const communeScope = process.env.VITE_COMMUNE_SCOPE === 'france' ? 'france' : 'region';

/** Writes the CSP into index.html at build time, so it follows the configured tile host. */
function securityHeaders(): Plugin {
  return {
    name: 'boussole-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '<!--csp-->',
          `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(tileOrigin(tileUrl))}" />`,
        ),
    },
  };
}

/**
 * Writes dist/.vite/chunks.json: each chunk's modules and static imports, so one
 * test of the built app (tests/e2e/first-paint.spec.ts) can say what the first
 * paint carries. Under .vite/, like Vite's own manifest: never precached or served.
 */
function chunkMap(): Plugin {
  return {
    name: 'boussole-chunk-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      const root = process.cwd();
      const chunks = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk'
          ? [{ file: output.fileName, entry: output.facadeModuleId?.replace(`${root}/`, ''), imports: output.imports, modules: Object.keys(output.modules).map((id) => id.replace(`${root}/`, '')) }]
          : [],
      );
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: JSON.stringify(chunks) });
    },
  };
}

/**
 * Writes data/version.json beside the shipped snapshot: the few dozen bytes an online start downloads to
 * learn whether the snapshot changed (src/places/snapshot-sync.ts, updateSnapshot).
 */
function snapshotVersionFile(): Plugin {
  return {
    name: 'boussole-snapshot-version',
    apply: 'build',
    generateBundle() {
      const text = readFileSync(new URL('./public/data/snapshot.json', import.meta.url), 'utf8');
      const snapshot = JSON.parse(text) as Parameters<typeof versionFileOf>[0];
      this.emitFile({ type: 'asset', fileName: 'data/version.json', source: `${JSON.stringify(versionFileOf(snapshot, Buffer.byteLength(text)))}\n` });
    },
  };
}

/**
 * Writes dist/_headers, which Netlify (and Cloudflare Pages) read: the CSP as an HTTP header with
 * frame-ancestors, the referrer policy, and the cache rules of the deploy notes (README, Deploy).
 */
function deployHeaders(): Plugin {
  const noCache = 'Cache-Control: no-cache';
  return {
    name: 'boussole-deploy-headers',
    apply: 'build',
    generateBundle() {
      const source = [
        '/*',
        `  Content-Security-Policy: ${contentSecurityPolicy(tileOrigin(tileUrl), { header: true })}`,
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  X-Content-Type-Options: nosniff',
        ...['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/data/*'].flatMap((path) => [path, `  ${noCache}`]),
        '/assets/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: '_headers', source });
    },
  };
}

export default defineConfig({
  define: {
    'import.meta.env.VITE_TILE_URL': JSON.stringify(tileUrl),
    'import.meta.env.VITE_COMMUNE_SCOPE': JSON.stringify(communeScope),
  },
  plugins: [
    preact(),
    communeCentres(communeScope),
    frenchHolidaysOnly(),
    securityHeaders(),
    chunkMap(),
    snapshotVersionFile(),
    deployHeaders(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false, // src/pwa owns the service-worker conversation (workbox-window).
      manifest: {
        name: 'Boussole — aide au numérique près de chez moi',
        short_name: 'Boussole',
        description: "Trouver un lieu d'aide au numérique en Centre-Val de Loire, même sans réseau.",
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icons/icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,webmanifest,woff2}'],
        // The version file is asked of the network at each online start: a precached copy would only go stale.
        globIgnores: ['**/bench/**', '**/data/version.json'],
        // The snapshot is precached without a cache-busting download: the install reuses the copy the page
        // has just fetched (HTTP cache, revalidated by ETag), so a first visit downloads it once, not twice.
        dontCacheBustURLsMatching: /^data\/snapshot\.json$/,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/data\//, /^\/geo\//, /^\/bench\//],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so the very first visit already works offline afterwards.
        clientsClaim: true,
        runtimeCaching: [tileRuntimeCaching(tileUrl)],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Each file is a request through the service worker and a task on a slow phone's main thread: the app's start
    // comes in two files instead of some forty. `boot` is index.html's entry and what it imports (it begins reading
    // the places at once); `start` is src/main.tsx with everything it imports statically. Lazy screens and their
    // parts (map, hours, guides, hand-off, Dexie) keep their own chunks.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', tags: ['$initial'], priority: 2 },
            { name: 'start', test: /src[\\/]main\.tsx$/, priority: 1 },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
