// Numbers as each language writes them: Vietnamese "100.152" and "52,6", English "100,152" and "52.6".
// Creating an Intl.NumberFormat costs about 90 µs, formatting with a kept one about 6 µs (measured
// with node on the 2-core machine, docs/decisions/033): a results page formats every count twice
// (chart and table), so one formatter per language and precision serves every request.

const formatters = new Map<string, Intl.NumberFormat>();

/** The formatter of numbers in `locale` with at most `fractionDigits` decimals (0: whole numbers). */
export function numberFormat(locale: string, fractionDigits = 0): Intl.NumberFormat {
  const lang = locale === 'en' ? 'en' : 'vi';
  const key = `${lang}:${fractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: fractionDigits });
    formatters.set(key, f);
  }
  return f;
}

/** A percentage with one decimal and its sign: "52,6 %" / "52.6 %". */
export function formatPercent(value: number, locale: string): string {
  return `${numberFormat(locale, 1).format(value)} %`;
}
