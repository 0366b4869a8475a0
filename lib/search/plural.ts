/** A message in the two plural forms the portal's languages use (Indonesian has one form: both are the same). */
export interface PluralForms {
  one: string;
  other: string;
}

/** The form for `count` by the rules of `locale`, with `{count}` and any other `{name}` filled in. */
export function pluralText(forms: PluralForms, locale: string, count: number, values: Record<string, string> = {}): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
  const filled: Record<string, string> = { ...values, count: String(count) };
  return form.replace(/\{(\w+)\}/g, (whole, key: string) => filled[key] ?? whole);
}
