/**
 * Splits `items` into as few groups as `max` allows, with sizes as even as possible:
 * 6 items with max 4 become 3 + 3 rather than 4 + 2, so no slide looks half empty.
 */
export function chunkEvenly<T>(items: T[], max: number): T[][] {
  if (items.length === 0) return [];
  const groups = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / groups);
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
