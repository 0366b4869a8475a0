import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from './check-links.mjs';

const out = mkdtempSync(path.join(tmpdir(), 'asn-links-'));
const page = (file: string, html: string) => {
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  writeFileSync(path.join(out, file), `<!doctype html><html><body>${html}</body></html>`);
};
page('id/index.html', '<a href="/id/panduan/">ok</a><a href="/id/panduan/#ada">ok</a><a href="#atas" id="atas">ok</a><a href="https://example.org/">external</a>');
page('id/panduan/index.html', '<h2 id="ada">Ada</h2><a href="../">up</a><a href="/id/hilang/">broken</a><a href="/id/#tidak-ada">bad anchor</a><script src="/_next/x.js"></script>');
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the link check over the export', () => {
  it('finds missing pages, missing files and missing anchors, and nothing else', () => {
    const { pages, problems } = checkLinks(out);
    expect(pages).toBe(2);
    expect(problems.sort()).toEqual([
      'id/panduan/index.html: /_next/x.js: no such page or file',
      'id/panduan/index.html: /id/#tidak-ada: no element with id "tidak-ada"',
      'id/panduan/index.html: /id/hilang/: no such page or file',
    ]);
  });
});
