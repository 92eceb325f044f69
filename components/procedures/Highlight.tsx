import { normalizeForSearch } from '@/lib/search/normalize';

/** The text with each word that matches a searched word (ignoring tone marks) in <mark>. */
export function Highlight({ text, tokens }: { text: string; tokens: string[] }) {
  const wanted = tokens.filter((t) => t.length >= 2);
  if (wanted.length === 0) return <>{text}</>;
  const parts = text.split(/(\s+)/);
  return (
    <>
      {parts.map((part, i) => {
        const n = normalizeForSearch(part);
        const hit = n && wanted.some((t) => n === t || (t.length >= 3 && n.startsWith(t)));
        return hit ? (
          <mark key={i} className="bg-yellow-200 text-inherit">
            {part}
          </mark>
        ) : (
          part
        );
      })}
    </>
  );
}
