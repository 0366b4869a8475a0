import { useFormatter } from 'next-intl';

/** An ISO date in the reader's language, e.g. "25 Februari 2023" / "25 February 2023". */
export function SourceDate({ date }: { date: string }) {
  const format = useFormatter();
  return <time dateTime={date}>{format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}</time>;
}
