#!/usr/bin/env node
// After the export is complete: builds out/sw.js with Workbox. It precaches every page and asset the
// portal needs offline, each with a content revision, so a new deployment is downloaded as a whole
// and only taken into use when the reader accepts the "reload" prompt (components/pwa/UpdatePrompt.tsx).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';

const outDir = 'out';
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

// The search index changes with every deployment, so its runtime cache is named after it: a new deployment starts a
// new cache, and out/sw-search-cache.js (imported by the worker) deletes the old ones when it takes over.
const searchCache = `search-index-${createHash('sha256').update(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'))).digest('hex').slice(0, 12)}`;
writeFileSync(
  path.join(outDir, 'sw-search-cache.js'),
  `self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith('search-index-') && name !== ${JSON.stringify(searchCache)}).map((name) => caches.delete(name)))));
});
`,
);

let gzipBytes = 0;
const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  // The checker's rule texts (fetched when a verdict is first shown) and its free-text data (when a reader
  // starts to type), and the quiz's questions must be there offline too.
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,woff2}', '*/cek/rule-texts.json', '*/cek/search-data.json', '*/kuis/questions.json', '*/periksa-diri/report-data.json'],
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
    'sw-search-cache.js',
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
    {
      urlPattern: /\/pagefind\//,
      handler: 'NetworkFirst',
      options: {
        cacheName: searchCache,
        networkTimeoutSeconds: 4,
        // Pagefind asks for its entry file with a fresh `?ts=` every time; keyed without the query, one search
        // online is enough for search to work offline, and the cache holds one copy of each file.
        plugins: [{ cacheKeyWillBeUsed: async ({ request }) => request.url.split('?')[0] }],
        expiration: { maxEntries: 80 },
      },
    },
  ],
  importScripts: ['/sw-search-cache.js'],
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
