import { dateTimeFormat } from '@/lib/i18n/intl-cache';
import type { RoundScore } from './score';
import { formatMessage, type Message } from '@/lib/i18n/format-message';

/** The certificate's texts, in the reader's language; the printed page and the PNG image both render these. */
export interface CertificateTexts {
  brand: string;
  heading: string;
  awardedTo: string;
  /** The name typed on the page; it stays in the page's memory (never saved, never sent). */
  name: string;
  body: string;
  date: string;
  /**
   * Room for one more line under the date, e.g. a completion code that an apel session issues. Nothing sets it
   * yet; both renderings show it when present.
   */
  extraLine?: string;
  note: string;
}

/** The message texts the certificate needs; body and date are compiled ICU messages. */
export interface CertificateLabels {
  certificateHeading: string;
  certificateAwardedTo: string;
  certificateBody: Message;
  certificateDate: Message;
  certificateNote: string;
}

interface CertificateFacts {
  locale: string;
  /** When the round was finished (ISO date-time). */
  finishedAt: string;
  roundName: string;
  score: Pick<RoundScore, 'correct' | 'total' | 'percent'>;
  name: string;
  extraLine?: string;
}

export function certificateTexts(labels: CertificateLabels, facts: CertificateFacts): CertificateTexts {
  const { locale, finishedAt, roundName, score } = facts;
  const date = dateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long' }).format(new Date(finishedAt));
  return {
    brand: 'ASN Netral',
    heading: labels.certificateHeading,
    awardedTo: labels.certificateAwardedTo,
    name: facts.name.trim(),
    body: formatMessage(labels.certificateBody, locale, { round: roundName, correct: score.correct, total: score.total, percent: score.percent }),
    date: formatMessage(labels.certificateDate, locale, { date }),
    ...(facts.extraLine ? { extraLine: facts.extraLine } : {}),
    note: labels.certificateNote,
  };
}

/** Breaks `text` into lines no wider than `maxWidth`; a single word wider than that gets a line of its own. */
export function wrapText(text: string, maxWidth: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The image's size: 4:5 portrait, which WhatsApp shows uncropped. */
export const certificateImageSize = { width: 1080, height: 1350 } as const;

/** The part of the canvas 2D API the drawing uses (a test double can stand in). */
export type CertificateCanvas = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'lineWidth' | 'font' | 'textAlign' | 'textBaseline' | 'fillRect' | 'strokeRect' | 'fillText' | 'measureText' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke'
>;

const colours = { paper: '#ffffff', ink: '#14202b', muted: '#4a5a69', brand: '#0b5394' };
const fontFamily = 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

/** Draws the certificate on a canvas of `certificateImageSize`, in black and brand blue on white, like the print. */
export function drawCertificate(context: CertificateCanvas, texts: CertificateTexts): void {
  const { width, height } = certificateImageSize;
  const centre = width / 2;
  const textWidth = width - 2 * 130;
  context.fillStyle = colours.paper;
  context.fillRect(0, 0, width, height);
  context.strokeStyle = colours.brand;
  context.lineWidth = 10;
  context.strokeRect(40, 40, width - 80, height - 80);
  context.lineWidth = 4;
  context.strokeRect(62, 62, width - 124, height - 124);
  context.textAlign = 'center';
  context.textBaseline = 'alphabetic';

  let y = 170;
  const block = (text: string, size: number, options: { bold?: boolean; colour?: string; gap?: number; lineHeight?: number } = {}) => {
    context.font = `${options.bold ? 'bold ' : ''}${size}px ${fontFamily}`;
    context.fillStyle = options.colour ?? colours.ink;
    y += options.gap ?? 0;
    const lines = wrapText(text, textWidth, (line) => context.measureText(line).width);
    for (const line of lines) {
      context.fillText(line, centre, y);
      y += options.lineHeight ?? Math.round(size * 1.3);
    }
    return lines.length;
  };

  block(texts.brand, 44, { bold: true, colour: colours.brand });
  block(texts.heading, 62, { bold: true, gap: 70 });
  block(texts.awardedTo, 36, { colour: colours.muted, gap: 50 });
  // A blank name leaves a line to write on by hand, as on the printed page.
  if (texts.name) block(texts.name, 60, { bold: true, gap: 30 });
  else y += 30 + 78;
  context.strokeStyle = colours.ink;
  context.lineWidth = 3;
  context.beginPath();
  context.moveTo(centre - textWidth / 2 + 60, y - 40);
  context.lineTo(centre + textWidth / 2 - 60, y - 40);
  context.stroke();
  block(texts.body, 36, { gap: 50, lineHeight: 52 });
  block(texts.date, 36, { bold: true, gap: 40 });
  if (texts.extraLine) block(texts.extraLine, 32, { bold: true, gap: 10 });
  // The note sits at the foot of the page whatever the length above.
  context.font = `26px ${fontFamily}`;
  const noteLines = wrapText(texts.note, textWidth, (line) => context.measureText(line).width);
  y = Math.max(y + 40, height - 110 - (noteLines.length - 1) * 36);
  block(texts.note, 26, { colour: colours.muted, lineHeight: 36 });
}
