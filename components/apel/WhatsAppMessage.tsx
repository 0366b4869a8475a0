import { useTranslations } from 'next-intl';
import { CopyButton } from '@/components/share/CopyButton';
import { whatsappShareUrl } from '@/lib/share/whatsapp';
import { absoluteUrl } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';

/** A ready message for the office WhatsApp group, with a copy button and a WhatsApp share link. */
export function WhatsAppMessage({ locale }: { locale: string }) {
  const t = useTranslations('ApelMessage');
  const message = t('text', {
    guidesUrl: absoluteUrl(localePath(locale, sectionPaths.guides)),
    quizUrl: absoluteUrl(`${localePath(locale, sectionPaths.quiz)}?ronde=pendek`),
    checkerUrl: absoluteUrl(localePath(locale, sectionPaths.checker)),
  });
  return (
    <>
      <p className="mt-4 whitespace-pre-line break-words rounded-lg border border-line bg-canvas p-4 font-mono text-sm" data-testid="whatsapp-message">
        {message}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CopyButton text={message} label={t('copy')} copiedLabel={t('copied')} failedLabel={t('copyFailed')} />
        <a className="btn btn-secondary" href={whatsappShareUrl(message)} target="_blank" rel="noopener noreferrer">
          {t('whatsapp')} <span className="sr-only">{t('opensWhatsapp')}</span>
        </a>
      </div>
    </>
  );
}
