import { useTranslations } from 'next-intl';

/** The id of the "on this page" list, the target of the "back to contents" link. Not a heading anchor of any guide. */
export const contentsId = 'daftar-isi';

/** "On this page": links to the guide's main sections, so a reader on a phone can jump straight to one. */
export function GuideContents({ headings }: { headings: { id: string; text: string }[] }) {
  const t = useTranslations('GuidePage');
  if (headings.length < 3) return null;
  return (
    <nav id={contentsId} tabIndex={-1} aria-label={t('contents')} className="no-print mt-6 rounded-lg border border-line p-4" data-pagefind-ignore>
      <p className="font-bold">{t('contents')}</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {headings.map((heading) => (
          <li key={heading.id}>
            <a className="link" href={`#${heading.id}`}>
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
