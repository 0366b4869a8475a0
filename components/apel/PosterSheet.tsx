import { compileMessage } from '@/lib/i18n/compile-messages';
import { useFormatter, useTranslations } from 'next-intl';
import { getApelKeyPoints } from '@/lib/apel/apel-content';
import { getContentLastChecked } from '@/lib/changes/load';
import { absoluteUrl } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { Island } from '@/components/islands/Island';
import { EventQrCodeIsland } from './EventQrCodeIsland';
import { KeyPointList } from './KeyPointList';
import './poster.css';
import { BackToKit } from './BackToKit';

/**
 * The printable A4 poster: every do and don't, the office's reporting contact (under the shorter "allowed"
 * column, which used to leave a quarter of the page empty) and a large QR code to the short quiz with the
 * event attached. Black text and shapes, so it stays legible from a black-and-white printer.
 */
export function PosterSheet({ locale }: { locale: string }) {
  const t = useTranslations('ApelPoster');
  const format = useFormatter();
  const points = getApelKeyPoints();
  const portalUrl = absoluteUrl(localePath(locale));
  const quizUrl = absoluteUrl(`${localePath(locale, sectionPaths.quiz)}?ronde=pendek`);
  const reportGuide = absoluteUrl(localePath(locale, `${sectionPaths.guides}/cara-melapor`)).replace(/^https?:\/\//, '');
  const checked = format.dateTime(new Date(`${getContentLastChecked()}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const column = (kind: 'do' | 'dont') => (
    <section aria-labelledby={`poster-${kind}`}>
      <h2 id={`poster-${kind}`} className={`poster-band ${kind === 'do' ? 'bg-[#176b3a]' : 'bg-[#a4161a]'} inline-block rounded px-3 py-1 text-[1.2em] font-bold text-white`}>
        {kind === 'do' ? t('doTitle') : t('dontTitle')}
      </h2>
      <KeyPointList points={points.filter((point) => point.kind === kind)} locale={locale} className="mt-3 grid gap-2" />
    </section>
  );

  return (
    <>
      <div className="mb-6 print:hidden">
        <BackToKit locale={locale} label={t('back')} />
        <p className="mt-3 max-w-prose">{t('intro')}</p>
        <p className="mt-3">
          <Island name="apel.print-button" props={{ label: t('print') }} />
        </p>
      </div>
      <article data-print-alone="" className="poster-sheet flex flex-col gap-5 p-6 sm:p-10">
        <header>
          <p className="flex items-center gap-2 text-lg font-bold text-[#0b5394]">
            <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="7" fill="#0b5394" />
              <path d="M9 16.5l4.5 4.5L23 11" fill="none" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span>
              ASN Netral
              <Island name="apel.event-value" props={{ field: 'office', locale, className: "font-semibold text-[#0b1a28] before:content-['_·_']" }} />
            </span>
          </p>
          <h1 className="mt-3 text-[1.9em] font-extrabold leading-tight">{t('heading')}</h1>
          <Island name="apel.event-line" props={{ fields: ['name', 'date', 'place'], locale, className: 'mt-1 font-semibold' }} />
        </header>
        <div className="grid gap-6 sm:grid-cols-2 print:grid-cols-2">
          <div className="flex flex-col gap-6">
            {column('do')}
            <section aria-labelledby="poster-contact" className="poster-contact rounded-lg border-[3px] border-[#0b1a28] p-4">
              <h2 id="poster-contact" className="text-[1.1em] font-bold">
                {t('contactTitle')}
              </h2>
              <p className="mt-2 text-[1.15em] font-bold [overflow-wrap:anywhere]">
                <Island name="apel.event-value" props={{ field: 'contact', locale, fallback: t('contactBlank') }} />
              </p>
              <p className="mt-2 text-[0.85em]">{t('contactNational', { url: reportGuide })}</p>
            </section>
          </div>
          {column('dont')}
        </div>
        <footer className="mt-auto flex flex-wrap items-center gap-6 border-t-2 border-[#0b1a28] pt-5">
          <EventQrCodeIsland url={quizUrl} locale={locale} label={compileMessage(t.raw('qrLabel'))} className="poster-qr shrink-0" />
          <div className="min-w-0 flex-1 basis-48">
            <p className="text-[1.15em] font-bold">{t('scan')}</p>
            <p className="mt-1 break-all text-[1.1em] font-bold text-[#0b5394]">{portalUrl}</p>
            <p className="mt-3 text-[0.8em] text-[#3b4a58]">{t('footer', { date: checked })}</p>
          </div>
        </footer>
      </article>
    </>
  );
}
