#!/usr/bin/env node
// After `next build`: serves the reading pages (home, guides, sources, what changed) as plain HTML. They have no
// interactive island of their own, and the layout's islands (current section, language switch, share
// links) are already right in the prerendered HTML, so the framework's ~130 KiB of JavaScript would only
// hydrate what is there. Those pages get components/enhance/enhance.ts (offline use and the copy button) instead.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const outDir = 'out';
/** Locale-free paths of the pages served without React; `*` stands for any one path segment. */
const htmlOnlyPages = ['', 'panduan', 'panduan/*', 'sumber', 'privasi', 'perubahan'];

const matches = (relative) =>
  htmlOnlyPages.some((pattern) => {
    const want = pattern.split('/').filter(Boolean);
    const have = relative.split('/').filter(Boolean);
    return want.length === have.length && want.every((part, index) => part === '*' || part === have[index]);
  });

function htmlOnly(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(?:preload|modulepreload)" as="script"[^>]*>/g, '')
    .replace('</body>', '<script src="/enhance.js" defer></script></body>');
}

let count = 0;
for (const locale of readdirSync(outDir)) {
  const localeDir = path.join(outDir, locale);
  if (!/^[a-z]{2}$/.test(locale) || !statSync(localeDir).isDirectory()) continue;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html' && matches(path.relative(localeDir, dir).split(path.sep).join('/'))) {
        writeFileSync(full, htmlOnly(readFileSync(full, 'utf8')));
        count++;
      }
    }
  };
  walk(localeDir);
}
console.log(`Plain HTML pages: ${count}.`);
