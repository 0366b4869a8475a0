import { useLocale, useTranslations } from 'next-intl';
import { getViolations } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localized';
import type { violationLists } from '@/lib/content/violation';
import { LegalBasisText } from './LegalBasisText';
import { SanctionBadges } from './SanctionBadges';

/**
 * `<ViolationList list="skb2022-disiplin" />`: one joint-decree list in its own numbering, rendered from
 * content/violations.json with each item's sanction and legal basis. Each item is anchored by its id
 * (`#skb2022-d-6`), so the checker and the quiz can link to it.
 */
export function ViolationList({ list }: { list: (typeof violationLists)[number] }) {
  const locale = useLocale();
  const t = useTranslations('ViolationList');
  const items = getViolations().filter((violation) => violation.list === list);
  return (
    <ol className="violation-list">
      {items.map((violation) => (
        <li key={violation.id} id={violation.id} value={violation.number}>
          <p>{localize(violation.text, locale)}</p>
          <p className="mt-1 text-sm">
            <span className="font-semibold">{t('sanction')}:</span>{' '}
            {violation.sanctions.length > 0 && <SanctionBadges codes={violation.sanctions} />}
            {violation.sanctions.length === 0 && (
              <em>{violation.sanctionStatus === 'unconfirmed' ? t('unconfirmedSanction') : t('noFixedSanction')}</em>
            )}
            {/* The note shared by the 2020 items is shown once, above the list. */}
            {violation.sanctionNote && violation.sanctionStatus !== 'unconfirmed' && <span> {localize(violation.sanctionNote, locale)}</span>}
          </p>
          <p className="mt-1 text-sm text-muted">
            <span className="font-semibold">{t('basis')}:</span> <LegalBasisText basis={violation.basis} />
          </p>
        </li>
      ))}
    </ol>
  );
}
