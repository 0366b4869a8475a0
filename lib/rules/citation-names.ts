/** The list and number of a joint-decree violation id: `skb2022-d-6` → `{list: 'discipline', number: 6}`. */
export function parseViolationId(id: string): { list: '2020' | 'ethics' | 'discipline'; number: number } | undefined {
  const match = /^skb(2020|2022-ke|2022-d)-0?(\d+)$/.exec(id);
  if (!match) return undefined;
  const list = match[1] === '2020' ? '2020' : match[1] === '2022-ke' ? 'ethics' : 'discipline';
  return { list, number: Number(match[2]) };
}
