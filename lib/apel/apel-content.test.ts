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
