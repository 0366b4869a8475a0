import { localePath, sectionPaths } from '@/lib/site/routes';
import { Island } from '@/components/islands/Island';

/** "← Back to the morning assembly kit", taking the page's event back along. */
export function BackToKit({ locale, label }: { locale: string; label: string }) {
  return (
    <p className="text-sm">
      <Island name="apel.event-link" props={{ href: localePath(locale, sectionPaths.apel), className: 'link' }} slots={{ children: `← ${label}` }} />
    </p>
  );
}
