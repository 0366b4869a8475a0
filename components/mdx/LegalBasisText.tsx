import { useLocale, useTranslations } from 'next-intl';
import { getInstruments, getSourceHref } from '@/lib/content/catalog';
import type { LegalBasis } from '@/lib/content/legal-basis';
import { localize } from '@/lib/content/localize';

/** A list of legal bases ("SKB 2022, Lampiran II …; PP 42/2004 Pasal 11 huruf c"), marking how sure each is. */
export function LegalBasisText({ basis }: { basis: LegalBasis[] }) {
  const locale = useLocale();
  const t = useTranslations('LegalBasisText');
  const instruments = getInstruments();
  const marks = { verified: '', conflicting: t('conflicting'), reported: t('reported'), unconfirmed: t('unconfirmed') };
  return (
    <>
      {basis.map((item, index) => {
        const instrument = instruments.find((candidate) => candidate.id === item.instrument);
        return (
          <span key={`${item.instrument} ${item.article?.id ?? ""}`}>
            {index > 0 && '; '}
            <a className="link" href={getSourceHref(locale, item.instrument)}>
              {instrument ? localize(instrument.short, locale) : item.instrument}
            </a>
            {item.article && ` ${localize(item.article, locale)}`}
            {marks[item.status] && <em> ({marks[item.status]})</em>}
          </span>
        );
      })}
    </>
  );
}
