import { useLocale, useTranslations } from 'next-intl';
import { getViolations, type Violation } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import type { violationLists } from '@/lib/content/violation';
import { Callout } from './Callout';
import { LegalBasisText } from './LegalBasisText';
import { SanctionBadges } from './SanctionBadges';

/**
 * `<ViolationList list="skb2022-disiplin" />`: one joint-decree list in its own numbering, rendered from
 * content/violations.json with each item's sanction and legal basis. Each item is anchored by its id
 * (`#skb2022-d-6`), so the checker and the quiz can link to it. A sanction note that several items share
 * (e.g. "the sanction of each 2020 item is unconfirmed") is said once, above the list, not per item.
 */
export function ViolationList({ list }: { list: (typeof violationLists)[number] }) {
  const locale = useLocale();
  const t = useTranslations('ViolationList');
  const items = getViolations().filter((violation) => violation.list === list);
  const uses = new Map<string, number>();
  for (const item of items) if (item.sanctionNote) uses.set(item.sanctionNote.en, (uses.get(item.sanctionNote.en) ?? 0) + 1);
  const isShared = (item: Violation) => (item.sanctionNote ? (uses.get(item.sanctionNote.en) ?? 0) > 1 : false);
  const sharedNotes = [...new Map(items.filter(isShared).map((item) => [item.sanctionNote?.en, item])).values()];
  return (
    <>
      {sharedNotes.map((item) => (
        <Callout key={item.id} kind={item.sanctionStatus === 'verified' || item.sanctionStatus === 'reported' ? 'caution' : 'unconfirmed'} title={t('sharedNote')}>
          {item.sanctionNote && localize(item.sanctionNote, locale)}
        </Callout>
      ))}
      <ol className="violation-list">
        {items.map((violation) => (
          <li key={violation.id} id={violation.id} value={violation.number}>
            <p>{localize(violation.text, locale)}</p>
            {(violation.sanctions.length > 0 || !isShared(violation)) && (
              <p className="mt-1 text-sm">
                <span className="font-semibold">{t('sanction')}:</span>{' '}
                {violation.sanctions.length > 0 && <SanctionBadges codes={violation.sanctions} />}
                {violation.sanctions.length === 0 && (
                  <em>{violation.sanctionStatus === 'unconfirmed' ? t('unconfirmedSanction') : t('noFixedSanction')}</em>
                )}
                {violation.sanctionNote && !isShared(violation) && <span> {localize(violation.sanctionNote, locale)}</span>}
              </p>
            )}
            <p className="mt-1 text-sm text-muted">
              <span className="font-semibold">{t('basis')}:</span> <LegalBasisText basis={violation.basis} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
