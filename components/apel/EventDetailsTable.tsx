import { useTranslations } from 'next-intl';
import type { ApelEventField } from '@/lib/apel/event';
import { Island } from '@/components/islands/Island';

const blank = '……………………………………';

/** The event's details as the head of a form; a dotted line to write on where the link gives none. */
export function EventDetailsTable({ locale, fields }: { locale: string; fields: ApelEventField[] }) {
  const t = useTranslations('ApelPrepare');
  return (
    <table className="apel-details">
      <tbody>
        {fields.map((field) => (
          <tr key={field}>
            <th scope="row" className="w-[38%] font-semibold">
              {t(`fields.${field}`)}
            </th>
            <td>
              <Island name="apel.event-value" props={{ field, locale, fallback: blank }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
