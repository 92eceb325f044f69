import { routing, type Locale } from '@/i18n/routing';

type Template = { segments: string[]; dynamic: number };
type Entry = Record<Locale | 'internal', Template>;

const split = (path: string) => path.split('/').filter(Boolean);
const isParam = (segment: string) => segment.startsWith('[') && segment.endsWith(']');

// Every section's address in each language, fixed addresses first ("/phan-anh/gui" before
// "/phan-anh/[code]"), as next-intl matches them.
const entries: Entry[] = Object.entries(routing.pathnames)
  .map(([internal, localized]) => {
    const entry = {} as Entry;
    entry.internal = { segments: split(internal), dynamic: split(internal).filter(isParam).length };
    for (const locale of routing.locales) {
      const segments = split(typeof localized === 'string' ? localized : (localized as Record<Locale, string>)[locale]);
      entry[locale] = { segments, dynamic: segments.filter(isParam).length };
    }
    return { internal, entry };
  })
  .sort((a, b) => a.entry.vi.dynamic - b.entry.vi.dynamic)
  .map(({ entry }) => entry);

/**
 * The address of the same page in another language, from the address shown in `from`
 * ("/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh" → "/en/procedures/dang-ky-khai-sinh"); the same
 * path under the other language when the address is not one of the portal's sections. Runs in the browser
 * (the language link) without next-intl's client runtime.
 */
export function localePath(pathname: string, from: Locale, to: Locale): string {
  const segments = split(pathname);
  if (segments[0] === from) segments.shift();
  // The address shown, or the internal one (a page rendered ahead of time sees its route's path).
  for (const key of [from, 'internal'] as const)
    for (const entry of entries) {
      const source = entry[key].segments;
      if (source.length !== segments.length) continue;
      const params = new Map<string, string>();
      if (!source.every((s, i) => (isParam(s) ? (params.set(s, segments[i]!), true) : s === segments[i]))) continue;
      const target = entry[to].segments.map((s) => (isParam(s) ? (params.get(s) ?? s) : s));
      return `/${[to, ...target].join('/')}`;
    }
  return `/${[to, ...segments].join('/')}`;
}
