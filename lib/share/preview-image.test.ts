import { describe, expect, it } from 'vitest';
import { previewImagePath, sectionOfPath } from './preview-image';

describe('sectionOfPath', () => {
  it('finds the section of a page from its first path segment', () => {
    expect(sectionOfPath('')).toBe('home');
    expect(sectionOfPath('panduan')).toBe('guides');
    expect(sectionOfPath('panduan/media-sosial')).toBe('guides');
    expect(sectionOfPath('/cek/')).toBe('checker');
    expect(sectionOfPath('apel/poster')).toBe('apel');
  });
  it('falls back to the home image for a path outside the sections', () => {
    expect(sectionOfPath('tentang')).toBe('home');
  });
});

describe('previewImagePath', () => {
  it('puts one image per section under the locale', () => {
    expect(previewImagePath('en', 'quiz')).toBe('/en/og/quiz.png');
  });
});
