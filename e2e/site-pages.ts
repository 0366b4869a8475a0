import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const outDir = path.join(process.cwd(), 'out');

/**
 * Every page of the built export, found by walking out/ (`/id/…/index.html`), so that a new route or
 * guide is tested without editing a list.
 */
export function exportedPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') pages.push(`/${path.relative(outDir, dir).split(path.sep).join('/')}/`);
    }
  };
  for (const locale of ['id', 'en']) walk(path.join(outDir, locale));
  return pages.sort();
}

export const localeOf = (page: string) => (page.startsWith('/en/') ? 'en' : 'id');
