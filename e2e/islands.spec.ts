import { expect, type Page, test } from '@playwright/test';
import { pageReady } from './ready';

// Every island hydrates its own server HTML with the props written into the page: no hydration warning or error,
// the DOM right after hydration equals the server's, and the island answers a person's first action.

/**
 * Runs before any page script: snapshots each island the moment it is hydrated (before its effects run), with
 * `islandMarkup`: comments dropped (React writes `<!-- -->` between text nodes, which hydration may remove), a
 * textarea's value as its text (hydration sets the value, not the child text), nested islands' live marker dropped.
 */
function snapshotAtHydration() {
  const islandMarkup = (island: Element) => {
    const copy = island.cloneNode(true) as Element;
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const comment of comments) comment.parentNode?.removeChild(comment);
    // Islands nested in this one's slots carry the marker once they are live.
    for (const nested of copy.querySelectorAll('[data-hydrated]')) nested.removeAttribute('data-hydrated');
    const originals = island.querySelectorAll('textarea');
    copy.querySelectorAll('textarea').forEach((area, index) => {
      area.textContent = originals[index]?.value ?? '';
    });
    return copy.innerHTML;
  };
  const islandSnapshots = new Map<Element, string>();
  Object.assign(window, { islandMarkup, islandSnapshots });
  new MutationObserver((records) => {
    for (const record of records) {
      const island = record.target as Element;
      if (!islandSnapshots.has(island)) islandSnapshots.set(island, islandMarkup(island));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
}
type Snapshots = { islandMarkup: (island: Element) => string; islandSnapshots: Map<Element, string> };

interface IslandCase {
  path: string;
  islands: string[];
  /** A person's first action, and what shows that the island answered it. */
  use: (page: Page, locale: 'id' | 'en') => Promise<void>;
}

const cases: IslandCase[] = [
  {
    path: 'cek/',
    islands: ['checker'],
    use: async (page, locale) => {
      await page.getByRole('radio', { name: locale === 'id' ? 'PNS (Pegawai Negeri Sipil)' : /^PNS/ }).check();
      await page.getByRole('button', { name: locale === 'id' ? 'Lanjut' : 'Continue' }).click();
      await expect(page).toHaveURL(/#actor=pns$/);
    },
  },
  {
    path: 'kuis/',
    islands: ['apel-quiz.banner', 'quiz'],
    use: async (page, locale) => {
      await page.getByRole('button', { name: locale === 'id' ? /Mulai ronde pendek/ : /Start the short round/ }).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(locale === 'id' ? 'Pertanyaan 1 dari 10' : 'Question 1 of 10');
      await page.getByRole('radio').first().check();
    },
  },
  {
    path: 'apel/',
    islands: [
      'apel.event-form',
      'apel.event-link',
      'apel.event-line',
      'apel.event-qr',
      'apel.event-value',
      'apel.present-button',
      'apel.slide-deck',
      'apel.whatsapp-message',
    ],
    use: async (page, locale) => {
      const deck = page.getByRole('region', { name: locale === 'id' ? 'Presentasi netralitas ASN' : 'ASN neutrality presentation' });
      await deck.getByRole('button', { name: locale === 'id' ? 'Berikutnya' : 'Next', exact: true }).click();
      await expect(deck.getByRole('status')).toContainText('2 / ');
    },
  },
  {
    path: 'cari/',
    islands: ['search'],
    use: async (page, locale) => {
      const box = page.getByRole('searchbox', { name: locale === 'id' ? 'Cari di panduan' : 'Search the guides' }).last();
      await box.fill('kampanye');
      await box.press('Enter');
      await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
    },
  },
  {
    path: 'periksa-diri/',
    islands: ['selfcheck'],
    use: async (page, locale) => {
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: locale === 'id' ? 'Lanjut' : 'Continue' }).click();
      await expect(page.getByText(locale === 'id' ? 'Pertanyaan 2 dari' : 'Question 2 of')).toBeVisible();
    },
  },
  {
    path: 'lapor/',
    islands: ['report.flow', 'report.summary'],
    use: async (page) => {
      const summary = page.locator('asn-island[data-island="report.summary"]');
      await summary.getByRole('textbox').first().fill('Contoh');
      await expect(summary.getByRole('textbox').last()).toHaveValue(/Contoh/);
    },
  },
];

for (const locale of ['id', 'en'] as const) {
  for (const { path, islands, use } of cases) {
    test(`${locale}: /${path} hydrates ${islands.join(' and ')} without a mismatch, and works`, async ({ page, request }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        // The one warning not the page's own: the test browser refusing the service worker (playwright.config.ts).
        if (message.text() === 'Service Worker registration blocked by Playwright') return;
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      const url = `/${locale}/${path}`;
      const server = await (await request.get(url)).text();
      await page.addInitScript(snapshotAtHydration);
      await page.goto(url);
      for (const name of islands) {
        for (const island of await page.locator(`asn-island[data-island="${name}"]`).all()) await expect(island).toHaveAttribute('data-hydrated', '');
      }
      // Every island of the page, in document order: [name, markup] from the server and right after hydration.
      const fromServer = await page.evaluate((html) => {
        const { islandMarkup } = window as unknown as Snapshots;
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        return [...parsed.querySelectorAll('asn-island')].map((island) => [island.getAttribute('data-island'), islandMarkup(island)]);
      }, server);
      expect(new Set(fromServer.map(([name]) => name))).toEqual(new Set(islands));
      const hydrated = await page.evaluate(() => {
        const { islandSnapshots } = window as unknown as Snapshots;
        return [...document.querySelectorAll('asn-island')].map((island) => [island.getAttribute('data-island'), islandSnapshots.get(island) ?? 'not hydrated']);
      });
      expect(hydrated).toEqual(fromServer);
      await use(page, locale);
      expect(problems).toEqual([]);
    });
  }
}

test('a reading page loads the site script alone; an island page adds its own bundle; no page runs an inline script', async ({ page }) => {
  const pages: [string, string | null][] = [
    ['/id/', null],
    ['/en/panduan/', null],
    ['/id/sumber/', null],
    ['/id/cek/', 'checker'],
    ['/en/kuis/', 'quiz'],
    ['/id/apel/', 'apel'],
    ['/en/cari/', 'search'],
    ['/id/periksa-diri/', 'selfcheck'],
    ['/en/lapor/', 'report'],
  ];
  for (const [path, bundle] of pages) {
    const scripts: string[] = [];
    const record = (request: { url: () => string; resourceType: () => string }) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.replace(/-[A-Z0-9]+\.js$/, ''));
    };
    page.on('request', record);
    await page.goto(path);
    await pageReady(page);
    page.off('request', record);
    expect(await page.locator('script:not([src])').count(), path).toBe(0);
    expect(scripts.filter((src) => src.startsWith('/_next/')), path).toEqual([]);
    if (bundle) expect(scripts, path).toContain(`/_scripts/${bundle}`);
    else expect(scripts, path).toEqual(['/_scripts/site']);
  }
});
