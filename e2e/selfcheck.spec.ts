import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { holdBack } from './held-back';

// The visible words of the self-check and the reporting page in each locale, as a reader sees them.
const words = {
  id: {
    continue: 'Lanjut',
    back: 'Kembali',
    yes: 'Ya',
    no: 'Tidak',
    unsure: 'Tidak yakin',
    pns: 'PNS (Pegawai Negeri Sipil)',
    statusQuestion: 'Apa status kepegawaian Anda?',
    postQuestion: /memegang jabatan/,
    followQuestion: /mengikuti \(follow\) akun media sosial/,
    ormasQuestion: /anggota atau pengurus organisasi kemasyarakatan/,
    ormasParty: /ormas itu berafiliasi/,
    report: 'Laporan Anda',
    followArea: /Mengikuti akun calon: Melanggar/,
    changeFollow: /^Ubah\s*: Mengikuti akun calon$/,
    ormasArea: /Organisasi kemasyarakatan: Hati-hati/,
    openChecker: /^Buka kasus ini di pemeriksa kasus\s*: Mengikuti akun calon$/,
    fine: 'Di sini Anda aman',
    notice: 'Sebagian alamat halaman tidak dikenali dan diabaikan:',
    unknownAnswer: /jawaban tidak dikenal/,
    asnKnown: 'ASN (PNS, PPPK) yang NIK atau NIP-nya saya ketahui',
    village: 'Kepala desa atau perangkat desa',
    discipline: /^Pelanggaran disiplin atau kode etik netralitas/,
    electionLaw: /^Pelanggaran hukum pemilu/,
    bkn: 'BKN (Badan Kepegawaian Negara)',
    bawaslu: 'Bawaslu',
    gakkumdu: 'Sentra Gakkumdu',
    sevenDays: /Paling lambat 7 hari/,
    pressure: 'Ditekan?',
    loadingReport: 'Menyusun laporan…',
    reportFailed: /^Laporan tidak dapat dimuat\. Jawaban Anda tetap ada di alamat halaman ini/,
  },
  en: {
    continue: 'Continue',
    back: 'Back',
    yes: 'Yes',
    no: 'No',
    unsure: 'Not sure',
    pns: 'PNS (permanent civil servant)',
    statusQuestion: 'What is your employment status?',
    postQuestion: /hold a structural, functional/,
    followQuestion: /follow the social-media account/,
    ormasQuestion: /member or officer of a mass organisation/,
    ormasParty: /organisation affiliated with a political party/,
    report: 'Your report',
    followArea: /Following candidates' accounts: Violation/,
    changeFollow: /^Change\s*: Following candidates' accounts$/,
    ormasArea: /Mass organisations: Take care/,
    openChecker: /^Open this case in the scenario checker\s*: Following candidates' accounts$/,
    fine: 'You are fine here',
    notice: 'Part of the page address was not recognised and was left out:',
    unknownAnswer: /unknown answer/,
    asnKnown: 'A civil servant (PNS, PPPK) whose NIK or NIP I know',
    village: 'A village head or village official',
    discipline: /^A breach of neutrality discipline or ethics/,
    electionLaw: /^A breach of election law/,
    bkn: 'BKN (National Civil Service Agency)',
    bawaslu: 'Bawaslu (election supervisory body)',
    gakkumdu: 'Sentra Gakkumdu (election crimes desk)',
    sevenDays: /Within 7 days of learning of the breach/,
    pressure: 'Under pressure?',
    loadingReport: 'Preparing your report…',
    reportFailed: /^The report could not be loaded\. Your answers are still in this page's address/,
  },
} as const;

/** Answers the first screen (PNS), then goes back to it: the answer is kept. */
async function answerStatusAndGoBack(page: Page, locale: 'id' | 'en') {
  const w = words[locale];
  await page.goto(`/${locale}/periksa-diri/`);
  const question = page.getByRole('group');
  await expect(question.getByRole('heading', { name: w.statusQuestion })).toBeVisible();
  await page.getByRole('radio', { name: w.pns, exact: true }).check();
  await page.getByRole('button', { name: w.continue, exact: true }).click();
  await expect(page).toHaveURL(/#status=pns$/);
  await expect(question.getByRole('heading', { name: w.postQuestion })).toBeVisible();
  await page.getByRole('button', { name: w.back, exact: true }).click();
  await expect(page.getByRole('radio', { name: w.pns, exact: true })).toBeChecked();
}


test.use({ viewport: { width: 360, height: 780 } });

// Full journeys in Indonesian; English runs a smoke journey (below) and the reporting page (the same code reads
// both message files, and a unit test keeps their keys equal).
for (const locale of ['id', 'en'] as const) {
  const w = words[locale];

  if (locale === 'id') test.describe(`self-check (${locale})`, () => {
    test('one question per screen, back and forward, to a report that survives a reload', async ({ page }) => {
      // About 25 screens and two axe runs: more than the default allowance on a shared machine.
      test.setTimeout(120_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await answerStatusAndGoBack(page, locale);
      const question = page.getByRole('group');
      await page.getByRole('button', { name: w.continue, exact: true }).click();

      // The rest: follows candidates, an ormas with ties it is not sure of, "no" everywhere else.
      for (let step = 0; step < 30; step += 1) {
        const heading = question.getByRole('heading', { level: 2 });
        if (!(await page.getByRole('button', { name: w.continue, exact: true }).isVisible())) break;
        const text = (await heading.textContent()) ?? '';
        const choice = w.followQuestion.test(text) || w.ormasQuestion.test(text) ? w.yes : w.ormasParty.test(text) ? w.unsure : w.no;
        await page.getByRole('radio', { name: choice, exact: true }).check();
        await page.getByRole('button', { name: w.continue, exact: true }).click();
      }
      const report = page.getByRole('region', { name: w.report });
      await expect(report).toBeVisible();
      await expect(report.getByRole('heading', { name: w.followArea })).toBeVisible();
      await expect(report.getByRole('heading', { name: w.ormasArea })).toBeVisible();
      await expect(report.getByRole('link', { name: w.openChecker })).toHaveAttribute(
        'href',
        `/${locale}/cek/#actor=pns&activity=social_media&sm_action=follow&sm_target=candidate`,
      );
      await expect(report.getByRole('heading', { name: w.fine })).toBeVisible();
      await expectNoAxeViolations(page, 'report');

      const url = page.url();
      await page.reload();
      expect(page.url()).toBe(url);
      await expect(page.getByRole('region', { name: w.report }).getByRole('heading', { name: w.followArea })).toBeVisible();
      // Nothing is kept on the device but the address.
      expect(await page.evaluate(() => window.localStorage.length + window.sessionStorage.length)).toBe(0);

      // Changing an answer from the report goes back to the report, updated. The answers are folded into one line.
      await page.locator('details:has(button) > summary').first().click();
      await page.getByRole('button', { name: w.changeFollow }).click();
      await page.getByRole('radio', { name: w.no, exact: true }).check();
      await page.getByRole('button', { name: w.continue, exact: true }).click();
      await expect(page.getByRole('region', { name: w.report }).getByRole('heading', { name: w.ormasArea })).toBeVisible();
      await expect(page.getByRole('heading', { name: w.followArea })).toHaveCount(0);
      await expect(page).toHaveURL(/&follow=no&/);
      expect(errors).toEqual([]);
    });

    test('a hostile fragment gets a notice, never a crash', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const hostile = `#status=pns&follow=maybe&${encodeURIComponent('<img src=x onerror=alert(1)>')}=1&${'z'.repeat(3000)}=1&%E0%A4%A=%`;
      await page.goto(`/${locale}/periksa-diri/${hostile}`);
      await expect(page.getByText(w.notice)).toBeVisible();
      await expect(page.getByText(w.unknownAnswer)).toBeVisible();
      await expect(page.getByRole('group').getByRole('heading', { name: w.postQuestion })).toBeVisible();
      expect(errors).toEqual([]);
    });
  });

  // The page carries the questions; the report's results and texts are asked for once answering begins.
  test(`the last answer brings the report, which says it is being prepared until its data arrives, then takes the focus (${locale})`, async ({ page }) => {
    const reportData = await holdBack(page, `**/${locale}/periksa-diri/report-data.json`);
    const answers = new URLSearchParams(answeredFragment());
    answers.delete('pressure');
    await page.goto(`/${locale}/periksa-diri/#${answers}`);
    // Asked for while the last question is still open.
    await expect.poll(reportData.requested).toBe(true);
    await page.getByRole('radio', { name: w.no, exact: true }).check();
    await page.getByRole('button', { name: w.continue, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: w.loadingReport })).toBeVisible();
    await expect(page.getByRole('region', { name: w.report })).toHaveCount(0);
    reportData.release();
    const report = page.getByRole('region', { name: w.report });
    await expect(report.getByRole('heading', { name: w.followArea })).toBeVisible();
    await expect(report.getByRole('heading', { name: w.report })).toBeFocused();
    await expect(page.getByText(w.loadingReport)).toHaveCount(0);
  });

  test(`a report whose data cannot be loaded says so, and the answers stay in the address (${locale})`, async ({ page }) => {
    await page.route(`**/${locale}/periksa-diri/report-data.json`, (route) => route.abort('internetdisconnected'));
    const fragment = answeredFragment();
    await page.goto(`/${locale}/periksa-diri/#${fragment}`);
    await expect(page.getByRole('alert').filter({ hasText: w.reportFailed })).toBeVisible();
    await expect(page.getByRole('region', { name: w.report })).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe(`#${fragment}`);
    await expectNoAxeViolations(page, 'report not loaded');
  });

  // Offline use needs the service worker, which the other tests block (playwright.config.ts).
  if (locale === 'id') test.describe(() => {
    test.use({ serviceWorkers: 'allow' });
    test(`after one visit, a bookmarked report and the reporting page open with no connection (${locale})`, async ({ page, context }) => {
      test.setTimeout(60_000);
      await page.goto(`/${locale}/`);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await context.setOffline(true);
      const response = await page.goto(`/${locale}/periksa-diri/#${answeredFragment()}`);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(page.getByRole('region', { name: w.report }).getByRole('heading', { name: w.followArea })).toBeVisible();
      const report = await page.goto(`/${locale}/lapor/`);
      expect(report?.fromServiceWorker()).toBe(true);
      await page.getByRole('radio', { name: w.village, exact: true }).check();
      await page.getByRole('radio', { name: w.electionLaw }).check();
      await expect(page.getByRole('heading', { name: w.bawaslu, exact: true })).toBeVisible();
    });
  });

  test.describe(`reporting (${locale})`, () => {
    test('picks BKN for a discipline breach by an ASN whose NIP is known, and Bawaslu within 7 days for a village official', async ({ page }) => {
      await page.goto(`/${locale}/lapor/`);
      await page.getByRole('radio', { name: w.asnKnown, exact: true }).check();
      await page.getByRole('radio', { name: w.discipline }).check();
      await expect(page.getByRole('heading', { name: w.bkn, exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: w.gakkumdu, exact: true })).toHaveCount(0);

      await page.getByRole('radio', { name: w.village, exact: true }).check();
      await page.getByRole('radio', { name: w.electionLaw }).check();
      await expect(page.getByRole('heading', { name: w.bawaslu, exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: w.gakkumdu, exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: w.bkn, exact: true })).toHaveCount(0);
      await expect(page.getByText(w.sevenDays).first()).toBeVisible();
      await expect(page.getByRole('heading', { name: w.pressure, level: 2 })).toBeVisible();
      await expectNoAxeViolations(page, 'reporting with channels');
    });
  });
}

/** The fragment of a finished self-check answered as the Indonesian journey answers it: a PNS who follows
 * candidates and is in an ormas whose party ties they are not sure of, "no" everywhere else. */
function answeredFragment(): string {
  const { questions }: { questions: { id: string; kind: string; of?: string; askIf?: Record<string, string[]> }[] } = JSON.parse(
    readFileSync('content/selfcheck/questions.json', 'utf8'),
  );
  const answers = new Map<string, string>([['status', 'pns']]);
  const value = (id: string) => (id === 'follow' || id === 'ormas' ? 'yes' : id === 'ormas-party' ? 'unsure' : 'no');
  for (const question of questions) {
    const asked =
      (question.kind !== 'detail' || ['yes', 'unsure'].includes(answers.get(question.of ?? '') ?? '')) &&
      Object.entries(question.askIf ?? {}).every(([id, values]) => values.includes(answers.get(id) ?? ''));
    if (asked && !answers.has(question.id)) answers.set(question.id, value(question.id));
  }
  return new URLSearchParams([...answers]).toString();
}

test.describe('self-check (en), smoke', () => {
  const w = words.en;
  test('the first question, back and forward, then a shared report link that names what was left out and updates on a change', async ({ page }) => {
    // Two loads, a reload and an axe run: more than the default allowance on a shared machine.
    test.setTimeout(60_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await answerStatusAndGoBack(page, 'en');

    await page.goto(`/en/periksa-diri/#${answeredFragment()}&bogus=1`);
    await page.reload();
    await expect(page.getByText(w.notice)).toBeVisible();
    const report = page.getByRole('region', { name: w.report });
    await expect(report.getByRole('heading', { name: w.followArea })).toBeVisible();
    await expect(report.getByRole('heading', { name: w.ormasArea })).toBeVisible();
    await expect(report.getByRole('link', { name: w.openChecker })).toHaveAttribute(
      'href',
      '/en/cek/#actor=pns&activity=social_media&sm_action=follow&sm_target=candidate',
    );
    await expect(report.getByRole('heading', { name: w.fine })).toBeVisible();
    await expectNoAxeViolations(page, 'report (en)');
    await page.locator('details:has(button) > summary').first().click();
    await page.getByRole('button', { name: w.changeFollow }).click();
    await page.getByRole('radio', { name: w.no, exact: true }).check();
    await page.getByRole('button', { name: w.continue, exact: true }).click();
    await expect(page.getByRole('heading', { name: w.followArea })).toHaveCount(0);
    await expect(page).toHaveURL(/&follow=no&/);
    expect(errors).toEqual([]);
  });
});
