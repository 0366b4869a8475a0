import type { GuideSummary } from '@/lib/content/guides';
import { localePath, sectionPaths } from '@/lib/site/routes';

export function GuideCards({ locale, guides }: { locale: string; guides: GuideSummary[] }) {
  return (
    <ol className="mt-8 grid gap-4 sm:grid-cols-2">
      {guides.map((guide) => (
        <li key={guide.slug}>
          <a
            href={localePath(locale, `${sectionPaths.guides}/${guide.slug}`)}
            className="block h-full rounded-xl border border-line bg-surface p-5 no-underline hover:border-brand"
          >
            <span className="text-lg font-bold text-brand underline underline-offset-4">{guide.title}</span>
            <span className="mt-2 block text-ink">{guide.summary}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}
