// The tracking code a resident types to look a report up, as people type it from a receipt or a
// screenshot: any case, spaces around or inside, dashes left out ("pa 2026 000123", "PA2026000123").

/** The code in its stored form (PA-2026-000123), or null when what was typed is not a code. */
export function normalizeReportCode(input: string): string | null {
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u00a0]+/g, '');
  const m = /^PA[-_]?(\d{4})[-_]?(\d{6,})$/.exec(compact);
  return m ? `PA-${m[1]}-${m[2]}` : null;
}
