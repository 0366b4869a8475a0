import { describe, expect, it } from 'vitest';
import { localePath, switchLocalePath } from './routes';

describe('localePath', () => {
  it('adds the locale prefix and the trailing slash', () => {
    expect(localePath('id')).toBe('/id/');
    expect(localePath('en', 'panduan/media-sosial')).toBe('/en/panduan/media-sosial/');
    expect(localePath('id', '/cek/')).toBe('/id/cek/');
  });
});

describe('switchLocalePath', () => {
  it('keeps the page and swaps the locale', () => {
    expect(switchLocalePath('/id/panduan/media-sosial/', 'en')).toBe('/en/panduan/media-sosial/');
    expect(switchLocalePath('/en/', 'id')).toBe('/id/');
    expect(switchLocalePath('/en', 'id')).toBe('/id/');
  });
  it('falls back to the home page for a path without a locale', () => {
    expect(switchLocalePath('/', 'en')).toBe('/en/');
    expect(switchLocalePath('/xyz/', 'en')).toBe('/en/');
  });
});
