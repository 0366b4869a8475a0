import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

type Text = { id: string; en: string };
interface Dated {
  id: string;
  date: string;
  title: Text;
}

/** Every dated change in the data: content/changes.json and the `changes` of each checker rule. */
function datedChanges(): Dated[] {
  const read = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), file), 'utf8'));
  const law: Dated[] = read('content/changes.json');
  const rules: Dated[] = readdirSync('content/rules')
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => read(`content/rules/${name}`).rules as { id: string; title: Text; changes?: { date: string }[] }[])
    .flatMap((rule) => (rule.changes ?? []).map((change) => ({ id: `aturan-${rule.id}-${change.date}`, date: change.date, title: rule.title })));
  return [...law, ...rules];
}

const changes = datedChanges();

for (const locale of ['id', 'en'] as const) {
  test.describe(`/${locale}/perubahan/`, () => {
    test('lists every dated change, newest first, and offers its feed', async ({ page }) => {
      const response = await page.goto(`/${locale}/perubahan/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'id' ? 'Apa yang berubah' : 'What changed');
      const articles = page.locator('main article');
      await expect(articles).toHaveCount(changes.length);
      for (const change of changes) {
        const article = page.locator(`article[id="${change.id}"]`);
        await expect(article.getByRole('heading', { level: 2 })).toHaveText(change.title[locale]);
        await expect(article.locator('time').first()).toHaveAttribute('datetime', change.date);
      }
      const dates = await page.locator('main article time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect(dates).toEqual([...dates].sort().reverse());
      // The new Criminal Code: the old figures appear only under "until 1 January 2026".
      const kuhp = page.locator('article[id="kuhp-baru-dan-penyesuaian-pidana"]');
      await expect(kuhp.locator('p', { hasText: 'Rp12' })).toContainText(locale === 'id' ? 'Sampai 1 Januari 2026:' : 'Until January 1, 2026:');
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', new RegExp(`/${locale}/perubahan/feed\\.xml$`));
      await expect(page.getByRole('link', { name: locale === 'id' ? 'feed Atom halaman ini' : "this page's Atom feed" })).toHaveAttribute('href', `/${locale}/perubahan/feed.xml`);
    });

    test('its Atom feed is valid and has an entry per dated change', async ({ page, request }) => {
      const response = await request.get(`/${locale}/perubahan/feed.xml`);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      await page.goto(`/${locale}/perubahan/`);
      const feed = await page.evaluate((source) => {
        const ns = 'http://www.w3.org/2005/Atom';
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length) return { error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? 'parse error' };
        const root = doc.documentElement;
        const child = (element: Element, name: string) => [...element.children].filter((c) => c.namespaceURI === ns && c.localName === name);
        const text = (element: Element, name: string) => child(element, name)[0]?.textContent?.trim() ?? null;
        return {
          root: `${root.namespaceURI} ${root.localName}`,
          id: text(root, 'id'),
          title: text(root, 'title'),
          updated: text(root, 'updated'),
          author: child(root, 'author').length ? text(child(root, 'author')[0] as Element, 'name') : null,
          links: child(root, 'link').map((link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`),
          entries: child(root, 'entry').map((entry) => ({
            id: text(entry, 'id'),
            title: text(entry, 'title'),
            updated: text(entry, 'updated'),
            link: child(entry, 'link')[0]?.getAttribute('href') ?? null,
          })),
        };
      }, xml);
      expect(feed).not.toHaveProperty('error');
      if ('error' in feed) return;
      const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(feed.id).toMatch(/^https?:\/\/.+\/perubahan\/feed\.xml$/);
      expect(feed.title).toContain(locale === 'id' ? 'Apa yang berubah' : 'What changed');
      expect(feed.updated).toMatch(rfc3339);
      expect(feed.author).toBeTruthy();
      expect(feed.links).toEqual(expect.arrayContaining([expect.stringMatching(/^self https?:\/\/.+feed\.xml$/), expect.stringMatching(/^alternate https?:\/\/.+\/perubahan\/$/)]));
      expect(feed.entries).toHaveLength(changes.length);
      expect(new Set(feed.entries.map((entry) => entry.id)).size).toBe(changes.length);
      for (const entry of feed.entries) {
        expect(entry.id).toMatch(/^https?:\/\//);
        expect(entry.title).toBeTruthy();
        expect(entry.updated).toMatch(rfc3339);
        expect(Number.isNaN(Date.parse(entry.updated ?? ''))).toBe(false);
        expect(entry.link).toMatch(new RegExp(`/${locale}/perubahan/#`));
      }
      expect(feed.entries.map((entry) => entry.title).sort()).toEqual(changes.map((change) => change.title[locale]).sort());
      const newest = changes.map((change) => change.date).sort().at(-1);
      expect(feed.updated).toBe(`${newest}T00:00:00Z`);
    });

    test('the home page and the footer link to it; guides and the footer offer "report a mistake"', async ({ page }) => {
      await page.goto(`/${locale}/`);
      const changesLink = (name: string) => page.getByRole('link', { name, exact: true });
      await expect(changesLink(locale === 'id' ? 'Semua perubahan, dengan tanggalnya' : 'All changes, with their dates')).toHaveAttribute('href', `/${locale}/perubahan/`);
      const footer = page.locator('footer');
      await expect(footer.getByRole('link', { name: locale === 'id' ? 'Apa yang berubah' : 'What changed' })).toHaveAttribute('href', `/${locale}/perubahan/`);
      await expect(footer).toContainText(locale === 'id' ? 'Isi terakhir diperiksa:' : 'Content last checked:');
      await expect(footer.getByRole('link', { name: locale === 'id' ? 'Laporkan kesalahan' : 'Report a mistake', exact: true })).toHaveAttribute('href', /^(mailto:|https?:)/);

      await page.goto(`/${locale}/panduan/sanksi/`);
      const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      const report = page.getByRole('link', { name: locale === 'id' ? 'Laporkan kesalahan di halaman ini' : 'Report a mistake on this page' });
      const href = (await report.getAttribute('href')) ?? '';
      expect(href).toMatch(/^mailto:|^https?:/);
      expect(decodeURIComponent(href)).toContain(title);
      expect(decodeURIComponent(href)).toContain(`/${locale}/panduan/sanksi/`);
    });
  });
}
