import { localePath, sectionPaths } from '@/lib/site/routes';
import { EventLink } from './EventLink';

/** "← Back to the morning assembly kit", taking the page's event back along. */
export function BackToKit({ locale, label }: { locale: string; label: string }) {
  return (
    <p className="text-sm">
      <EventLink className="link" href={localePath(locale, sectionPaths.apel)}>
        ← {label}
      </EventLink>
    </p>
  );
}
