import { useTranslations } from 'next-intl';
import { getPledge } from '@/lib/apel/apel-content';
import { localize } from '@/lib/content/localize';
import { siteUrl } from '@/lib/site/config';
import { EventDetailsTable } from './EventDetailsTable';
import { PaperIntro } from './PaperIntro';
import './paper.css';

/** Signature lines on one A4 page under the header and the pledge; print more copies for a larger office. */
export const attendanceRows = 15;

/** The printable attendance sheet: the event in the header, the pledge above the signature lines. */
export function AttendanceSheet({ locale }: { locale: string }) {
  const t = useTranslations('ApelAttendance');
  const pledge = getPledge();
  return (
    <>
      <PaperIntro locale={locale} back={t('back')} intro={t('intro')} print={t('print')} />
      <article data-print-alone="" className="apel-paper">
        <h1 className="text-center text-[1.35em] font-bold uppercase">{t('heading')}</h1>
        <div className="mt-3">
          <EventDetailsTable locale={locale} fields={['office', 'name', 'date', 'place', 'presenter']} />
        </div>
        <section aria-labelledby="attendance-pledge" className="mt-3">
          <h2 id="attendance-pledge" className="font-bold">
            {localize(pledge.title, locale)}
          </h2>
          <p>{localize(pledge.opening, locale)}</p>
          <ol className="list-decimal pl-6">
            {pledge.points.map((point) => (
              <li key={point.id}>{localize(point.text, locale)}</li>
            ))}
          </ol>
          <p className="mt-1 text-[0.85em]">{t('pledgeNote')}</p>
        </section>
        <p className="mt-2 font-semibold">{t('statement')}</p>
        <table className="apel-sign-rows mt-2">
          <thead>
            <tr>
              <th scope="col" className="w-[7%]">
                {t('number')}
              </th>
              <th scope="col" className="w-[30%]">
                {t('name')}
              </th>
              <th scope="col" className="w-[22%]">
                {t('nip')}
              </th>
              <th scope="col" className="w-[21%]">
                {t('unit')}
              </th>
              <th scope="col">{t('signature')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: attendanceRows }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: numbered empty lines
              <tr key={i}>
                <td>{i + 1}</td>
                <td />
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-[0.8em]">{t('footer', { host: new URL(siteUrl).host })}</p>
      </article>
    </>
  );
}
