import { describe, expect, it } from 'vitest';
import { getApelKeyPoints, getPledge } from './apel-content';
import { pledgeSchema } from './pledge';

describe('apel content', () => {
  it('has do and don\'t points for the slides and the poster', () => {
    const points = getApelKeyPoints();
    expect(points.some((point) => point.kind === 'do')).toBe(true);
    expect(points.some((point) => point.kind === 'dont')).toBe(true);
  });

  it('has a pledge in both languages with unique point ids and https sources', () => {
    const pledge = getPledge();
    const ids = pledge.points.map((point) => point.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pledge.sources.every((source) => source.url.startsWith('https://'))).toBe(true);
  });

  it('rejects a pledge point without English', () => {
    const pledge = structuredClone(getPledge());
    const broken = { ...pledge, points: [{ id: 'x', text: { id: 'Teks' } }] };
    expect(pledgeSchema.safeParse(broken).success).toBe(false);
  });
});

describe('apel speaker script', () => {
  it('is valid, its sources exist, and its times add up to ten minutes', async () => {
    const { getApelScript } = await import('./apel-content');
    const { apelScriptSchema, plannedSeconds, slideKinds } = await import('./script');
    const script = getApelScript();
    expect(slideKinds.reduce((total, kind) => total + script.slides[kind].seconds, 0)).toBe(plannedSeconds);
    const longer = structuredClone(script);
    longer.slides.cover.seconds += 30;
    const result = apelScriptSchema.safeParse(longer);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/add up to 600 seconds/);
  });

  it('splits a kind\'s time over its slides without losing a second', async () => {
    const { splitSeconds, clock } = await import('./script');
    expect(splitSeconds(150, 2)).toEqual([75, 75]);
    expect(splitSeconds(100, 3)).toEqual([34, 33, 33]);
    expect(clock(600)).toBe('10:00');
    expect(clock(75)).toBe('1:15');
  });
});
