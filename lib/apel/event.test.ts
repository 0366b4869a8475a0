import { describe, expect, it } from 'vitest';
import { cleanEvent, eventFingerprint, eventFragment, parseEventFragment, withEvent } from './event';

const event = cleanEvent({
  office: 'BKPSDM Kota Mataram',
  name: 'Apel pagi Senin',
  date: '2026-12-07',
  place: 'Halaman kantor wali kota',
  presenter: 'Sri Wahyuni & tim',
  contact: 'Posko netralitas, WA 0812-3456-7890',
});

describe('event fragment', () => {
  it('round-trips every field through the URL fragment, with Indonesian keys', () => {
    const fragment = eventFragment(event);
    expect(fragment).toContain('kantor=BKPSDM+Kota+Mataram');
    expect(fragment).toContain('tanggal=2026-12-07');
    expect(parseEventFragment(`#${fragment}`)).toEqual(event);
  });

  it('is null without event fields, and drops an impossible date', () => {
    expect(parseEventFragment('')).toBeNull();
    expect(parseEventFragment('#other=1')).toBeNull();
    expect(parseEventFragment('#acara=Apel&tanggal=2026-13-45')).toEqual({ ...cleanEvent({ name: 'Apel' }) });
  });

  it('trims and shortens long fields', () => {
    expect(parseEventFragment(`#kantor=${'x'.repeat(500)}`)?.office).toHaveLength(120);
    expect(parseEventFragment('#acara=%20%20Apel%20%20pagi%20')?.name).toBe('Apel pagi');
  });

  it('attaches the event to a link, keeping its query and replacing its fragment', () => {
    const url = withEvent('https://netral.example.go.id/id/kuis/?ronde=pendek#old', event);
    expect(url.startsWith('https://netral.example.go.id/id/kuis/?ronde=pendek#kantor=')).toBe(true);
    expect(parseEventFragment(new URL(url).hash)).toEqual(event);
    expect(withEvent('https://x.test/id/#a', null)).toBe('https://x.test/id/');
  });
});

describe('eventFingerprint', () => {
  it('changes with any field and stays within 20 bits', () => {
    const base = eventFingerprint(event);
    expect(base).toBeLessThan(2 ** 20);
    expect(eventFingerprint({ ...event, date: '2026-12-08' })).not.toBe(base);
    expect(eventFingerprint({ ...event, office: 'BKPSDM Kota Mataran' })).not.toBe(base);
    expect(eventFingerprint({ ...event, name: ' Apel pagi  Senin ' })).toBe(base);
  });
});
