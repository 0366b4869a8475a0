import { compileMessage } from '@/lib/i18n/compile-messages';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { eventFields } from '@/lib/apel/event';
import { absoluteUrl } from '@/lib/site/config';
import { localePath, sectionPaths, toolPaths } from '@/lib/site/routes';
import { Island } from '@/components/islands/Island';
import { ApelQrCodes } from './ApelQrCodes';
import { ApelSlides } from './ApelSlides';

/** Pages of the kit that take the event along (paths under /<locale>/apel/). */
export const apelPages = { poster: 'poster', attendance: 'daftar-hadir', record: 'berita-acara', verify: 'verifikasi', tally: 'rekap' } as const;

/**
 * The morning assembly page: prepare (the event form and its link), present (the slides, with notes and a
 * timer), share (the WhatsApp message and QR codes) and record (poster, attendance sheet, briefing record,
 * verify and tally completion codes). Printing it prints only the slides.
 */
export function ApelKit({ locale }: { locale: string }) {
  const t = useTranslations('ApelPage');
  const prepare = useTranslations('ApelPrepare');
  const present = useTranslations('ApelPresent');
  const message = useTranslations('ApelMessage');
  const record = useTranslations('ApelRecordLinks');
  const apelPath = (page: string) => localePath(locale, `${sectionPaths.apel}/${page}`);
  const recordLinks = [
    { page: apelPages.poster, title: t('posterLink'), text: t('posterText') },
    { page: apelPages.attendance, title: record('attendance'), text: record('attendanceText') },
    { page: apelPages.record, title: record('record'), text: record('recordText') },
    { page: apelPages.verify, title: record('verify'), text: record('verifyText') },
    { page: apelPages.tally, title: record('tally'), text: record('tallyText') },
  ];

  return (
    <>
      <div className="print:hidden">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-3xl font-bold">{t('title')}</h1>
            <p className="mt-3 max-w-prose text-lg text-muted">{t('description')}</p>
          </div>
          <Island name="apel.present-button" props={{ label: present('start') }} />
        </div>
        <h2 className="mt-8 text-xl font-bold">{t('howTitle')}</h2>
        <ol className="mt-3 grid max-w-prose list-decimal gap-2 pl-6">
          <li>{t('howPrepare')}</li>
          <li>{t('howProject')}</li>
          <li>{t('howPledge')}</li>
          <li>{t('howRecord')}</li>
        </ol>

        <KitSection id="apel-prepare" title={prepare('title')} intro={prepare('intro')} spacing="mt-10">
          <div className="mt-4">
            <Island
              name="apel.event-form"
              props={{
                pageUrl: absoluteUrl(localePath(locale, sectionPaths.apel)),
                labels: {
                  fields: Object.fromEntries(eventFields.map((field) => [field, prepare(`fields.${field}`)])) as Record<(typeof eventFields)[number], string>,
                  hints: { office: prepare('hints.office'), contact: prepare('hints.contact') },
                  linkLabel: prepare('linkLabel'),
                  linkHint: prepare('linkHint'),
                  noEvent: prepare('noEvent'),
                  copy: prepare('copy'),
                  copied: prepare('copied'),
                  copyFailed: prepare('copyFailed'),
                  clear: prepare('clear'),
                },
              }}
            />
          </div>
        </KitSection>
      </div>

      <section aria-labelledby="apel-slides" className="mt-10 print:mt-0">
        <h2 id="apel-slides" className="text-xl font-bold print:hidden">
          {t('slidesTitle')}
        </h2>
        <p className="mt-2 max-w-prose print:hidden">{present('intro')}</p>
        <div className="mt-4 print:mt-0">
          <ApelSlides locale={locale} />
        </div>
        <p className="mt-3 max-w-prose text-sm text-muted print:hidden">{t('slidesPrint')}</p>
      </section>

      <div className="print:hidden">
        <KitSection id="apel-message" title={t('messageTitle')} intro={t('messageIntro')}>
          <Island
            name="apel.whatsapp-message"
            props={{
              locale,
              urls: {
                guidesUrl: absoluteUrl(localePath(locale, sectionPaths.guides)),
                quizUrl: absoluteUrl(`${localePath(locale, sectionPaths.quiz)}?ronde=pendek`),
                checkerUrl: absoluteUrl(localePath(locale, sectionPaths.checker)),
              },
              labels: {
                text: compileMessage(message.raw('text')),
                eventLine: compileMessage(message.raw('eventLine')),
                contactLine: compileMessage(message.raw('contactLine')),
                editLabel: message('editLabel'),
                editHint: message('editHint'),
                copy: message('copy'),
                copied: message('copied'),
                copyFailed: message('copyFailed'),
                whatsapp: message('whatsapp'),
                opensWhatsapp: message('opensWhatsapp'),
              },
            }}
          />
        </KitSection>

        <KitSection id="apel-qr" title={t('qrTitle')} intro={t('qrIntro')}>
          <ApelQrCodes locale={locale} />
        </KitSection>

        <KitSection id="apel-record" title={record('title')} intro={record('intro')}>
          <LinkCards items={recordLinks.map(({ page, title, text }) => ({ href: apelPath(page), title, text, carriesEvent: true }))} />
        </KitSection>

        <KitSection id="apel-tools" title={record('toolsTitle')} intro={record('toolsIntro')}>
          <LinkCards
            items={[
              { href: localePath(locale, toolPaths.selfCheck), title: record('selfCheck'), text: record('selfCheckText') },
              { href: `${localePath(locale, toolPaths.report)}#ditekan`, title: record('pressure'), text: record('pressureText') },
              { href: localePath(locale, toolPaths.report), title: record('report'), text: record('reportText') },
            ]}
          />
        </KitSection>
      </div>
    </>
  );
}

/** One part of the kit: a titled section with its introduction. */
function KitSection({ id, title, intro, spacing = 'mt-12', children }: { id: string; title: string; intro: string; spacing?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={spacing}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <p className="mt-2 max-w-prose">{intro}</p>
      {children}
    </section>
  );
}

/** Pages to open from the kit, as cards. `carriesEvent`: the link takes the assembly's details along. */
function LinkCards({ items }: { items: { href: string; title: string; text: string; carriesEvent?: boolean }[] }) {
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2">
      {items.map(({ href, title, text, carriesEvent }) => (
        <li key={href} className="rounded-xl border border-line bg-surface p-4">
          {carriesEvent ? (
            <Island name="apel.event-link" props={{ href, className: 'link text-lg font-bold' }} slots={{ children: title }} />
          ) : (
            <a className="link text-lg font-bold" href={href}>
              {title}
            </a>
          )}
          <p className="mt-1 text-muted">{text}</p>
        </li>
      ))}
    </ul>
  );
}
