import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { QrCode } from '@/components/share/QrCode';
import { getApelKeyPoints, getPledge } from '@/lib/apel/apel-content';
import { localize } from '@/lib/apel/localize';
import { chunkEvenly } from '@/lib/apel/slides';
import { getGuide } from '@/lib/content/guides';
import { absoluteUrl, siteUrl } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { KeyPointList } from './KeyPointList';
import { SlideDeck } from './SlideDeck';
import './slides.css';

/** At most this many key points on one slide, so that the type stays large enough for the back row. */
const pointsPerSlide = 4;

/** The presentation: cover, what neutrality is, do's, don'ts, the pledge and the QR codes. */
export function ApelSlides({ locale }: { locale: string }) {
  const t = useTranslations('ApelSlides');
  const points = getApelKeyPoints();
  const pledge = getPledge();
  const neutrality = getGuide(locale, 'apa-itu-netralitas');
  const quizUrl = absoluteUrl(`${localePath(locale, sectionPaths.quiz)}?ronde=pendek`);
  const checkerUrl = absoluteUrl(localePath(locale, sectionPaths.checker));

  const slides: { title: string; body: ReactNode; className?: string }[] = [
    {
      title: t('coverTitle'),
      body: (
        <>
          <p className="deck-small font-bold uppercase tracking-wide">{t('coverKicker')}</p>
          <h3 className="deck-title deck-cover-title">{t('coverTitle')}</h3>
          <p>{t('coverText')}</p>
          <p className="deck-small">ASN Netral · {new URL(siteUrl).host}</p>
        </>
      ),
    },
    {
      title: neutrality.title,
      body: (
        <>
          <h3 className="deck-title">{neutrality.title}</h3>
          <p className="text-[1.2em]">{neutrality.summary}</p>
        </>
      ),
    },
    ...(['do', 'dont'] as const).flatMap((kind) => {
      const groups = chunkEvenly(points.filter((point) => point.kind === kind), pointsPerSlide);
      return groups.map((group, i) => {
        const numbering = { part: i + 1, parts: groups.length };
        const title = kind === 'do' ? t('doTitle', numbering) : t('dontTitle', numbering);
        return {
          title,
          body: (
            <>
              <h3 className="deck-title">{title}</h3>
              <KeyPointList points={group} locale={locale} className="grid gap-[0.7em]" />
            </>
          ),
        };
      });
    }),
    {
      title: localize(pledge.title, locale),
      className: 'deck-dense',
      body: (
        <>
          <h3 className="deck-title">{localize(pledge.title, locale)}</h3>
          <p className="font-bold">{localize(pledge.opening, locale)}</p>
          <ol className="grid list-decimal gap-[0.5em] pl-[1.4em]">
            {pledge.points.map((point) => (
              <li key={point.id}>{localize(point.text, locale)}</li>
            ))}
          </ol>
          <p className="deck-small">{t('pledgeNote')}</p>
        </>
      ),
    },
    {
      title: t('qrSlideTitle'),
      className: 'deck-tight',
      body: (
        <>
          <h3 className="deck-title text-center">{t('qrSlideTitle')}</h3>
          <div className="grid grid-cols-2 gap-[4cqw]">
            {[
              { label: t('qrQuiz'), url: quizUrl },
              { label: t('qrChecker'), url: checkerUrl },
            ].map(({ label, url }) => (
              <figure key={url} className="flex flex-col items-center gap-[1cqw] text-center">
                <QrCode value={url} label={t('qrCodeOf', { url })} className="w-[min(30cqw,100%)]" />
                <figcaption>
                  <span className="block font-bold">{label}</span>
                  <span className="block break-all text-[max(0.75rem,1.6cqw)] text-[#3b4a58]">{url}</span>
                </figcaption>
              </figure>
            ))}
          </div>
        </>
      ),
    },
  ];

  const total = slides.length;
  return (
    <SlideDeck
      slides={slides.map((slide) => slide.body)}
      slideClassNames={slides.map((slide) => slide.className ?? '')}
      slideLabels={slides.map((slide, i) => t('slideLabel', { current: i + 1, total, title: slide.title }))}
      counters={slides.map((_, i) => t('counter', { current: i + 1, total }))}
      labels={{
        deck: t('deckLabel'),
        roleDeck: t('roleDeck'),
        roleSlide: t('roleSlide'),
        previous: t('previous'),
        next: t('next'),
        enterFullscreen: t('enterFullscreen'),
        exitFullscreen: t('exitFullscreen'),
        keyboardHint: t('keyboardHint'),
      }}
    />
  );
}
