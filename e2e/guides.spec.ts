import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const guidesDir = path.join(process.cwd(), 'content', 'guides');
const slugs = readdirSync(guidesDir);
const titleOf = (slug: string, locale: string) =>
  /^title: (.+)$/m.exec(readFileSync(path.join(guidesDir, slug, `${locale}.mdx`), 'utf8'))?.[1]?.trim() ?? '';

// The twelve guides are the quiz's topics: lib/quiz/bank.test.ts checks them (no browser needed).

// Guides are plain HTML: with JavaScript off, each one opens from the index with its title, language and sections.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of ['id', 'en'] as const) {
    test(`every guide is readable in ${locale}: the index links to it, and it shows its title and sections`, async ({ page }) => {
      // Twelve guides and the way back to the index each time: more than the default allowance on a busy machine.
      test.slow();
      await page.goto(`/${locale}/panduan/`);
      for (const slug of slugs) {
        const title = titleOf(slug, locale);
        expect(title, slug).not.toBe('');
        await page.getByRole('link', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) }).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/panduan/${slug}/$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('main h2').first(), slug).toBeVisible();
        await page.goBack();
      }
    });
  }
});

test('the guide index shows the do / don\'t summary and when the content was last checked', async ({ page }) => {
  await page.goto('/id/panduan/');
  await expect(page.getByRole('heading', { name: 'Boleh dan tidak boleh' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tidak boleh', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByText(/Isi terakhir diperiksa: \d+ \w+ \d{4}/)).toBeVisible();
  await page.goto('/en/panduan/');
  await expect(page.getByRole('heading', { name: "Don't", exact: true })).toBeVisible();
  await expect(page.getByText('Do not post, comment on, share, like or follow')).toBeVisible();
});

for (const locale of ['id', 'en'] as const) {
  test(`citations lead to their entry on the sources page (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/panduan/sanksi/`);
    // A section's sources sit in one closed line at its end; opening it shows the links.
    const sources = page.locator('main details.section-sources').filter({ has: page.locator('a[href$="#pp-94-2021"]') }).first();
    await sources.getByText(locale === 'id' ? /^Sumber bagian ini \(\d+\)$/ : /^Sources for this section \(\d+\)$/).click();
    const cite = sources.getByRole('link', { name: locale === 'id' ? 'PP 94/2021' : 'GR 94/2021' });
    const href = await cite.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${locale}/sumber/#pp-94-2021$`));
    await cite.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sumber/#pp-94-2021$`));
    await expect(page.locator('#pp-94-2021').getByRole('heading')).toHaveText(locale === 'id' ? 'PP 94/2021' : 'GR 94/2021');
    await expect(page.locator('#pp-94-2021')).toBeInViewport();

    // A news report cited in the same line has its entry on the secondary sources page, under the same id.
    await page.goto(`/${locale}/panduan/sanksi/`);
    await sources.getByText(locale === 'id' ? /^Sumber bagian ini \(\d+\)$/ : /^Sources for this section \(\d+\)$/).click();
    await sources.getByRole('link', { name: /^Kompas\.com, / }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sumber/sekunder/#news-kompas-2023-11-06$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'id' ? 'Sumber sekunder' : 'Secondary sources');
    await expect(page.locator('#news-kompas-2023-11-06')).toContainText('kompas.com/tren/read/2023/11/06/');
    await expect(page.locator('#news-kompas-2023-11-06')).toBeInViewport();

    // A claim credited to a seed article links back to the article on the sources page, and on to its guide section.
    await page.goto(`/${locale}/panduan/apa-itu-netralitas/`);
    await page.locator('#pelanggaran-kecil ~ .article-claims a').first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sumber/#seed-jateng-2023$`));
    const article = page.locator('#seed-jateng-2023');
    await expect(article).toContainText('Liputan Bangsa');
    await expect(article).toContainText('Sumarno');
    // The article's claims are folded away so the sources page stays short; the reader opens them.
    await article.getByText(locale === 'id' ? /^Klaim dalam artikel/ : /^Claims in the article/).click();
    await article.getByRole('link', { name: locale === 'id' ? 'Tekanan di lapangan dan cara menolak: Bila atasan yang meminta' : 'Pressure in the field and how to say no: When your superior asks' }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/panduan/tekanan-di-lapangan/#permintaan-atasan$`));
    await expect(page.locator('#permintaan-atasan')).toBeInViewport();
  });
}

test('the 2020 list shows the true item 3 and explains the repeated item, in both languages', async ({ page }) => {
  await page.goto('/id/panduan/larangan/');
  await expect(page.locator('#skb2020-03')).toContainText('simbol gerakan tangan');
  // The shared "sanction per item unconfirmed" note is said once, above the list, not under each item.
  await expect(page.locator('#skb2020-03')).not.toContainText('belum terkonfirmasi');
  await expect(page.getByText('Sanksi per butir dalam SKB 2020 belum terkonfirmasi.')).toHaveCount(1);
  await expect(page.getByText(/per butir/)).toHaveCount(1);
  await expect(page.locator('#skb2022-d-5')).toContainText('Pemberhentian tidak dengan hormat');
  await page.goto('/en/sumber/');
  await expect(page.locator('#seed-skb-16-2024')).toContainText('The true item 3: a photo');
  await expect(page.locator('#seed-pekalongan-2023')).toContainText('KASN was dissolved');
  await expect(page.locator('#seed-kobar-2022')).toContainText('14 February 2024');
  await expect(page.locator('#seed-kasn-jogja-2023')).toContainText('1,536');
});

for (const locale of ['id', 'en'] as const) {
  test(`the sources page leads to the secondary sources, which lead back (${locale})`, async ({ page }) => {
    const secondary = locale === 'id' ? 'Sumber sekunder' : 'Secondary sources';
    await page.goto(`/${locale}/sumber/`);
    await page.getByRole('navigation', { name: locale === 'id' ? 'Bagian halaman sumber' : 'Sections of the sources page' }).getByRole('link', { name: secondary }).click();
    const section = page.getByRole('region', { name: secondary });
    await expect(section).toBeInViewport();
    await expect(section).toContainText(locale === 'id' ? /\(\d+ sumber\)/ : /\(\d+ sources\)/);
    await section.getByRole('link', { name: secondary }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sumber/sekunder/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondary);
    await page.getByRole('main').getByRole('link', { name: locale === 'id' ? 'Sumber dan dasar hukum' : 'Sources and legal basis' }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sumber/$`));
  });
}

test('the on-page contents of a guide work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/panduan/acara-dan-foto/');
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Group photos' }).click();
  await expect(page).toHaveURL(/#foto-bersama$/);
  await expect(page.getByRole('heading', { name: 'Group photos' })).toBeInViewport();
  await context.close();
});

for (const locale of ['id', 'en'] as const) {
  test(`a long guide keeps a way back to its contents and its sources in one line per section, without JavaScript (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`/${locale}/panduan/partai-ormas-pencalonan/#pasangan-calon`);
    const back = page.getByRole('link', { name: locale === 'id' ? 'Kembali ke daftar isi' : 'Back to contents' });
    await expect(back).toBeInViewport();
    await back.click();
    await expect(page).toHaveURL(/#daftar-isi$/);
    await expect(page.getByRole('navigation', { name: locale === 'id' ? 'Di halaman ini' : 'On this page' })).toBeInViewport();

    // Citations no longer break sentences: outside the two sides of a conflict, none sits in the text.
    const prose = page.locator('main .guide-prose');
    await expect(prose.locator('span.cite')).toHaveCount(await prose.locator('.callout span.cite').count());
    const section = page.locator('h2#tim-kampanye ~ details.section-sources').first();
    await expect(section).not.toHaveAttribute('open');
    await section.locator('summary').click();
    await expect(section.getByRole('link', { name: locale === 'id' ? 'UU 7/2017' : 'Law 7/2017' }).first()).toBeVisible();
    await context.close();
  });
}
