// Article bodies are Markdown written by editors, shown as HTML to everyone. This renderer writes
// only the elements it knows (paragraphs, headings, lists, quotes, rules, emphasis, code, links),
// escapes every character of the text, and never passes raw HTML through: `<script>`, an
// `onerror=` attribute or an `<iframe>` typed into the body appear as the text that was typed.
// A link keeps its address only when it is http(s), mailto, tel, or on this site; a
// `javascript:` or `data:` link becomes plain text. Images in the body become links to the image
// (the cover is the article's picture), so a body never loads anything from elsewhere.
// Safe by construction rather than cleaned afterwards (docs/decisions/025).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** How far an inline marker looks for its closing partner: keeps the work linear in the body's length. */
const WINDOW = 2000;

/** The address a link may carry, or null: http(s), mailto, tel, a path on this site or a fragment. */
export function safeHref(raw: string): string | null {
  const url = raw.trim();
  if (!url || url.length > 2000) return null;
  // Browsers ignore tabs, line breaks and controls inside a scheme ("java\tscript:"): so do we.
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^\/(?![/\\])/.test(squeezed) || squeezed.startsWith('#')) return url;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(squeezed)?.[1]?.toLowerCase();
  if (!scheme || !['http', 'https', 'mailto', 'tel'].includes(scheme)) return null;
  if ((scheme === 'http' || scheme === 'https') && !URL.canParse(squeezed)) return null;
  return squeezed;
}

function findClose(src: string, from: number, marker: string): number {
  const at = src.indexOf(marker, from);
  return at >= 0 && at - from <= WINDOW ? at : -1;
}

/** `[text](address)` starting at `i` (the `[`): its parts and where it ends, or null. */
function readLink(src: string, i: number): { text: string; href: string; end: number } | null {
  const close = findClose(src, i + 1, ']');
  if (close < 0 || src[close + 1] !== '(') return null;
  // The address may hold balanced parentheses (…/Quy_hoạch_(2025)).
  let end = -1;
  for (let j = close + 2, open = 0; j < src.length && j - close <= WINDOW; j++) {
    if (src[j] === '(') open++;
    else if (src[j] === ')' && open-- === 0) {
      end = j;
      break;
    }
  }
  if (end < 0) return null;
  const href =
    src
      .slice(close + 2, end)
      .trim()
      .split(/\s+/)[0] ?? '';
  return { text: src.slice(i + 1, close), href, end: end + 1 };
}

function link(text: string, href: string): string {
  const safe = safeHref(href);
  if (!safe) return text;
  const external = /^(?:https?:)?\/\//i.test(safe);
  return `<a href="${escapeHtml(safe)}"${external ? ' rel="noopener noreferrer"' : ''}>${text}</a>`;
}

export function renderInline(src: string, depth = 0): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length && /[\\`*_[\]()#+\-.!>]/.test(src[i + 1]!)) {
      out += escapeHtml(src[i + 1]!);
      i += 2;
      continue;
    }
    if (c === '`') {
      const close = findClose(src, i + 1, '`');
      if (close > i + 1) {
        out += `<code>${escapeHtml(src.slice(i + 1, close))}</code>`;
        i = close + 1;
        continue;
      }
    }
    if (depth < 4 && (c === '[' || (c === '!' && src[i + 1] === '['))) {
      const image = c === '!';
      const parsed = readLink(src, image ? i + 1 : i);
      if (parsed) {
        const text = renderInline(parsed.text, depth + 1) || escapeHtml(parsed.href);
        out += link(text, parsed.href);
        i = parsed.end;
        continue;
      }
    }
    if (depth < 4 && (c === '*' || c === '_')) {
      const strong = src[i + 1] === c;
      const marker = strong ? c + c : c;
      const start = i + marker.length;
      const close = findClose(src, start, marker);
      if (close > start && !/\s/.test(src[start]!) && !/\s/.test(src[close - 1]!)) {
        const tag = strong ? 'strong' : 'em';
        out += `<${tag}>${renderInline(src.slice(start, close), depth + 1)}</${tag}>`;
        i = close + marker.length;
        continue;
      }
    }
    out += escapeHtml(c);
    i += 1;
  }
  return out;
}

type Block =
  | { kind: 'p'; lines: string[] }
  | { kind: 'h'; level: number; text: string }
  | { kind: 'ul' | 'ol'; items: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'hr' };

const LIST_ITEM = { ul: /^\s{0,3}[-*+]\s+(.*)$/, ol: /^\s{0,3}\d{1,9}[.)]\s+(.*)$/ };

function blocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: Block[] = [];
  let current: Block | null = null;
  const flush = () => {
    if (current) out.push(current);
    current = null;
  };
  for (const line of lines) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      // The page's own title is the h1: "#" and "##" are h2, "###" h3, deeper ones h4.
      out.push({ kind: 'h', level: Math.min(4, Math.max(2, heading[1]!.length)), text: heading[2]! });
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      out.push({ kind: 'hr' });
      continue;
    }
    const quote = /^\s{0,3}>\s?(.*)$/.exec(line);
    if (quote) {
      if (current?.kind !== 'quote') flush();
      current ??= { kind: 'quote', lines: [] };
      (current as { lines: string[] }).lines.push(quote[1]!);
      continue;
    }
    const listKind = LIST_ITEM.ul.test(line) ? 'ul' : LIST_ITEM.ol.test(line) ? 'ol' : null;
    if (listKind) {
      if (current?.kind !== listKind) flush();
      current ??= { kind: listKind, items: [] };
      (current as { items: string[] }).items.push(LIST_ITEM[listKind].exec(line)![1]!);
      continue;
    }
    const cur = current as Block | null;
    if (cur && (cur.kind === 'ul' || cur.kind === 'ol') && /^\s+\S/.test(line)) {
      // An indented line continues the list item above it.
      cur.items[cur.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (cur?.kind !== 'p') flush();
    current ??= { kind: 'p', lines: [] };
    (current as { lines: string[] }).lines.push(line.trim());
  }
  flush();
  return out;
}

/** The body as HTML that is safe to insert as it is. */
export function renderMarkdown(markdown: string, depth = 0): string {
  return blocks(markdown)
    .map((b) => {
      switch (b.kind) {
        case 'p':
          return `<p>${renderInline(b.lines.join('\n'))}</p>`;
        case 'h':
          return `<h${b.level}>${renderInline(b.text)}</h${b.level}>`;
        case 'ul':
        case 'ol':
          return `<${b.kind}>${b.items.map((item) => `<li>${renderInline(item)}</li>`).join('')}</${b.kind}>`;
        case 'quote':
          // Quotes nest three deep at most; deeper markers stay as text.
          return `<blockquote>${depth < 3 ? renderMarkdown(b.lines.join('\n'), depth + 1) : `<p>${renderInline(b.lines.join('\n'))}</p>`}</blockquote>`;
        case 'hr':
          return '<hr>';
      }
    })
    .join('\n');
}

/** The body as plain text (feeds' summaries, search engines' descriptions): no markup at all. */
export function markdownToText(markdown: string): string {
  return renderMarkdown(markdown)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}
