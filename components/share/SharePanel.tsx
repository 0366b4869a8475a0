import { useTranslations } from 'next-intl';
import { siteUrl } from '@/lib/site/config';
import { PageShareLinks } from './PageShareLinks';

/**
 * "Share this page", closed by default and rendered by the server on every page. The QR code is the
 * page's own `qr.svg`, written beside its index.html at build time (scripts/build-share-codes.ts), so a
 * closed panel costs no download and no JavaScript for the code.
 */
export function SharePanel() {
  const t = useTranslations('SharePanel');
  return (
    <details className="no-print mt-12 rounded-xl border border-line bg-surface px-4 py-3">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand">{t('summary')}</summary>
      <div className="mt-3 flex flex-wrap items-start gap-5 pb-2">
        {/* biome-ignore lint/performance/noImgElement: a static export serves the file as is */}
        <img src="qr.svg" alt={t('qrAlt')} width={160} height={160} loading="lazy" className="rounded bg-white" />
        <div className="min-w-0 flex-1 basis-56">
          <p>{t('qrHint')}</p>
          <PageShareLinks
            siteUrl={siteUrl}
            labels={{
              copy: t('copy'),
              copied: t('copied'),
              copyFailed: t('copyFailed'),
              whatsapp: t('whatsapp'),
              opensWhatsapp: t('opensWhatsapp'),
            }}
          />
        </div>
      </div>
    </details>
  );
}
