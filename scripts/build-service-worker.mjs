#!/usr/bin/env node
// After the export is complete: builds out/sw.js with Workbox. It precaches every page and asset the
// portal needs offline, each with a content revision, so a new deployment is downloaded as a whole
// and only taken into use when the reader accepts the "reload" prompt (components/pwa/UpdatePrompt.tsx).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';

const outDir = 'out';
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

// The legacy-browser polyfills are loaded only by browsers without ES modules, which have no service worker either.
const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
const noModuleScripts = [...html.matchAll(/<script[^>]*src="\/([^"]+)"[^>]*noModule/gi)].map((match) => match[1]);

let gzipBytes = 0;
const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  // The checker's rule texts are fetched when a verdict is first shown, so they must be there offline too.
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,woff2}', '*/cek/rule-texts.json'],
  globIgnores: [
    // Unknown addresses are answered by the host's 404 page, online only.
    '404.html',
    '404/**',
    '_not-found/**',
    // Link-preview images are for chat apps and crawlers, not for reading offline.
    '*/og/**',
    // Search index files are fetched on demand (runtime cache below).
    'pagefind/**',
    'sw.js',
    ...noModuleScripts,
  ],
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((entry) => {
        gzipBytes += gzipSync(readFileSync(path.join(outDir, entry.url))).length;
        // Pages are precached under their public address (`/id/kuis/`), not `…/index.html`.
        return { ...entry, url: `/${entry.url.replace(/(^|\/)index\.html$/, '$1')}` };
      }),
      warnings: [],
    }),
  ],
  // A quiz round or a checker scenario in the query opens the same precached page.
  ignoreURLParametersMatching: [/.*/],
  // Hashed Next.js assets never change under the same name.
  dontCacheBustURLsMatching: /^\/?_next\/static\//,
  runtimeCaching: [
    { urlPattern: /\/pagefind\//, handler: 'NetworkFirst', options: { cacheName: 'search-index', networkTimeoutSeconds: 4 } },
  ],
  swDest: path.join(outDir, 'sw.js'),
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});

for (const warning of warnings) console.warn(`Service worker: ${warning}`);
console.log(`Service worker: precaches ${count} files, ${kib(size)} (${kib(gzipBytes)} gzip).`);
