/**
 * Fills `{name}` placeholders of a UI text translated on the server (client islands get texts, not the
 * message catalogue). Values are read from any object, so a score can be passed as it is.
 */
export function fillTemplate(template: string, values: object): string {
  const lookup = values as Record<string, unknown>;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    typeof lookup[name] === 'string' || typeof lookup[name] === 'number' ? String(lookup[name]) : whole,
  );
}
