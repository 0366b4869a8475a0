import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkExport, checkLinks, checkPage, checkPenalties, checkPreviewImage, checkScripts, readPage } from './check-export';

const description = 'Panduan netralitas ASN dalam Pemilu dan Pilkada, dengan dasar hukum dan sanksinya.';
/** The head of a correct Indonesian page at `sitePath`, with `extra` added to its body. */
function goodPage(sitePath: string, body = '<h1>Judul</h1>') {
  const other = sitePath.replace(/^\/id\//, '/en/');
  return `<!doctype html><html lang="id"><head><meta charSet="utf-8"/>
<title>Panduan | ASN Netral</title>
<meta name="description" content="${description}"/>
<link rel="canonical" href="https://asn.example${sitePath}"/>
<link rel="alternate" hrefLang="id" href="https://asn.example${sitePath}"/>
<link rel="alternate" hrefLang="en" href="https://asn.example${other}"/>
<link rel="alternate" hrefLang="x-default" href="https://asn.example${sitePath}"/>
<meta property="og:title" content="Panduan"/>
<meta property="og:description" content="${description}"/>
<meta property="og:url" content="https://asn.example${sitePath}"/>
<meta property="og:site_name" content="ASN Netral"/>
<meta property="og:locale" content="id_ID"/>
<meta property="og:image" content="https://asn.example/id/og/guides.png"/>
<meta property="og:image:width" content="1200"/>
<meta property="og:image:height" content="630"/>
<meta property="og:image:alt" content="ASN Netral: Panduan"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:image" content="https://asn.example/id/og/guides.png"/>
<script src="/enhance.js" defer=""></script></head><body>${body}</body></html>`;
}
const everything = () => true;

describe('reading a page', () => {
  it('finds lang, title, description, canonical, alternates (hrefLang in any case), h1s, metas and scripts', () => {
    const page = readPage(goodPage('/id/panduan/', '<h1 class="x">A</h1><script>alert(1)</script><template></template>'));
    expect(page.lang).toBe('id');
    expect(page.title).toBe('Panduan | ASN Netral');
    expect(page.description).toBe(description);
    expect(page.canonical).toBe('https://asn.example/id/panduan/');
    expect(page.alternates).toEqual({
      id: 'https://asn.example/id/panduan/',
      en: 'https://asn.example/en/panduan/',
      'x-default': 'https://asn.example/id/panduan/',
    });
    expect(page.h1Count).toBe(1);
    expect(page.meta('og:locale')).toBe('id_ID');
    expect(page.scripts.map((script) => script.src ?? 'inline')).toEqual(['/enhance.js', 'inline']);
    expect(page.templates).toBe(1);
  });
});

describe('the page checks', () => {
  it('pass a correct page', () => {
    expect(checkPage('/id/panduan/', readPage(goodPage('/id/panduan/')), everything)).toEqual([]);
  });

  it('name every broken head tag and heading count', () => {
    const broken = goodPage('/id/panduan/', '<h1>A</h1><h1>B</h1>')
      .replace('lang="id"', 'lang="en"')
      .replace('Panduan | ASN Netral', 'Panduan')
      .replace(`name="description" content="${description}"`, 'name="description" content="Pendek."')
      .replace('rel="canonical" href="https://asn.example/id/panduan/"', 'rel="canonical" href="https://asn.example/id/"')
      .replace('hrefLang="x-default" href="https://asn.example/id/panduan/"', 'hrefLang="x-default" href="/id/panduan/"')
      .replace('content="id_ID"', 'content="en_GB"')
      .replace('og:image:width" content="1200"', 'og:image:width" content="600"');
    const problems = checkPage('/id/panduan/', readPage(broken), everything).map((problem) => problem.split(':')[0]);
    expect(problems).toEqual(['lang', 'title', 'description', 'h1', 'canonical', 'hreflang', 'og', 'og', 'og']);
    expect(checkPage('/id/panduan/', readPage(broken), everything).filter((problem) => problem.startsWith('og'))).toEqual([
      'og:url: https://asn.example/id/panduan/ differs from the canonical https://asn.example/id/',
      'og:locale: en_GB, expected id_ID',
      'og:image size: declared 600 × 630, expected 1200 × 630',
    ]);
  });

  it('report an alternate or a preview image that the export does not have', () => {
    const missing = (sitePath: string) => !['/en/panduan/', '/id/og/guides.png'].includes(sitePath);
    expect(checkPage('/id/panduan/', readPage(goodPage('/id/panduan/')), missing)).toEqual([
      'hreflang: en alternate points to /en/panduan/, which the export does not have',
      'og:image: /id/og/guides.png is not in the export',
    ]);
  });

  it('find a page without an h1', () => {
    expect(checkPage('/id/panduan/', readPage(goodPage('/id/panduan/', '<h2>A</h2>')), everything)).toEqual([
      'h1: 0 <h1> elements, expected exactly one',
    ]);
  });
});

describe('the penalty check', () => {
  it('names detention or an old fine shown as current, in the title or the body, even in closed details', () => {
    expect(checkPenalties(readPage(goodPage('/id/panduan/', '<h1>Sanksi</h1><p>Diancam pidana kurungan paling lama 1 tahun.</p>')))).toHaveLength(1);
    expect(checkPenalties(readPage(goodPage('/id/panduan/', '<details><summary>Denda</summary><p>denda Rp12.000.000</p></details>')))).toHaveLength(1);
    expect(checkPenalties(readPage('<title>Detention for ASN</title><body></body>'))).toHaveLength(1);
  });

  it('accepts marked history, a sentence dated before 2 January 2026, and scripts', () => {
    const history = '<div data-penalty-history=""><p>Pidana kurungan paling lama 1 tahun dan denda Rp12.000.000.</p></div>';
    const dated = '<p>Sampai 1 Januari 2026 pidananya kurungan.</p>';
    const script = '<script type="application/json">{"text":"kurungan"}</script>';
    expect(checkPenalties(readPage(goodPage('/id/panduan/', `<h1>Sanksi</h1>${history}${dated}${script}`)))).toEqual([]);
  });
});

describe('the script checks', () => {
  const framework = '<script src="/_next/static/chunks/abc.js" async=""></script>';
  it('find a page that loads the framework', () => {
    expect(checkScripts(readPage(framework))).toEqual(['framework: loads /_next/static/chunks JavaScript']);
    expect(checkScripts(readPage('<script type="module" src="/_scripts/checker-AB12.js"></script>'))).toEqual([]);
  });

  it('find inline scripts and leftover templates, but not empty script elements with a src', () => {
    expect(checkScripts(readPage('<script src="/a.js"></script><script type="application/json">{"a":1}</script><template id="x"></template>'))).toEqual([
      'inline script: 1 <script> without src',
      'template: 1 <template> left (streamed content still hidden)',
    ]);
  });


});

describe('the preview image check', () => {
  const png = (width: number, height: number, length = 100) => {
    const bytes = Buffer.alloc(length);
    Buffer.from('89504e470d0a1a0a', 'hex').copy(bytes);
    bytes.writeUInt32BE(width, 16);
    bytes.writeUInt32BE(height, 20);
    return bytes;
  };
  it('accepts a 1200 × 630 PNG and names a wrong size, a heavy file and a non-PNG', () => {
    expect(checkPreviewImage(png(1200, 630))).toEqual([]);
    expect(checkPreviewImage(png(1200, 600, 300_000))).toEqual([
      'og:image file: 1200 × 600 pixels, expected 1200 × 630',
      'og:image file: 300000 bytes, expected under 300 kB',
    ]);
    expect(checkPreviewImage(Buffer.from('GIF89a........................'))).toEqual(['og:image file: not a PNG']);
  });
});

/** A throwaway export directory, and how to write a file into it. */
function fakeExport(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  };
  return { dir, write };
}
const { dir: out, write } = fakeExport('asn-export-');
write('id/index.html', '<!doctype html><html><body><a href="/id/panduan/">ok</a><a href="/id/panduan/#ada">ok</a><a href="#atas" id="atas">ok</a><a href="https://example.org/">external</a><a href="/id/cek/#actor=pns">state</a></body></html>');
write('id/panduan/index.html', '<!doctype html><html><body><h2 id="ada">Ada</h2><a href="../">up</a><a href="/id/hilang/">broken</a><a href="/id/#tidak-ada">bad anchor</a><script src="/_next/x.js"></script></body></html>');
write('id/cek/index.html', '<!doctype html><html><body></body></html>');
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the link check over the export', () => {
  it('finds missing pages, missing files and missing anchors, and nothing else', () => {
    const { pages, problems } = checkLinks(out);
    expect(pages).toBe(3);
    expect(problems.sort()).toEqual([
      'id/panduan/index.html: links: /_next/x.js: no such page or file',
      'id/panduan/index.html: links: /id/#tidak-ada: no element with id "tidak-ada"',
      'id/panduan/index.html: links: /id/hilang/: no such page or file',
    ]);
  });
});

describe('the link check and a moved entry', () => {
  it('names a link to an entry that moved to another page, and accepts its new address', () => {
    const { dir: moved, write: put } = fakeExport('asn-export-moved-');
    put('id/sumber/index.html', '<!doctype html><html><body><article id="pp-94-2021">PP</article><a href="sekunder/#news-kompas">relative</a></body></html>');
    put('id/sumber/sekunder/index.html', '<!doctype html><html><body><li id="news-kompas">Kompas</li><a href="/id/sumber/#pp-94-2021">back</a></body></html>');
    put('id/panduan/index.html', '<!doctype html><html><body><a href="/id/sumber/sekunder/#news-kompas">new</a><a href="/id/sumber/#news-kompas">old</a></body></html>');
    try {
      expect(checkLinks(moved).problems).toEqual(['id/panduan/index.html: links: /id/sumber/#news-kompas: no element with id "news-kompas"']);
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });
});

describe('the whole export check', () => {
  it('names the file before each check', () => {
    const { localePages, problems } = checkExport(out);
    expect(localePages).toBe(3);
    expect(problems).toContain('id/panduan/index.html: h1: 0 <h1> elements, expected exactly one');
    expect(problems).toContain('id/cek/index.html: lang: <html lang="undefined">, expected "id"');
    expect(problems).toContain('index.html: missing');
    expect(problems).toContain('en/: fewer than 20 pages in the export');
    expect(problems).toContain('id/panduan/index.html: links: /id/hilang/: no such page or file');
  });
});
