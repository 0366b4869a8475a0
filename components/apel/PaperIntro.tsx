import { Island } from '@/components/islands/Island';
import { BackToKit } from './BackToKit';

/** The screen-only lines above a printable form: back to the kit (with the event), what it is, print. */
export function PaperIntro({ locale, back, intro, print }: { locale: string; back: string; intro: string; print: string }) {
  return (
    <div className="mb-6 print:hidden">
      <BackToKit locale={locale} label={back} />
      <p className="mt-3 max-w-prose">{intro}</p>
      <p className="mt-3">
        <Island name="apel.print-button" props={{ label: print }} />
      </p>
    </div>
  );
}
