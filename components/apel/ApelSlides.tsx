import { compileMessage } from '@/lib/i18n/compile-messages';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { QrCode } from '@/components/share/QrCode';
import { citationNames, getApelKeyPoints, getApelScript, getPledge } from '@/lib/apel/apel-content';
import { localize } from '@/lib/content/localize';
import { plannedSeconds, type SlideKind, splitSeconds } from '@/lib/apel/script';
import { chunkEvenly } from '@/lib/apel/slides';
import { absoluteUrl, siteUrl } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { Island } from '@/components/islands/Island';
import { EventQrCodeIsland } from './EventQrCodeIsland';
import { KeyPointList } from './KeyPointList';
import './slides.css';

/** At most this many key points on one slide, so that the type stays large enough for the back row. */
const pointsPerSlide = 4;

/** The address without its scheme, as people read it off a slide. */
const readable = (url: string) => url.replace(/^https?:\/\//, '');

interface Slide {
  kind: SlideKind;
  title: string;
  body: ReactNode;
  className?: string;
}

/**
 * The presentation: cover, what neutrality means, do's, don'ts, the pledge, the quiz QR code and a closing
 * slide with the local reporting contact. The event's details (from the URL fragment) fill the cover, the
 * closing slide and the QR codes; the speaker's notes come from content/apel-script.json.
 */
export function ApelSlides({ locale }: { locale: string }) {
  const t = useTranslations('ApelSlides');
  const p = useTranslations('ApelPresent');
  const points = getApelKeyPoints();
  const pledge = getPledge();
  const script = getApelScript();
  const quizUrl = absoluteUrl(`${localePath(locale, sectionPaths.quiz)}?ronde=pendek`);
  const checkerUrl = absoluteUrl(localePath(locale, sectionPaths.checker));
  const reportGuideUrl = absoluteUrl(localePath(locale, `${sectionPaths.guides}/cara-melapor`));
  const neutralityTitle = localize(script.neutrality.title, locale);

  const slides: Slide[] = [
    {
      kind: 'cover',
      title: t('coverTitle'),
      body: (
        <>
          <p className="deck-small font-bold uppercase tracking-wide">
            <Island name="apel.event-value" props={{ field: 'office', locale, fallback: t('coverKicker') }} />
          </p>
          <h3 className="deck-title deck-cover-title">{t('coverTitle')}</h3>
          <p>{t('coverText')}</p>
          <Island name="apel.event-line" props={{ fields: ['name', 'date', 'place'], locale, className: 'font-bold' }} />
          <Island name="apel.event-line" props={{ fields: ['presenter'], locale, label: `${p('presenter')}:`, className: 'deck-small' }} />
          <p className="deck-small">ASN Netral · {new URL(siteUrl).host}</p>
        </>
      ),
    },
    {
      kind: 'neutrality',
      title: neutralityTitle,
      className: 'deck-dense',
      body: (
        <>
          <h3 className="deck-title">{neutralityTitle}</h3>
          <ul className="grid list-disc gap-[0.5em] pl-[1.2em]">
            {script.neutrality.points.map((point) => (
              <li key={point.id}>{localize(point.text, locale)}</li>
            ))}
          </ul>
          <p className="deck-small">
            {p('sources', { names: citationNames(script.neutrality.points.flatMap((point) => point.sources), locale).join(', ') })}
          </p>
        </>
      ),
    },
    ...(['do', 'dont'] as const).flatMap((kind) => {
      const groups = chunkEvenly(points.filter((point) => point.kind === kind), pointsPerSlide);
      return groups.map((group, i): Slide => {
        const numbering = { part: i + 1, parts: groups.length };
        const title = kind === 'do' ? t('doTitle', numbering) : t('dontTitle', numbering);
        return {
          kind,
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
      kind: 'pledge',
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
      kind: 'qr',
      title: t('qrSlideTitle'),
      className: 'deck-tight',
      body: (
        <>
          <h3 className="deck-title text-center">{t('qrSlideTitle')}</h3>
          <div className="grid grid-cols-2 gap-[4cqw]">
            <figure className="flex flex-col items-center gap-[1cqw] text-center">
              <EventQrCodeIsland url={quizUrl} locale={locale} label={compileMessage(t.raw('qrCodeOf'))} className="w-[min(30cqw,100%)]" />
              <figcaption>
                <span className="block font-bold">{t('qrQuiz')}</span>
                <span className="block break-all text-[max(0.75rem,1.6cqw)] text-[#3b4a58]">{readable(quizUrl)}</span>
              </figcaption>
            </figure>
            <figure className="flex flex-col items-center gap-[1cqw] text-center">
              <QrCode value={checkerUrl} label={t('qrCodeOf', { url: checkerUrl })} className="w-[min(30cqw,100%)]" />
              <figcaption>
                <span className="block font-bold">{t('qrChecker')}</span>
                <span className="block break-all text-[max(0.75rem,1.6cqw)] text-[#3b4a58]">{readable(checkerUrl)}</span>
              </figcaption>
            </figure>
          </div>
        </>
      ),
    },
    {
      kind: 'closing',
      title: p('closingTitle'),
      body: (
        <>
          <h3 className="deck-title">{p('closingTitle')}</h3>
          <p>{p('closingReport')}</p>
          <Island
            name="apel.event-line"
            props={{ fields: ['contact'], locale, label: p('closingLocal'), className: 'rounded-[0.4em] border-[0.15em] border-[#0b5394] p-[0.5em] text-[1.2em] font-bold' }}
          />
          <p>{p('closingNational', { url: readable(reportGuideUrl) })}</p>
          <Island name="apel.event-line" props={{ fields: ['office', 'name', 'date'], locale, className: 'deck-small' }} />
        </>
      ),
    },
  ];

  const slidesOfKind = (kind: SlideKind) => slides.filter((slide) => slide.kind === kind).length;
  const notes = slides.map((slide) => {
    const position = slides.filter((other) => other.kind === slide.kind).indexOf(slide);
    const { seconds, note } = script.slides[slide.kind];
    return { text: localize(note, locale), seconds: splitSeconds(seconds, slidesOfKind(slide.kind))[position] ?? seconds };
  });
  const total = slides.length;
  return (
    <Island
      name="apel.slide-deck"
      slots={{
        slides: slides.map((slide) => slide.body),
        qrOverlay: (
          <>
            <p className="text-[1.4em] font-extrabold text-[#0b5394]">{p('qrOverlayTitle')}</p>
            <EventQrCodeIsland url={quizUrl} locale={locale} label={compileMessage(p.raw('qrOverlayLabel'))} />
            <p className="font-bold">{readable(quizUrl)}</p>
          </>
        ),
      }}
      props={{
        locale,
        slideClassNames: slides.map((slide) => slide.className ?? ''),
        slideLabels: slides.map((slide, i) => t('slideLabel', { current: i + 1, total, title: slide.title })),
        counters: slides.map((_, i) => t('counter', { current: i + 1, total })),
        notes,
        plannedSeconds,
        labels: {
          deck: t('deckLabel'),
          roleDeck: t('roleDeck'),
          roleSlide: t('roleSlide'),
          previous: t('previous'),
          next: t('next'),
          enterFullscreen: t('enterFullscreen'),
          exitFullscreen: t('exitFullscreen'),
          keyboardHint: p('keyboardHint'),
          notesTitle: p('notesTitle'),
          notesTime: compileMessage(p.raw('notesTime')),
          showNotes: p('showNotes'),
          hideNotes: p('hideNotes'),
          timer: compileMessage(p.raw('timer')),
          timerLabel: p('timerLabel'),
          startTimer: p('startTimer'),
          pauseTimer: p('pauseTimer'),
          resetTimer: p('resetTimer'),
          showTimer: p('showTimer'),
          hideTimer: p('hideTimer'),
          showQr: p('showQr'),
          hideQr: p('hideQr'),
        },
      }}
    />
  );
}
