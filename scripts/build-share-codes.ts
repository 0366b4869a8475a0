// After `next build`: writes each exported page's own QR code (`qr.svg` beside its index.html), which
// the "Share this page" panel shows. Done here rather than in the page, because the shared layout
// does not know which page it wraps; see components/share/SharePanel.tsx.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { qrSvgFile } from '../lib/share/qr';
import { absoluteUrl } from '../lib/site/config';

const outDir = path.join(process.cwd(), 'out');

function pageDirs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pageDirs(full);
    return name === 'index.html' ? [dir] : [];
  });
}

let count = 0;
for (const locale of ['id', 'en']) {
  for (const dir of pageDirs(path.join(outDir, locale))) {
    const url = absoluteUrl(`/${path.relative(outDir, dir).split(path.sep).join('/')}/`);
    writeFileSync(path.join(dir, 'qr.svg'), qrSvgFile(url, url));
    count++;
  }
}
console.log(`Share QR codes: ${count} pages.`);
