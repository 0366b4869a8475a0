import { useLocale } from 'next-intl';
import { getSanctions, type SanctionCode } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';

const severe = new Set<SanctionCode>(['disiplin_berat', 'ptdh', 'pidana']);

/** Sanction names as small labels; the gravest are drawn in the violation colour. */
export function SanctionBadges({ codes }: { codes: SanctionCode[] }) {
  const locale = useLocale();
  const sanctions = getSanctions();
  return (
    <>
      {codes.map((code) => {
        const sanction = sanctions.find((candidate) => candidate.code === code);
        const tone = severe.has(code) ? 'border-violation text-violation' : 'border-caution text-caution';
        return (
          <span key={code} className={`mr-1 inline-block rounded border px-1.5 text-sm font-semibold ${tone}`}>
            {sanction ? localize(sanction.name, locale) : code}
          </span>
        );
      })}
    </>
  );
}
