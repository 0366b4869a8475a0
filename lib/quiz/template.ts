/** Fills `{name}` placeholders of a UI text translated on the server (client islands get texts, not catalogues). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
