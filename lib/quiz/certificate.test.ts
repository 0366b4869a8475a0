import { describe, expect, it } from 'vitest';
import { compileMessage } from '@/lib/i18n/compile-messages';
import { type CertificateCanvas, certificateTexts, drawCertificate, wrapText } from './certificate';

const labels = {
  certificateHeading: 'ASN Neutrality Quiz Certificate',
  certificateAwardedTo: 'awarded to',
  certificateBody: compileMessage('who passed the {round} with {correct} of {total} correct answers ({percent}%).'),
  certificateDate: compileMessage('Date: {date}'),
  certificateNote: 'Made on the participant’s device.',
};
const facts = { locale: 'en', finishedAt: '2026-11-30T08:00:00Z', roundName: 'short round', score: { correct: 9, total: 10, percent: 90 }, name: '  Siti Rahma ' };

describe('certificate texts', () => {
  it('fills the same data for the page and the image', () => {
    expect(certificateTexts(labels, facts)).toEqual({
      brand: 'ASN Netral',
      heading: 'ASN Neutrality Quiz Certificate',
      awardedTo: 'awarded to',
      name: 'Siti Rahma',
      body: 'who passed the short round with 9 of 10 correct answers (90%).',
      date: 'Date: 30 November 2026',
      note: 'Made on the participant’s device.',
    });
    expect(certificateTexts(labels, { ...facts, locale: 'id' }).date).toBe('Date: 30 November 2026');
    expect(certificateTexts(labels, { ...facts, extraLine: 'Code: X' }).extraLine).toBe('Code: X');
  });
});

describe('wrapText', () => {
  const measure = (line: string) => line.length;
  it('breaks at spaces to fit the width', () => {
    expect(wrapText('one two three four', 9, measure)).toEqual(['one two', 'three', 'four']);
  });
  it('keeps an over-long word on its own line', () => {
    expect(wrapText('a verylongword b', 5, measure)).toEqual(['a', 'verylongword', 'b']);
  });
});

describe('drawCertificate', () => {
  it('writes every text, the name included, inside the image', () => {
    const written: { text: string; x: number; y: number }[] = [];
    const context = {
      fillRect() {},
      strokeRect() {},
      beginPath() {},
      moveTo() {},
      lineTo() {},
      stroke() {},
      fillText(text: string, x: number, y: number) {
        written.push({ text, x, y });
      },
      measureText: (text: string) => ({ width: text.length * 18 }),
    } as unknown as CertificateCanvas;
    drawCertificate(context, certificateTexts(labels, facts));
    const all = written.map((entry) => entry.text).join(' ');
    for (const part of ['ASN Netral', 'Siti Rahma', '9 of 10', 'Date: 30 November 2026', 'participant’s device']) expect(all).toContain(part);
    for (const entry of written) {
      expect(entry.y).toBeGreaterThan(0);
      expect(entry.y).toBeLessThan(1350);
    }
  });
});
