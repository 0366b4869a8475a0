import { useLocale, useTranslations } from 'next-intl';
import { getSanctions } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import { LegalBasisText } from './LegalBasisText';

/** `<SanctionList />`: the six kinds of sanction, mildest first, rendered from content/sanctions.json. */
export function SanctionList() {
  const locale = useLocale();
  const t = useTranslations('SanctionList');
  return (
    <ul className="sanction-list space-y-4">
      {getSanctions().map((sanction) => (
        <li key={sanction.code} id={`sanction-${sanction.code}`} className="rounded-lg border border-line p-4">
          <p className="text-lg font-bold">{localize(sanction.name, locale)}</p>
          <p className="mt-1">{localize(sanction.summary, locale)}</p>
          <p className="mt-2 font-semibold">{t('forms')}</p>
          <ul className="mt-1">
            {sanction.forms.map((form) => (
              <li key={form.id}>{localize(form, locale)}</li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            <span className="font-semibold">{t('imposedBy')}:</span> {localize(sanction.imposedBy, locale)}
          </p>
          <p className="mt-1 text-sm text-muted">
            <span className="font-semibold">{t('basis')}:</span> <LegalBasisText basis={sanction.basis} />
          </p>
        </li>
      ))}
    </ul>
  );
}
