/** The two rounds: a short one for the morning assembly and a full one. */
export const roundSizes = { short: 10, full: 25 } as const;
export type RoundKind = keyof typeof roundSizes;

/** A random number generator returning values in [0, 1), like Math.random. */
export type Random = () => number;

/** A small seedable generator (mulberry32), so a draw can be repeated in tests. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * Draws `size` question ids at random, balanced across topics: topics take turns in a random order, so the
 * counts per topic differ by at most one (while every topic still has questions left). The result is shuffled.
 */
export function drawRound<Q extends { id: string; topic: string }>(questions: readonly Q[], size: number, random: Random): string[] {
  const byTopic = new Map<string, string[]>();
  for (const question of questions) byTopic.set(question.topic, [...(byTopic.get(question.topic) ?? []), question.id]);
  const queues = shuffled([...byTopic.values()], random).map((ids) => shuffled(ids, random));
  const drawn: string[] = [];
  const wanted = Math.min(size, questions.length);
  while (drawn.length < wanted) {
    for (const queue of queues) {
      const next = queue.pop();
      if (next !== undefined && drawn.length < wanted) drawn.push(next);
    }
  }
  return shuffled(drawn, random);
}
