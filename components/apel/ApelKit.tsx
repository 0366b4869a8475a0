import { useTranslations } from 'next-intl';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { ApelQrCodes } from './ApelQrCodes';
import { ApelSlides } from './ApelSlides';
import { WhatsAppMessage } from './WhatsAppMessage';

/** The morning assembly page: how to use it, the slides, the WhatsApp message, QR codes and the poster.
 *  Printing it prints only the slides. */
export function ApelKit({ locale }: { locale: string }) {
  const t = useTranslations('ApelPage');
  return (
    <>
      <div className="print:hidden">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 max-w-prose text-lg text-muted">{t('description')}</p>
        <h2 className="mt-8 text-xl font-bold">{t('howTitle')}</h2>
        <ol className="mt-3 grid max-w-prose list-decimal gap-2 pl-6">
          <li>{t('howProject')}</li>
          <li>{t('howNavigate')}</li>
          <li>{t('howPledge')}</li>
          <li>{t('howShare')}</li>
        </ol>
      </div>

      <section aria-labelledby="apel-slides" className="mt-10 print:mt-0">
        <h2 id="apel-slides" className="text-xl font-bold print:hidden">
          {t('slidesTitle')}
        </h2>
        <div className="mt-4 print:mt-0">
          <ApelSlides locale={locale} />
        </div>
        <p className="mt-3 max-w-prose text-sm text-muted print:hidden">{t('slidesPrint')}</p>
      </section>

      <div className="print:hidden">
        <section aria-labelledby="apel-message" className="mt-12">
          <h2 id="apel-message" className="text-xl font-bold">
            {t('messageTitle')}
          </h2>
          <p className="mt-2 max-w-prose">{t('messageIntro')}</p>
          <WhatsAppMessage locale={locale} />
        </section>

        <section aria-labelledby="apel-qr" className="mt-12">
          <h2 id="apel-qr" className="text-xl font-bold">
            {t('qrTitle')}
          </h2>
          <p className="mt-2 max-w-prose">{t('qrIntro')}</p>
          <ApelQrCodes locale={locale} />
        </section>

        <section aria-labelledby="apel-poster" className="mt-12">
          <h2 id="apel-poster" className="text-xl font-bold">
            {t('posterTitle')}
          </h2>
          <p className="mt-2 max-w-prose">{t('posterText')}</p>
          <p className="mt-3">
            <a className="btn" href={localePath(locale, `${sectionPaths.apel}/poster`)}>
              {t('posterLink')}
            </a>
          </p>
        </section>
      </div>
    </>
  );
}
