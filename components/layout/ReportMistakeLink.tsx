import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { reportErrorUrl } from '@/lib/site/config';
import { reportMistakeHref } from '@/lib/site/report-mistake';

interface Props {
  /** The reader's locale (the message is written in it). */
  locale: string;
  /** Title of the page the reader is on; it goes into the subject. */
  pageTitle: string;
  /** Absolute address of that page; it goes into the message. Omit in the footer, where the page is not known. */
  pageUrl?: string;
}

/**
 * "Report a mistake on this page": a link to REPORT_ERROR_URL (set at build time) with a subject and a
 * message naming the page, so that a correction reaches the editors with what they need. Rendered on the
 * server; a client island gets the same link by calling `reportMistakeHref` where its texts are prepared.
 */
export async function ReportMistakeLink({ locale, pageTitle, pageUrl }: Props) {
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'ReportMistake' });
  const href = reportMistakeHref(reportErrorUrl, {
    subject: pageUrl ? t('subject', { title: pageTitle }) : t('siteSubject'),
    body: pageUrl ? t('pageBody', { url: pageUrl }) : t('siteBody'),
  });
  return (
    <a className="link" href={href}>
      {pageUrl ? t('pageLink') : t('siteLink')}
    </a>
  );
}
