import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { CARD_HEIGHT, CARD_WIDTH, cardTag, preparedCard, type CardContent } from '@/lib/social-card';

// The 1200×630 share image ("social card") of a page: the portal's name, what the page is, its title
// in Be Vietnam Pro (bundled from npm: @fontsource/be-vietnam-pro, its Latin and Vietnamese subsets,
// so every tone mark and đ renders without a network or a system font), and a line under it.
// What it says comes from lib/social-card.ts. Rendered by next/og (satori + resvg) per request,
// answered with an ETag and public caching; the pages link it with ?v= of the same tag, so a new
// title is a new address (docs/decisions/037-social-cards-and-open-graph.md).

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
  const image = new ImageResponse(<Card card={preparedCard(card)} />, {
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
