/**
 * A message with a count, ready for the browser without an ICU parser: the server writes it once
 * for each plural category of the language, with a sample count standing in for the number
 * (`pluralTexts`), and the browser picks the category of the real count and puts the count in
 * (`pluralText`). The portal's messages carry no other digits where this is used.
 */
export type PluralTexts = Partial<Record<Intl.LDMLPluralRule, { text: string; sample: number }>>;

export function pluralTexts(locale: string, render: (count: number) => string): PluralTexts {
  const rules = new Intl.PluralRules(locale);
  const out: PluralTexts = {};
  for (let n = 0; n < 200; n++) {
    const category = rules.select(n);
    out[category] ??= { text: render(n), sample: n };
  }
  return out;
}

export function pluralText(locale: string, texts: PluralTexts, count: number): string {
  const found = texts[new Intl.PluralRules(locale).select(count)] ?? texts.other;
  return found ? found.text.replace(String(found.sample), count.toLocaleString(locale)) : String(count);
}
