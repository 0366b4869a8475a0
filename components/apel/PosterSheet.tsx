import { useFormatter, useTranslations } from 'next-intl';
import { QrCode } from '@/components/share/QrCode';
import { getApelKeyPoints } from '@/lib/apel/apel-content';
import { absoluteUrl, contentLastChecked } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { KeyPointList } from './KeyPointList';
import { PrintButton } from './PrintButton';
import './poster.css';

/** The printable A4 poster: every do and don't, and a QR code to the portal. */
export function PosterSheet({ locale }: { locale: string }) {
  const t = useTranslations('ApelPoster');
  const format = useFormatter();
  const points = getApelKeyPoints();
  const portalUrl = absoluteUrl(localePath(locale));
  const checked = format.dateTime(new Date(`${contentLastChecked}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const columns = [
    { kind: 'do', title: t('doTitle'), band: 'bg-[#176b3a]' },
    { kind: 'dont', title: t('dontTitle'), band: 'bg-[#a4161a]' },
  ] as const;

  return (
    <>
      <div className="mb-6 print:hidden">
        <p className="text-sm">
          <a className="link" href={localePath(locale, sectionPaths.apel)}>
            ← {t('back')}
          </a>
        </p>
        <p className="mt-3 max-w-prose">{t('intro')}</p>
        <p className="mt-3">
          <PrintButton label={t('print')} />
        </p>
      </div>
      <article className="poster-sheet flex flex-col gap-6 p-6 sm:p-10">
        <header>
          <p className="flex items-center gap-2 text-lg font-bold text-[#0b5394]">
            <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="7" fill="#0b5394" />
              <path d="M9 16.5l4.5 4.5L23 11" fill="none" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            ASN Netral
          </p>
          <h1 className="mt-3 text-[1.9em] font-extrabold leading-tight">{t('heading')}</h1>
        </header>
        {columns.map(({ kind, title, band }) => (
          <section key={kind} aria-labelledby={`poster-${kind}`}>
            <h2 id={`poster-${kind}`} className={`${band} inline-block rounded px-3 py-1 text-[1.2em] font-bold text-white`}>
              {title}
            </h2>
            <KeyPointList points={points.filter((point) => point.kind === kind)} locale={locale} className="mt-3 grid gap-2" />
          </section>
        ))}
        <footer className="mt-auto flex flex-wrap items-center gap-5 border-t border-[#c9d3dc] pt-5">
          <QrCode value={portalUrl} label={t('qrLabel', { url: portalUrl })} className="w-32 shrink-0" />
          <div className="min-w-0 flex-1 basis-48">
            <p className="font-bold">{t('scan')}</p>
            <p className="break-all text-[1.1em] font-bold text-[#0b5394]">{portalUrl}</p>
            <p className="mt-2 text-[0.8em] text-[#3b4a58]">{t('footer', { date: checked })}</p>
          </div>
        </footer>
      </article>
    </>
  );
}
