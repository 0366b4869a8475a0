import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// The page isolates the reader's words in its status line (U+2068 … U+2069), so that right-to-left text cannot reorder it.
const labels = {
  id: {
    box: 'Cari di panduan',
    guide: 'Media sosial',
    other: 'Acara dan foto',
    status: /panduan memuat "\u2068like\u2069"/,
    cases: 'Kasus serupa di Cek Skenario',
    likeCase: 'Menyukai postingan caleg di Instagram',
    noGuides: 'Tidak ada panduan yang memuat "\u2068zzqqxx\u2069".',
    next: 'Langkah berikutnya',
    nextSteps: [/Cek Skenario/, /panduan per topik/, /pejabat yang berwenang/],
    checkerBox: 'Ceritakan kasus Anda',
    poskoCase: 'Posko kampanye kerabat di rumah',
  },
  en: {
    box: 'Search the guides',
    guide: 'Social media',
    other: 'Events and photos',
    status: /guides mention "\u2068like\u2069"/,
    cases: 'Similar cases in the scenario checker',
    likeCase: "Liking a candidate's post on Instagram",
    noGuides: 'No guide mentions "\u2068zzqqxx\u2069".',
    next: 'Next steps',
    nextSteps: [/scenario checker/, /guides by topic/, /Ask an official/],
    checkerBox: 'Describe your case',
    poskoCase: "A relative's campaign post at home",
  },
} as const;

const phone = { width: 360, height: 780 };

for (const locale of ['id', 'en'] as const) {
  test.describe(`search (${locale})`, () => {
    test('searching "like" from the header finds the social-media guide, in this language only', async ({ page }) => {
      await page.goto(`/${locale}/`);
      const box = page.getByRole('banner').getByRole('searchbox', { name: labels[locale].box });
      await box.fill('like');
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/cari/\\?q=like$`));
      await expect(page.getByRole('status')).toHaveText(labels[locale].status);
      const results = page.getByRole('main').getByRole('listitem');
      await expect(results.getByRole('link', { name: labels[locale].guide, exact: true })).toBeVisible();
      const hrefs = await page.getByRole('main').locator('ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/panduan/`));
      await results.getByRole('link', { name: labels[locale].guide, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/panduan/media-sosial/$`));
    });

    test('the results page searches as you type and keeps the query in the address', async ({ page }) => {
      await page.goto(`/${locale}/cari/`);
      const box = page.getByRole('main').getByRole('searchbox');
      await box.pressSequentially('pose', { delay: 30 });
      await expect(page.getByRole('main').getByRole('link', { name: labels[locale].other, exact: true })).toBeVisible();
      await expect(page).toHaveURL(/\?q=pose$/);
      await box.fill('zzqqxx');
      await expect(page.getByRole('status')).toContainText('zzqqxx');
      await expect(page.getByRole('main').locator('ol')).toHaveCount(0);
    });
  });

  test.describe(`search leads somewhere on a phone (${locale})`, () => {
    test.use({ viewport: phone });
    const l = labels[locale];

    for (const words of ['medsos', 'boleh like postingan caleg']) {
      test(`"${words}" offers the checker's like case, which opens filled in`, async ({ page }) => {
        await page.goto(`/${locale}/cari/?q=${encodeURIComponent(words)}`);
        const cases = page.getByRole('region', { name: l.cases });
        await expect(cases).toBeVisible();
        await expect(page.getByRole('status')).not.toHaveText(/…|\.\.\./);
        if (locale === 'id' && words === 'medsos') {
          // No guide says "medsos"; the search tries again in the guides' words.
          await expect(page.getByRole('status')).toHaveText(/panduan memuat "\u2068media sosial\u2069"/);
          await expect(page.getByRole('main').locator('ol').getByRole('link', { name: l.guide, exact: true })).toBeVisible();
        }
        await expectNoAxeViolations(page, page.url());
        await cases.getByRole('link', { name: l.likeCase }).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/cek/.*sm_action=like&sm_target=candidate`));
        await expect(page.getByRole('heading', { level: 2, name: locale === 'id' ? 'Melanggar' : 'Violation', exact: true })).toBeVisible();
      });
    }

    test('a query nothing matches says so and offers the checker, the guides and whom to ask', async ({ page }) => {
      await page.goto(`/${locale}/cari/`);
      await page.getByRole('main').getByRole('searchbox').fill('zzqqxx');
      await expect(page.getByRole('status')).toHaveText(l.noGuides);
      await expect(page.getByRole('region', { name: l.cases })).toHaveCount(0);
      const next = page.getByRole('navigation', { name: l.next });
      for (const step of l.nextSteps) await expect(next.getByRole('link', { name: step })).toBeVisible();
      await expect(next.getByRole('link', { name: l.nextSteps[0] })).toHaveAttribute('href', `/${locale}/cek/`);
      await expect(next.getByRole('link', { name: l.nextSteps[2] })).toHaveAttribute('href', `/${locale}/panduan/cara-melapor/#siapa-berperan`);
      await expectNoAxeViolations(page, page.url());
    });

    test('a word the guides lack is not reported as found, and the checker case is offered', async ({ page }) => {
      // Pagefind's stemmer cuts "sepupu" to "sep", which matches dates like "17 Sep 2024".
      await page.goto(`/${locale}/cari/?q=sepupu`);
      await expect(page.getByRole('region', { name: l.cases }).getByRole('link', { name: l.poskoCase })).toBeVisible();
      // Either no guide, or guides that really mention the word's meaning ("kerabat", a relative): never "sepupu" found by a date.
      await expect(page.getByRole('status')).toHaveText(
        locale === 'id' ? /^(Tidak ada panduan yang memuat "\u2068sepupu\u2069"\.|\d+ panduan memuat "\u2068kerabat[^"]*\u2069"\.)$/ : /^(No guide mentions "\u2068sepupu\u2069"\.|\d+ guides? mentions? "\u2068(relative|cousin)[^"]*\u2069"\.)$/,
      );
      for (const excerpt of await page.getByRole('main').locator('ol > li > p').allTextContents()) expect(excerpt).not.toMatch(/\bSep\b/);
    });

    test('question words alone find no guide that merely contains them', async ({ page }) => {
      await page.goto(`/${locale}/cari/?q=${encodeURIComponent(locale === 'id' ? 'apakah saya boleh' : 'may I')}`);
      await expect(page.getByRole('status')).toHaveText(locale === 'id' ? 'Tidak ada panduan yang memuat "\u2068apakah saya boleh\u2069".' : 'No guide mentions "\u2068may I\u2069".');
      await expect(page.getByRole('main').locator('ol')).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: l.next })).toBeVisible();
    });

    test("the checker's free-text box moves to the top on focus, so its suggestions stay above the keyboard", async ({ page }) => {
      await page.goto(`/${locale}/cek/`);
      const box = page.getByRole('searchbox', { name: l.checkerBox });
      await box.focus();
      // A phone keyboard covers about 330 px of the 780 px screen: the box and its suggestions stay above it.
      await expect.poll(() => box.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
      await box.fill(locale === 'id' ? 'boleh ngelike postingan caleg di IG' : 'may I like a candidate post on insta');
      const suggestion = page.getByRole('search').getByRole('link', { name: l.likeCase });
      await expect(suggestion).toBeVisible();
      expect((await suggestion.boundingBox())?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(phone.height - 330);
      await suggestion.click();
      await expect(page).toHaveURL(/activity=social_media&sm_action=like&sm_target=candidate/);
    });
  });
}

test('the language switch keeps the search', async ({ page }) => {
  await page.goto('/id/cari/?q=like');
  await expect(page.getByRole('main').getByRole('link', { name: 'Media sosial', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/cari\/\?q=like$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Social media', exact: true })).toBeVisible();
});
