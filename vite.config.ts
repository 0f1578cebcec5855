import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { OSM_TILE_URL } from './src/map/config.ts';
import { tileRuntimeCaching } from './src/map/tile-cache.ts';
import { contentSecurityPolicy, tileOrigin } from './src/pwa/content-security-policy.ts';

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

export default defineConfig({
  define: {
    'import.meta.env.VITE_TILE_URL': JSON.stringify(tileUrl),
    'import.meta.env.VITE_COMMUNE_SCOPE': JSON.stringify(communeScope),
  },
  plugins: [
    preact(),
    securityHeaders(),
    chunkMap(),
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
        globIgnores: ['**/bench/**'],
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
    // The one chunk past Vite's 500 kB notice is the opening-hours evaluator (opening_hours embeds every country's
    // holidays, 725 kB / 119 kB gzipped): it loads after the first results, never on the first paint.
    chunkSizeWarningLimit: 800,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
