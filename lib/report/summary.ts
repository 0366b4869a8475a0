/** The fields of a witness's summary, in the order they are written out. */
export const summaryFields = ['who', 'id', 'what', 'when', 'where', 'evidence', 'witnesses'] as const;
export type SummaryField = (typeof summaryFields)[number];

/** The ready-to-paste summary as plain text: a heading, then one line per field ("(not given)" when empty). */
export function summaryText(values: Partial<Record<SummaryField, string>>, labels: Record<SummaryField | 'heading' | 'empty', string>): string {
  return [labels.heading, ...summaryFields.map((field) => `${labels[field]}: ${values[field]?.trim() || labels.empty}`)].join('\n');
}
