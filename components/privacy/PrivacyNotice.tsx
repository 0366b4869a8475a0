import { useLocale, useTranslations } from 'next-intl';
import { deleteDataAnchor } from '@/lib/site/routes';

const sections = ['asks', 'device', 'host', 'offline', 'none'] as const;

/**
 * The privacy page: what stays on the device, what the web host can see, and a control that deletes everything
 * this site keeps on the device. The page is plain HTML; components/enhance/enhance.ts makes the control work and shows how
 * much the offline copy takes.
 */
export function PrivacyNotice() {
  const t = useTranslations('PrivacyPage');
  // The site script writes the size with this separator ("1,5 MB"): read here, at build time, because creating a
  // number format in the page would load its locale data while the page starts (a long task on a slow phone).
  const decimal = new Intl.NumberFormat(useLocale()).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{t('description')}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`privasi-${section}`} className="mt-8 max-w-prose">
          <h2 id={`privasi-${section}`} className="text-2xl font-bold">
            {t(`${section}.title`)}
          </h2>
          {t.rich(`${section}.text`, { p: (chunks) => <p className="mt-2">{chunks}</p> })}
        </section>
      ))}
      <section id={deleteDataAnchor} aria-labelledby="hapus-data-title" className="mt-10 max-w-prose scroll-mt-4 rounded-xl border border-line bg-surface p-4">
        <h2 id="hapus-data-title" className="text-2xl font-bold">
          {t('delete.title')}
        </h2>
        <p className="mt-2">{t('delete.text')}</p>
        <p className="mt-2 text-muted" data-storage-estimate="" data-template={t('delete.usage')} data-decimal={decimal} hidden />
        <button
          type="button"
          className="btn mt-4"
          data-delete-my-data=""
          data-done={t('delete.done')}
          data-failed={t('delete.failed')}
          data-nothing={t('delete.nothing')}
        >
          {t('delete.button')}
        </button>
        <p role="status" className="mt-2 font-semibold" />
        <noscript>
          <p className="mt-2">{t('delete.noScript')}</p>
        </noscript>
      </section>
    </>
  );
}
