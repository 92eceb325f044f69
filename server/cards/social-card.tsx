import 'server-only';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';

// The 1200×630 share image ("social card") of a page: the portal's name, what the page is, its title
// in Be Vietnam Pro (bundled from npm: @fontsource/be-vietnam-pro, its Latin and Vietnamese subsets,
// so every tone mark and đ renders without a network or a system font), and a line under it.
// Rendered by next/og (satori + resvg) per request, answered with an ETag and a day of caching; the
// pages link it with ?v= of the same tag, so a new title is a new address (docs/decisions/037).

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Raise when the drawing changes: every card gets a new tag and address. */
const DESIGN_VERSION = '1';

export type CardContent = {
  locale: 'vi' | 'en';
  /** The small line above the title: "Thủ tục hành chính", "Phản ánh kiến nghị · PA-2026-000123". */
  kind: string;
  title: string;
  /** Under the title: a field, a category; empty for the site card. */
  detail?: string;
  /** A pill at the bottom (a report's status). */
  badge?: string;
  siteName: string;
  tagline: string;
};

type FontSpec = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };

let fontsLoading: Promise<FontSpec[]> | null = null;

/**
 * The Latin and the Vietnamese subset (ạ ả ấ … ỹ, ă đ ĩ ũ ơ ư) as two families: satori keeps one
 * font per family and weight, and takes each glyph from the first family of the list that has it
 * (one family of both would lose the Vietnamese letters, which it then tries to fetch).
 */
function fonts(): Promise<FontSpec[]> {
  fontsLoading ??= (async () => {
    const dir = path.join(process.cwd(), 'node_modules', '@fontsource', 'be-vietnam-pro', 'files');
    const specs: { subset: string; weight: 400 | 700 }[] = [
      { subset: 'latin', weight: 700 },
      { subset: 'vietnamese', weight: 700 },
      { subset: 'latin', weight: 400 },
      { subset: 'vietnamese', weight: 400 },
    ];
    return Promise.all(
      specs.map(async ({ subset, weight }) => {
        const bytes = await readFile(path.join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`));
        const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        return { name: `Be Vietnam Pro ${subset}`, data, weight, style: 'normal' as const };
      }),
    );
  })().catch((error: unknown) => {
    fontsLoading = null;
    throw error;
  });
  return fontsLoading;
}

// The characters of the two subsets (fontsource's unicode-range of "latin" and "vietnamese"), printable.
const DRAWABLE =
  /[\u0020-\u007e\u00a0-\u00ff\u0102\u0103\u0110\u0111\u0128\u0129\u0131\u0152\u0153\u0168\u0169\u01a0\u01a1\u01af\u01b0\u02c6\u02da\u02dc\u1ea0-\u1ef9\u2010-\u2027\u2030-\u205e\u20ab\u20ac\u2122\u2212]/u;

/**
 * The text as the card can draw it: what the two bundled subsets hold (every Vietnamese letter,
 * Latin-1, punctuation), composed (NFC). Anything else (emoji, other scripts) is left out rather
 * than fetched from a font service, which the servers cannot reach; runs of space fold into one.
 */
export function drawable(text: string): string {
  return Array.from(text.normalize('NFC').replace(/\s+/g, ' '))
    .filter((ch) => DRAWABLE.test(ch))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** At most `max` characters, cut at a word, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

function prepared(card: CardContent): CardContent {
  return {
    ...card,
    kind: clip(drawable(card.kind), 80),
    title: clip(drawable(card.title), 150),
    detail: card.detail ? clip(drawable(card.detail), 90) : undefined,
    badge: card.badge ? clip(drawable(card.badge), 40) : undefined,
  };
}

/** The card's tag: the same for the same content and design, so pages can put it in the image's address. */
export function cardTag(card: CardContent): string {
  const c = prepared(card);
  return createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, c.locale, c.kind, c.title, c.detail ?? '', c.badge ?? '', c.siteName, c.tagline]))
    .digest('base64url')
    .slice(0, 16);
}

function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 64;
  if (title.length <= 105) return 54;
  return 46;
}

function Card({ card }: { card: CardContent }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '56px 72px',
        backgroundColor: '#0b4a8b',
        color: '#ffffff',
        fontFamily: '"Be Vietnam Pro latin", "Be Vietnam Pro vietnamese"',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center' }}>
        <div
          style={{
            width: 64,
            height: 64,
            borderRadius: 16,
            backgroundColor: '#ffffff',
            color: '#0b4a8b',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 30,
            fontWeight: 700,
          }}
        >
          CDS
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', marginLeft: 24 }}>
          <div style={{ fontSize: 34, fontWeight: 700 }}>{card.siteName}</div>
          <div style={{ fontSize: 24, color: '#cfe0f3' }}>{card.tagline}</div>
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 28, color: '#ffd24d', fontWeight: 700, marginBottom: 18 }}>{card.kind}</div>
        <div style={{ fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.2 }}>{card.title}</div>
        {card.detail ? <div style={{ fontSize: 28, color: '#cfe0f3', marginTop: 20 }}>{card.detail}</div> : null}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', minHeight: 48 }}>
        {card.badge ? (
          <div
            style={{
              display: 'flex',
              fontSize: 26,
              fontWeight: 700,
              backgroundColor: '#ffffff',
              color: '#0b4a8b',
              borderRadius: 999,
              padding: '8px 24px',
            }}
          >
            {card.badge}
          </div>
        ) : (
          <div style={{ display: 'flex' }} />
        )}
        <div style={{ display: 'flex', height: 8, width: 240, backgroundColor: '#da251d', borderRadius: 4 }} />
      </div>
    </div>
  );
}

/**
 * The card as a PNG response: 304 when the client already has this tag, otherwise the image with
 * its ETag, public for `maxAge` seconds (a day; a report's card five minutes, so that a report a
 * moderator hides loses its card soon from shared caches too).
 */
export async function cardResponse(request: Request, card: CardContent, maxAge = 86_400): Promise<Response> {
  const tag = `"${cardTag(card)}"`;
  const headers = {
    'Cache-Control': `public, max-age=${maxAge}`,
    ETag: tag,
    'X-Content-Type-Options': 'nosniff',
  };
  const sent = request.headers.get('if-none-match');
  if (sent && sent.split(',').some((t) => t.trim().replace(/^W\//, '') === tag))
    return new Response(null, { status: 304, headers });
  const image = new ImageResponse(<Card card={prepared(card)} />, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await fonts(),
  });
  const bytes = new Uint8Array(await image.arrayBuffer());
  return new Response(bytes, {
    headers: { ...headers, 'Content-Type': 'image/png', 'Content-Length': String(bytes.length) },
  });
}

/** No card here: a plain 404 that is not kept. */
export function cardNotFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
