/** Text for XML: the five special characters escaped and characters XML 1.0 forbids removed. */
export function xmlEscape(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => {
      // Keep well-formed surrogate pairs, drop lone halves.
      const code = c.charCodeAt(0);
      if (code <= 0xdbff) return /[\uDC00-\uDFFF]/.test(s[i + 1] ?? '') ? c : '';
      return /[\uD800-\uDBFF]/.test(s[i - 1] ?? '') ? c : '';
    })
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
