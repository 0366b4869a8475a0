import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// The visible words of the checker in each locale, as a reader sees them.
const words = {
  id: {
    continue: 'Lanjut',
    pns: 'PNS (Pegawai Negeri Sipil)',
    polri: 'Anggota Polri',
    socialMedia: 'Berinteraksi di media sosial (unggah, komentar, bagikan, suka, ikuti, gabung grup)',
    candidateContent: '(Bakal) calon: capres, caleg, calon kepala daerah',
    officialInfo: 'Informasi resmi yang netral (KPU, Bawaslu, pemerintah)',
    like: 'Menyukai (like, love)',
    religious: 'Menghadiri acara keagamaan/sosial yang dihadiri calon',
    party: 'Menjadi anggota atau pengurus partai politik',
    spouse: 'Mendampingi suami/istri yang menjadi calon',
    vote: 'Memberikan suara (mencoblos)',
    yes: 'Ya',
    campaigns: 'Ya',
    leaves: 'Tidak, saya meninggalkan acara',
    onLeave: 'Ya, saya sedang CLTN',
    fiveYears: '5 tahun atau lebih',
    notOnLeave: 'Tidak',
    passive: 'Hanya hadir dan mendengarkan',
    noAttributes: 'Tidak ada atribut',
    no: 'Tidak',
    pemilu: 'Pemilu',
    violation: 'Melanggar',
    allowed: 'Boleh',
    ptdh: 'Pemberhentian tidak dengan hormat (PTDH)',
    socialRule: 'Mendukung calon atau partai di media sosial',
    noRegulation: /Tidak ditemukan peraturan yang mengatur hal ini secara khusus/,
    changeContent: /^Ubah\s*:\s*Konten milik$/,
    unknownNotice: 'Sebagian isi tautan tidak dikenali dan diabaikan:',
    unknownValue: /nilai tidak dikenal/,
    search: 'Ceritakan kasus Anda',
    suggestion: 'Menyukai postingan caleg di Instagram',
    copy: 'Salin tautan',
    copied: 'Tautan disalin.',
    gallery: /^Foto dengan calon idola, pose jari, diunggah/,
    galleryParty: /^Menjadi anggota partai politik/,
    galleryVote: /^Mencoblos di TPS/,
    pppk: 'PPPK (pegawai dengan perjanjian kerja), termasuk paruh waktu',
    sanctionPns: 'Sanksi bagi PNS',
    sanctionPppk: 'Sanksi bagi PPPK',
    changeAnswers: /Ubah jawaban$/,
    likeLine: 'PNS · Berinteraksi di media sosial · Menyukai · (Bakal) calon',
    lead: 'Ini melanggar aturan netralitas ASN.',
    nextSteps: 'Yang perlu dilakukan sekarang',
    alreadyDid: 'Sudah terlanjur?',
    details: 'Dasar hukum, sumber, dan tempat melapor',
    detailsAllowed: 'Dasar hukum dan sumber',
    report: 'Tempat melapor',
    homeLike: 'Boleh menyukai unggahan calon?',
    switchLocale: 'Read this page in English',
  },
  en: {
    continue: 'Continue',
    pns: 'PNS (permanent civil servant)',
    polri: 'Member of the police (Polri)',
    socialMedia: 'Act on social media (post, comment, share, like, follow, join a group)',
    candidateContent: 'A (prospective) candidate: for president, parliament or regional head',
    officialInfo: 'Neutral official information (KPU, Bawaslu, government)',
    like: 'Like',
    religious: 'Attend a religious or social event where a candidate is present',
    party: 'Become a member or officer of a political party',
    spouse: 'Accompany my husband or wife who is a candidate',
    vote: 'Cast my own vote',
    yes: 'Yes',
    campaigns: 'Yes',
    leaves: 'No, I leave',
    onLeave: 'Yes, I am on CLTN',
    fiveYears: '5 years or more',
    notOnLeave: 'No',
    passive: 'Only present and listening',
    noAttributes: 'No attributes',
    no: 'No',
    pemilu: 'General election (Pemilu)',
    violation: 'Violation',
    allowed: 'Allowed',
    ptdh: 'Dishonourable dismissal (PTDH)',
    socialRule: 'Supporting a candidate or party on social media',
    noRegulation: /No regulation on this exact point was found/,
    changeContent: /^Change\s*:\s*Whose content$/,
    unknownNotice: 'Part of the link was not recognised and was left out:',
    unknownValue: /unknown value/,
    search: 'Describe your case',
    suggestion: "Liking a candidate's post on Instagram",
    copy: 'Copy link',
    copied: 'Link copied.',
    gallery: /^A posed photo with a candidate you admire, posted/,
    galleryParty: /^Joining a political party/,
    galleryVote: /^Voting at the polling station/,
    pppk: 'PPPK (government employee on contract), part-time included',
    sanctionPns: 'Sanction for PNS',
    sanctionPppk: 'Sanction for PPPK',
    changeAnswers: /Change answers$/,
    likeLine: 'PNS · Act on social media · Like · A (prospective) candidate',
    lead: 'This breaks the ASN neutrality rules.',
    nextSteps: 'What to do now',
    alreadyDid: 'Already did it?',
    details: 'Legal basis, sources and where to report',
    detailsAllowed: 'Legal basis and sources',
    report: 'Where to report',
    homeLike: "May I like a candidate's post?",
    switchLocale: 'Baca halaman ini dalam Bahasa Indonesia',
  },
} as const;

const galleryTitle = { id: 'Contoh kasus', en: 'Case gallery' } as const;

async function answer(page: Page, option: string, next: string) {
  await page.getByRole('radio', { name: option, exact: true }).check();
  await page.getByRole('button', { name: next, exact: true }).click();
}

async function expectVerdict(page: Page, verdict: string) {
  await expect(page.getByRole('heading', { level: 2, name: verdict, exact: true })).toBeVisible();
}

/** A PNS likes a candidate's post: a violation as soon as the target is known, still one once the action is. */
async function likeACandidatePost(page: Page, w: (typeof words)[keyof typeof words]) {
  await answer(page, w.pns, w.continue);
  await expect(page).toHaveURL(/\/cek\/#actor=pns$/);
  await answer(page, w.socialMedia, w.continue);
  await answer(page, w.candidateContent, w.continue);
  await expectVerdict(page, w.violation);
  await answer(page, w.like, w.continue);
  await expectVerdict(page, w.violation);
  await expect(page.getByRole('heading', { level: 3, name: w.socialRule })).toBeVisible();
}

// Full journeys in Indonesian; English has one smoke journey (below) and the gallery check, whose texts differ by
// locale. The same code reads both message files, and a unit test keeps their keys equal.
for (const locale of ['id'] as const) {
  const w = words[locale];
  const start = `/${locale}/cek/`;

  test.describe(`checker (${locale})`, () => {
    test('a result leads on: to the self-check with the status answered, and to a mistake report naming the scenario', async ({ page }) => {
      const scenario = 'actor=pppk&activity=social_media&sm_action=like&sm_target=candidate';
      await page.goto(`${start}#${scenario}`);
      await expectVerdict(page, w.violation);
      const footprint = page.getByRole('link', { name: locale === 'id' ? 'Periksa juga jejak Anda yang lain' : 'Check the rest of your footprint' });
      await expect(footprint).toHaveAttribute('href', `/${locale}/periksa-diri/#status=pppk`);
      const report = page.getByRole('link', { name: locale === 'id' ? 'Laporkan kesalahan pada jawaban ini' : 'Report a mistake in this answer' });
      // The address is completed when clicked; the mail client is not opened in the test.
      await report.evaluate((link) => link.addEventListener('click', (event) => event.preventDefault()));
      await report.click();
      const href = decodeURIComponent((await report.getAttribute('href')) ?? '');
      expect(href).toMatch(/^mailto:/);
      expect(href).toContain(`/${locale}/cek/#${scenario}`);
    });

    test('liking a candidate post is a violation, with its rule and the question that sharpens it', async ({ page }) => {
      await page.goto(start);
      await likeACandidatePost(page, w);
      await expect(page).toHaveURL(/actor=pns&activity=social_media&sm_action=like&sm_target=candidate/);
      // The language switch keeps the scenario (the page announces each URL change).
      await expect(page.getByRole('link', { name: w.switchLocale })).toHaveAttribute('href', /sm_action=like&sm_target=candidate/);
    });

    test('a religious event: leaving when the candidate campaigns is allowed, and the source is named as advice', async ({ page }) => {
      await page.goto(start);
      await answer(page, w.pns, w.continue);
      await answer(page, w.religious, w.continue);
      await answer(page, w.campaigns, w.continue);
      await answer(page, w.leaves, w.continue);
      await expectVerdict(page, w.allowed);
      await expect(page.getByText(w.noRegulation)).toBeVisible();
    });

    test('party membership is a violation leading to dismissal', async ({ page }) => {
      await page.goto(start);
      await answer(page, w.pns, w.continue);
      await answer(page, w.party, w.continue);
      await expectVerdict(page, w.violation);
      const sanction = page.locator('[data-part="sanction"]');
      await expect(sanction.getByRole('heading', { name: w.sanctionPns })).toBeVisible();
      await expect(sanction.getByText(w.ptdh, { exact: true })).toBeVisible();
    });

    test('accompanying a candidate spouse: a violation without leave, allowed with leave and a passive role', async ({ page }) => {
      await page.goto(start);
      await answer(page, w.pns, w.continue);
      await answer(page, w.spouse, w.continue);
      await answer(page, w.fiveYears, w.continue);
      await answer(page, w.notOnLeave, w.continue);
      await expectVerdict(page, w.violation);

      await page.goto(`${start}#actor=pns&activity=spouse_campaign&service_years=5_or_more`);
      await answer(page, w.onLeave, w.continue);
      await answer(page, w.passive, w.continue);
      await answer(page, w.noAttributes, w.continue);
      await answer(page, w.no, w.continue);
      await expectVerdict(page, w.allowed);
    });

    test('voting: allowed for a PNS, a violation for a police officer in the general election', async ({ page }) => {
      await page.goto(start);
      await answer(page, w.pns, w.continue);
      await answer(page, w.vote, w.continue);
      await expectVerdict(page, w.allowed);

      await page.goto(start);
      await answer(page, w.polri, w.continue);
      await answer(page, w.vote, w.continue);
      await answer(page, w.pemilu, w.continue);
      await expectVerdict(page, w.violation);
    });

    test('a shared link reproduces the result, and changing an earlier answer updates it', async ({ page }) => {
      await page.goto(`${start}#actor=pns&activity=social_media&sm_action=like&sm_target=candidate`);
      await expectVerdict(page, w.violation);
      await page.getByText(w.changeAnswers).click();
      await page.getByRole('button', { name: w.changeContent }).click();
      await answer(page, w.officialInfo, w.continue);
      await expectVerdict(page, w.allowed);
      await expect(page).toHaveURL(/#actor=pns&activity=social_media&sm_action=like&sm_target=official_info$/);
      await page.goBack();
      await expectVerdict(page, w.violation);
    });

    for (const mark of ['?', '#']) {
      test(`hostile input in the ${mark === '?' ? 'query' : 'fragment'} shows a notice and no crash`, async ({ page }) => {
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        const hostile = `${mark}actor=pns&actor=tni&activity=${encodeURIComponent('<img src=x onerror=alert(1)>')}&${'z'.repeat(3000)}=1&%E0%A4%A=%`;
        await page.goto(`${start}${hostile}`);
        await expect(page.getByText(w.unknownNotice)).toBeVisible();
        await expect(page.getByText(w.unknownValue).first()).toBeVisible();
        await expect(page.getByRole('radio', { name: w.vote, exact: true })).toBeVisible();
        await expect(page.locator('img[src="x"]')).toHaveCount(0);
        // From an old query link, what was usable moves into the fragment and the query leaves the address.
        if (mark === '?') await expect(page).toHaveURL(/\/cek\/#actor=pns$/);
        expect(errors).toEqual([]);
      });
    }

    test('the free-text box suggests a matching case that opens filled in', async ({ page }) => {
      await page.goto(start);
      await page.getByRole('searchbox', { name: w.search }).fill(locale === 'id' ? 'suka postingan caleg di IG' : 'like a candidate post on instagram');
      await page.getByRole('search').getByRole('link', { name: w.suggestion }).click();
      await expectVerdict(page, w.violation);
      await expect(page).toHaveURL(/#actor=pns&activity=social_media&sm_action=like&sm_target=candidate$/);
    });

    test('a gallery card is a real link that opens in place, without reloading', async ({ page }) => {
      await page.goto(start);
      await page.evaluate(() => Object.assign(window, { samePage: true }));
      const card = page.getByRole('region', { name: galleryTitle[locale] }).getByRole('link', { name: w.gallery });
      await expect(card).toHaveAttribute('href', `${start}#actor=pns&activity=photo_with_candidate&gesture=yes&posted=yes`);
      await card.click();
      await expectVerdict(page, w.violation);
      await expect(page.getByRole('heading', { level: 2, name: w.violation, exact: true })).toBeFocused();
      await expect(page).toHaveURL(/#actor=pns&activity=photo_with_candidate&gesture=yes&posted=yes$/);
      expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
      // Back returns to the empty checker, still on the same page.
      await page.goBack();
      await expect(page.getByRole('radio', { name: w.pns, exact: true })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    });

    test('an old query link opens the same scenario and its address moves into the fragment', async ({ page }) => {
      await page.goto(`${start}?actor=pns&activity=vote`);
      await expectVerdict(page, w.allowed);
      await expect(page).toHaveURL(new RegExp(`${start}#actor=pns&activity=vote$`));
      expect(await page.evaluate(() => window.location.search)).toBe('');
      // The language switch carries the scenario in the fragment.
      await expect(page.getByRole('link', { name: w.switchLocale })).toHaveAttribute('href', /\/cek\/#actor=pns&activity=vote$/);
      await page.getByRole('link', { name: w.switchLocale }).click();
      await expectVerdict(page, words[locale === 'id' ? 'en' : 'id'].allowed);
    });

    test('the skip link jumps to the content and keeps the scenario', async ({ page }) => {
      await page.goto(`${start}#actor=pns&activity=vote`);
      await expectVerdict(page, w.allowed);
      await page.getByRole('link', { name: locale === 'id' ? 'Langsung ke isi utama' : 'Skip to main content' }).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
      await expectVerdict(page, w.allowed);
      await expect(page.getByText(w.unknownNotice)).toHaveCount(0);
    });

    test('an allowed answer carries no sanction and no place to report', async ({ page }) => {
      await page.goto(`${start}#actor=pns&activity=vote`);
      await expectVerdict(page, w.allowed);
      await expect(page.locator('[data-part="sanction"]')).toHaveCount(0);
      await page.getByText(w.detailsAllowed, { exact: true }).click();
      await expect(page.getByRole('heading', { name: w.report })).toHaveCount(0);
    });

    test("a PPPK's party-membership card leads with the PPPK sanction, and the status carries over to the gallery", async ({ page }) => {
      await page.goto(`${start}#actor=pppk&activity=party_membership&party_role=member`);
      await expectVerdict(page, w.violation);
      const sanction = page.locator('[data-part="sanction"]');
      await expect(sanction.getByRole('heading').first()).toHaveText(w.sanctionPppk);
      await expect(sanction).toContainText('PPPK');
      await expect(sanction).toContainText(w.ptdh);
      // The card says nothing of a PNS sanction before the PPPK one.
      const text = (await page.locator('section:has(#result-title)').textContent()) ?? '';
      expect(text.indexOf(w.sanctionPppk)).toBeGreaterThan(-1);
      expect(text.slice(0, text.indexOf(w.sanctionPppk))).not.toContain(w.sanctionPns);

      // Chosen by answering: the gallery's cases open for a PPPK.
      await page.goto(start);
      await answer(page, w.pppk, w.continue);
      const card = page.getByRole('region', { name: galleryTitle[locale] }).getByRole('link', { name: w.galleryParty });
      await expect(card).toHaveAttribute('href', /#actor=pppk&activity=party_membership/);
      await card.click();
      await expect(page).toHaveURL(/#actor=pppk&activity=party_membership&party_role=member$/);
      await expect(sanction.getByRole('heading').first()).toHaveText(w.sanctionPppk);
      // And to the free-text suggestions.
      await page.getByRole('searchbox', { name: w.search }).fill(locale === 'id' ? 'suka postingan caleg di IG' : 'like a candidate post on instagram');
      await page.getByRole('search').getByRole('link', { name: w.suggestion }).click();
      await expect(page).toHaveURL(/#actor=pppk&activity=social_media&sm_action=like&sm_target=candidate$/);
      await expect(sanction.getByRole('heading').first()).toHaveText(w.sanctionPppk);
    });

    test('copy link puts the scenario link on the clipboard', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${start}#actor=pns&activity=vote`);
      await page.getByRole('button', { name: w.copy }).click();
      await expect(page.getByText(w.copied)).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/cek\/#actor=pns&activity=vote$/);
    });

    test('keyboard only: the checker can be completed without a mouse', async ({ page }) => {
      await page.goto(`${start}#actor=pns`);
      const first = page.getByRole('radio', { name: w.vote, exact: true });
      await first.focus();
      await page.keyboard.press('Space');
      await expect(first).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: w.continue, exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expectVerdict(page, w.allowed);
      await expect(page.getByRole('heading', { level: 2, name: w.allowed, exact: true })).toBeFocused();
    });

    test('axe finds nothing on a question, an unknown-input notice and a full result', async ({ page }) => {
      await page.goto(start);
      await expectNoAxeViolations(page, 'question', { dark: false });
      await page.goto(`${start}#actor=pns&activity=attend_campaign&participation=passive&attributes=none&mobilize=no&state_facilities=no&bogus=1`);
      await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
      await expectNoAxeViolations(page, 'result', { dark: false });
      await page.getByText(w.details, { exact: true }).click();
      await page.getByText(w.changeAnswers).click();
      await expectNoAxeViolations(page, 'result, opened');
    });
  });
}

for (const locale of ['id', 'en'] as const) {
  test(`no result of the gallery shows a stringified object (${locale})`, async ({ page }) => {
    const start = `/${locale}/cek/`;
    await page.goto(start);
    const gallery = page.getByRole('region', { name: galleryTitle[locale] });
    const count = await gallery.getByRole('link').count();
    expect(count).toBeGreaterThan(10);
    for (let index = 0; index < count; index += 1) {
      await gallery.getByRole('link').nth(index).click();
      await expect(page.locator('#result-title, fieldset legend h2').first()).toBeFocused();
      await expect(page.getByText(/Memuat rincian|Loading the details/)).toHaveCount(0);
      // The text of the collapsed parts counts too.
      expect(await page.locator('main').textContent()).not.toContain('[object');
    }
  });
}

for (const locale of ['id', 'en'] as const) {
  test.describe(`checker without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('says what to do instead and still gives the gallery answers', async ({ page }) => {
      await page.goto(`/${locale}/cek/`);
      await expect(page.getByText(locale === 'id' ? /memerlukan JavaScript/ : /needs JavaScript/)).toBeVisible();
      const gallery = page.getByRole('region', { name: galleryTitle[locale] });
      await expect(gallery.getByRole('link', { name: words[locale].gallery })).toContainText(words[locale].violation);
    });
  });
}

test('a full result fits 360 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/id/cek/#actor=pns&activity=official_decision&election=pilkada&holds_position=yes');
  await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const locale of ['id'] as const) {
  const w = words[locale];
  test.describe(`answer first on a phone (${locale}, 360×780)`, () => {
    test.use({ viewport: { width: 360, height: 780 } });

    test('a shared result link shows the verdict on the first screen, focused, with one sentence and the answers in one line', async ({ page }) => {
      await page.goto(`/${locale}/cek/#actor=pns&activity=social_media&sm_action=like&sm_target=candidate`);
      const verdict = page.getByRole('heading', { level: 2, name: w.violation, exact: true });
      await expect(verdict).toBeFocused();
      const lead = page.getByText(w.lead, { exact: true });
      await expect(lead).toBeInViewport({ ratio: 1 });
      await expect(verdict).toBeInViewport({ ratio: 1 });
      const box = await verdict.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(780);
      // The answers: one summary line that opens into the list.
      await expect(page.getByText(w.likeLine)).toBeVisible();
      await expect(page.getByRole('button', { name: w.changeContent })).toBeHidden();
      // In the order people act: verdict, what to do now (and if already done), why, sanction, the rest collapsed.
      const card = page.locator('section:has(#result-title)');
      await expect(card.getByRole('heading', { name: w.nextSteps })).toBeVisible();
      const text = (await card.textContent()) ?? '';
      const order = [w.violation, w.nextSteps, w.alreadyDid, w.socialRule, w.sanctionPns, w.details].map((part) => text.indexOf(part));
      expect(order.every((at) => at > -1), JSON.stringify(order)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      await expect(card.getByRole('heading', { name: w.report })).toBeHidden();
    });

    test('the home page asks example questions as links that open the answer', async ({ page }) => {
      await page.goto(`/${locale}/`);
      const example = page.getByRole('link', { name: w.homeLike });
      await expect(example).toHaveAttribute('href', `/${locale}/cek/#actor=pns&activity=social_media&sm_action=like&sm_target=candidate`);
      await example.click();
      await expect(page.getByRole('heading', { level: 2, name: w.violation, exact: true })).toBeFocused();
      await expect(page.getByRole('heading', { level: 2, name: w.violation, exact: true })).toBeInViewport();
    });
  });
}

test.describe('checker (en), smoke', () => {
  const w = words.en;
  test('answers, a sharpening question, a changed answer, a shared PPPK link and a free-text case, in English', async ({ page }) => {
    await page.goto('/en/cek/');
    await likeACandidatePost(page, w);
    await expect(page.getByRole('link', { name: w.switchLocale })).toHaveAttribute('href', /sm_action=like&sm_target=candidate/);
    await expectNoAxeViolations(page, 'result (en)', { dark: false });

    await page.getByText(w.changeAnswers).click();
    await page.getByRole('button', { name: w.changeContent }).click();
    await answer(page, w.officialInfo, w.continue);
    await expectVerdict(page, w.allowed);
    await expect(page.locator('[data-part="sanction"]')).toHaveCount(0);

    await page.goto('/en/cek/#actor=pppk&activity=party_membership&party_role=member');
    await expectVerdict(page, w.violation);
    const sanction = page.locator('[data-part="sanction"]');
    await expect(sanction.getByRole('heading').first()).toHaveText(w.sanctionPppk);
    await expect(sanction).toContainText(w.ptdh);

    await page.goto('/en/cek/');
    await page.getByRole('searchbox', { name: w.search }).fill('like a candidate post on instagram');
    await page.getByRole('search').getByRole('link', { name: w.suggestion }).click();
    await expectVerdict(page, w.violation);
    await expect(page).toHaveURL(/#actor=pns&activity=social_media&sm_action=like&sm_target=candidate$/);
  });
});
