import { localePath, sectionPaths } from '@/lib/site/routes';
import { EventLink } from './EventLink';
import { PrintButton } from './PrintButton';

/** The screen-only lines above a printable form: back to the kit (with the event), what it is, print. */
export function PaperIntro({ locale, back, intro, print }: { locale: string; back: string; intro: string; print: string }) {
  return (
    <div className="mb-6 print:hidden">
      <p className="text-sm">
        <EventLink className="link" href={localePath(locale, sectionPaths.apel)}>
          ← {back}
        </EventLink>
      </p>
      <p className="mt-3 max-w-prose">{intro}</p>
      <p className="mt-3">
        <PrintButton label={print} />
      </p>
    </div>
  );
}
