// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');
const path = require('node:path');
const createMDX = require('@next/mdx');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is prerendered into out/: the portal runs on any static host or CDN, with no server.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
};

const withMDX = createMDX({
  options: {
    // Turbopack needs serialisable loader options, so plugins are named, not imported.
    remarkPlugins: [
      'remark-frontmatter',
      ['remark-mdx-frontmatter', { name: 'frontmatter' }],
      'remark-gfm',
      // `## Heading {/* #anchor */}`: explicit heading ids, the same in every language.
      path.join(__dirname, 'lib/content/remark-heading-anchors.mjs'),
      // A section's citations become one expandable line at its end, instead of brackets inside sentences.
      path.join(__dirname, 'lib/content/remark-section-sources.mjs'),
    ],
  },
});

module.exports = createNextIntlPlugin('./i18n/request.ts')(withMDX(nextConfig));
