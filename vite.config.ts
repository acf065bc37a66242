import { minimal2023Preset } from '@vite-pwa/assets-generator/config';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY } from './server/headers.ts';
import { NAVIGATE_FALLBACK_ALLOWLIST, NAVIGATE_FALLBACK_DENYLIST } from './server/navigation.ts';
import { precompressBuild } from './server/precompress.ts';
import { artefactsFolder, moveArtefacts } from './server/public-build.ts';

const BRAND = '#1d3a57';
// The page's background (--color-surface-sunken): the splash screen of the installed app.
const PAPER = '#f4f3ef';

/**
 * The Content-Security-Policy of the production build also as a meta tag, for a static host that
 * cannot set headers (the servers of server/ and deploy/ send it as a header, with frame-ancestors,
 * which a meta tag cannot carry). Left out of the dev server, whose hot reload injects inline scripts.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Only the app in dist/: source maps, Vite's manifest and the benchmark's baseline page move to
 * build-artefacts/ once the bundle is written, before the service worker's precache list is made
 * from dist/ (server/public-build.ts).
 */
function keepArtefactsOutOfTheBuild(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'keep-artefacts-out-of-the-build',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const dist = path.resolve(config.root, config.build.outDir);
        const moved = await moveArtefacts(dist, artefactsFolder(dist));
        config.logger.info(
          `moved ${moved.length} files that are no part of the app to build-artefacts/`,
        );
      },
    },
  };
}

/** Brotli and gzip copies of the build's text files, after everything else (the service worker too). */
function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const files = await precompressBuild(path.resolve(config.root, config.build.outDir));
        config.logger.info(`precompressed ${files.length} files (.br and .gz beside each)`);
      },
    },
  };
}

/**
 * The service worker (Workbox, generated at build time) and the web app manifest. It precaches
 * the app shell, the fonts and the generated data, so that a second visit, and any shared link,
 * opens offline; nothing from another host. The project catalogue is the one file it fetches
 * network first (public/catalogue-sw.js): a server publishes accepted suggestions in it. A new version waits
 * until the user accepts the prompt (src/pwa/), so a page never mixes two versions.
 */
function progressiveWebApp() {
  return VitePWA({
    registerType: 'prompt',
    // Registered by src/pwa/register.ts, lazily, after the page has loaded.
    injectRegister: false,
    // Icons (the app's, favicon.ico, Apple touch) made from public/favicon.svg at build (sharp).
    pwaAssets: {
      image: 'public/favicon.svg',
      preset: {
        ...minimal2023Preset,
        maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: BRAND } },
        apple: { sizes: [180], padding: 0.3, resizeOptions: { background: BRAND } },
      },
      overrideManifestIcons: true,
      // index.html names the icons itself (the SVG also in the dev server).
      includeHtmlHeadLinks: false,
      injectThemeColor: false,
    },
    manifest: {
      id: '/',
      name: 'Integrationskartan – integrationsarbete i Norrbotten och Västerbotten',
      short_name: 'Integrationskartan',
      description:
        'Integrationsarbete i Norrbottens och Västerbottens kommuner: projekt, kontakter och statistik på en karta.',
      lang: 'sv',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: BRAND,
      background_color: PAPER,
    },
    workbox: {
      // The MapLibre worker is an .mjs file; the manifest is added by the plugin itself.
      globPatterns: ['**/*.{html,js,mjs,css,woff2,svg,png,ico,json,geojson,pbf}'],
      // dist/ holds only what is published by now (keepArtefactsOutOfTheBuild); the editors' page
      // is published but no part of the readers' app.
      globIgnores: ['redaktion.html', 'assets/redaktion-*', 'catalogue-sw.js'],
      // Before Workbox's routes: the catalogue network first (see above).
      importScripts: ['catalogue-sw.js'],
      // maplibre-gl is about 1 MB before compression.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // Any link to the app (?m=2584&lang=en) opens from the cache; embeds and any other path
      // (//evil.example/) go to the server (server/navigation.ts says why).
      navigateFallback: 'index.html',
      navigateFallbackAllowlist: NAVIGATE_FALLBACK_ALLOWLIST,
      navigateFallbackDenylist: NAVIGATE_FALLBACK_DENYLIST,
      cleanupOutdatedCaches: true,
      clientsClaim: false,
      skipWaiting: false,
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    keepArtefactsOutOfTheBuild(),
    progressiveWebApp(),
    precompress(),
  ],
  build: {
    target: 'es2022',
    // Source maps for the bench's attribution of sizes and script time, never served: no comment
    // points at them, and they are moved out of dist/ (keepArtefactsOutOfTheBuild).
    sourcemap: 'hidden',
    // .vite/manifest.json: which chunks each page loads (read by scripts/sizes.ts).
    manifest: true,
    // maplibre-gl is about 250 kB gzip on its own; our own code has its budget in scripts/size-budget.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The app, the editors' page (/redaktion, served by `npm start`), and the benchmark's
      // baseline page (a bare MapLibre map of the same data).
      input: { main: 'index.html', redaktion: 'redaktion.html', baseline: 'bench/baseline.html' },
      treeshake: {
        // A feature's modules run nothing when imported (its CSS aside): an export of its door
        // (src/features/<name>/index.ts) that the first paint does not use, such as a button only
        // a lazily loaded panel shows, stays out of the first download.
        moduleSideEffects: (id: string) => !/\/src\/features\/.+\.tsx?$/.test(id),
      },
      output: {
        codeSplitting: {
          // The data files' loading and hooks, with what they build on (schemas, domain, state,
          // messages), in one chunk of the first download: the views read them wherever they
          // are, lazily loaded ones too, which would otherwise split them into a dozen small
          // shared chunks.
          // The suggestion form's door (a lazy button and the offline queue's starter, read by
          // main.tsx and the lazy views alike) joins it rather than being a small chunk of its own.
          groups: [
            {
              name: 'data',
              // Not the schemas: zod and they load beside the data files (src/data/load.ts).
              test: /\/src\/(data\/(?!schemas\.ts$)|data-hooks\/|features\/suggest\/index\.ts$)/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  // The import worker as an ES module (it is started with type: 'module'), so that what it
  // imports on demand stays a chunk of its own: the Excel reader loads only for an Excel file.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'server/**/*.test.ts',
      'deploy/**/*.test.ts',
      'docs/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
