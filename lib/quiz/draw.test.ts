import { describe, expect, it } from 'vitest';
import { drawRound, roundSizes, seededRandom, shuffled } from './draw';

const topics = Array.from({ length: 12 }, (_, index) => `topic-${index}`);
// Uneven topics, as in a real bank: 4 to 9 questions each.
const bank = topics.flatMap((topic, t) => Array.from({ length: 4 + (t % 6) }, (_, q) => ({ id: `${topic}-q${q}`, topic })));
const topicOf = (id: string) => id.replace(/-q\d+$/, '');
const countsPerTopic = (ids: string[]) => {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(topicOf(id), (counts.get(topicOf(id)) ?? 0) + 1);
  return counts;
};

describe('drawRound', () => {
  it('draws a short round of 10 different questions from 10 different topics', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const ids = drawRound(bank, roundSizes.short, seededRandom(seed));
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
      expect([...countsPerTopic(ids).values()].every((count) => count === 1)).toBe(true);
    }
  });

  it('draws a full round of 25 with every topic twice and one topic three times', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const counts = countsPerTopic(drawRound(bank, roundSizes.full, seededRandom(seed)));
      expect(counts.size).toBe(12);
      expect([...counts.values()].sort()).toEqual([...Array(11).fill(2), 3]);
    }
  });

  it('repeats the same draw for the same seed and varies with the seed', () => {
    expect(drawRound(bank, 10, seededRandom(7))).toEqual(drawRound(bank, 10, seededRandom(7)));
    expect(drawRound(bank, 10, seededRandom(7))).not.toEqual(drawRound(bank, 10, seededRandom(8)));
  });

  it('gives every topic a fair chance in short rounds', () => {
    const seen = new Map<string, number>();
    for (let seed = 1; seed <= 600; seed++) {
      for (const [topic] of countsPerTopic(drawRound(bank, 10, seededRandom(seed)))) seen.set(topic, (seen.get(topic) ?? 0) + 1);
    }
    // Each topic is in 10 of 12 rounds on average: 500 of 600.
    for (const topic of topics) expect(seen.get(topic), topic).toBeGreaterThan(440);
  });

  it('keeps topics balanced when some run out, and never asks for more than the bank holds', () => {
    const small = [
      { id: 'a1', topic: 'a' },
      { id: 'b1', topic: 'b' },
      { id: 'b2', topic: 'b' },
      { id: 'b3', topic: 'b' },
    ];
    expect(drawRound(small, 3, seededRandom(1)).filter((id) => id.startsWith('a'))).toEqual(['a1']);
    expect(drawRound(small, 10, seededRandom(1)).sort()).toEqual(['a1', 'b1', 'b2', 'b3']);
  });
});

describe('shuffled', () => {
  it('keeps every item and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5];
    expect(shuffled(input, seededRandom(3)).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(input).toEqual([1, 2, 3, 4, 5]);
  });
});
