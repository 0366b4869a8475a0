import { compileMessage } from '@/lib/i18n/compile-messages';
import { useTranslations } from 'next-intl';
import { EventQrCodeIsland } from './EventQrCodeIsland';
import { QrCode } from '@/components/share/QrCode';
import { absoluteUrl } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';

/** QR codes for the portal, the short quiz (with this page's event attached) and the checker, each with its address. */
export function ApelQrCodes({ locale }: { locale: string }) {
  const t = useTranslations('ApelQr');
  const slides = useTranslations('ApelSlides');
  const codes = [
    { label: t('portal'), url: absoluteUrl(localePath(locale)), withEvent: false },
    { label: t('quiz'), url: absoluteUrl(`${localePath(locale, sectionPaths.quiz)}?ronde=pendek`), withEvent: true },
    { label: t('checker'), url: absoluteUrl(localePath(locale, sectionPaths.checker)), withEvent: false },
  ];
  return (
    <ul className="mt-4 grid gap-6 sm:grid-cols-3">
      {codes.map(({ label, url, withEvent }) => (
        <li key={url}>
          <figure className="flex flex-col items-center gap-2 rounded-xl border border-line bg-surface p-4 text-center">
            {withEvent ? (
              <EventQrCodeIsland url={url} locale={locale} label={compileMessage(slides.raw('qrCodeOf'))} className="w-full max-w-52" />
            ) : (
              <QrCode value={url} label={slides('qrCodeOf', { url })} className="w-full max-w-52" />
            )}
            <figcaption>
              <span className="block font-bold">{label}</span>
              <span className="block break-all text-sm text-muted">{url}</span>
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
