import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { sitemapChunk } from '@/server/sitemap';
import { GET as procedureCardRoute } from '@/app/api/cards/[locale]/procedures/[slug]/route';
import { GET as reportCardRoute } from '@/app/api/cards/[locale]/reports/[code]/route';
import { GET as siteCardRoute } from '@/app/api/cards/[locale]/site/route';

// The share images (social cards) a crawler fetches from og:image, and the procedures' lastmod in
// the sitemap, through the same route handlers and functions the server runs.

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

beforeAll(async () => {
  await seed(db as never);
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
});

describe('social cards', () => {
  it('a published procedure has a 1200×630 PNG card, cacheable, answered 304 for its tag', async () => {
    const params = Promise.resolve({ locale: 'vi', slug: 'dang-ky-khai-sinh' });
    const res = await procedureCardRoute(get('/api/cards/vi/procedures/dang-ky-khai-sinh'), { params });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(pngSize(Buffer.from(await res.arrayBuffer()))).toEqual([1200, 630]);
    const etag = res.headers.get('etag')!;
    const again = await procedureCardRoute(
      get('/api/cards/vi/procedures/dang-ky-khai-sinh', { 'If-None-Match': etag }),
      {
        params: Promise.resolve({ locale: 'vi', slug: 'dang-ky-khai-sinh' }),
      },
    );
    expect(again.status).toBe(304);
    // A new title is a new card.
    await db.procedure.update({ where: { slug: 'dang-ky-khai-sinh' }, data: { titleVi: 'Đăng ký khai sinh (mới)' } });
    try {
      const changed = await procedureCardRoute(
        get('/api/cards/vi/procedures/dang-ky-khai-sinh', { 'If-None-Match': etag }),
        {
          params: Promise.resolve({ locale: 'vi', slug: 'dang-ky-khai-sinh' }),
        },
      );
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    } finally {
      await db.procedure.update({ where: { slug: 'dang-ky-khai-sinh' }, data: { titleVi: 'Đăng ký khai sinh' } });
    }
  }, 60_000);

  it('an unknown procedure, an unknown language: 404', async () => {
    const unknown = await procedureCardRoute(get('/x'), {
      params: Promise.resolve({ locale: 'vi', slug: 'khong-co' }),
    });
    expect(unknown.status).toBe(404);
    const language = await siteCardRoute(get('/x'), { params: Promise.resolve({ locale: 'fr' }) });
    expect(language.status).toBe(404);
    const site = await siteCardRoute(get('/x'), { params: Promise.resolve({ locale: 'en' }) });
    expect(site.status).toBe(200);
    expect(pngSize(Buffer.from(await site.arrayBuffer()))).toEqual([1200, 630]);
  }, 60_000);

  it('a public report has a card; hidden by a moderator or private, it has none', async () => {
    const report = (await db.report.findFirst({
      where: { isPublic: true, hiddenAt: null },
      orderBy: { code: 'asc' },
      select: { id: true, code: true },
    }))!;
    const card = () =>
      reportCardRoute(get(`/api/cards/vi/reports/${report.code}`), {
        params: Promise.resolve({ locale: 'vi', code: report.code }),
      });
    const shown = await card();
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/png');
    expect(pngSize(Buffer.from(await shown.arrayBuffer()))).toEqual([1200, 630]);
    try {
      await db.report.update({ where: { id: report.id }, data: { hiddenAt: new Date(), hiddenReason: 'Thử' } });
      const hidden = await card();
      expect(hidden.status).toBe(404);
      expect(hidden.headers.get('cache-control')).toBe('no-store');
      await db.report.update({
        where: { id: report.id },
        data: { hiddenAt: null, hiddenReason: null, isPublic: false },
      });
      expect((await card()).status).toBe(404);
    } finally {
      await db.report.update({
        where: { id: report.id },
        data: { hiddenAt: null, hiddenReason: null, isPublic: true },
      });
    }
  }, 60_000);
});

describe('sitemap lastmod of procedures', () => {
  const lastmods = async () => {
    const xml = (await sitemapChunk('procedures-1'))!;
    return new Map(
      [...xml.matchAll(/<url><loc>[^<]*\/vi\/thu-tuc-hanh-chinh\/([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map(
        (m) => [m[1]!, m[2]!],
      ),
    );
  };

  it('each procedure has its own lastmod, and an edit moves it to the time of the edit', async () => {
    const before = await lastmods();
    expect(before.size).toBeGreaterThanOrEqual(60);
    // The demo's times are the procedures' own (prisma/seed/procedures/load.ts), not one for all.
    expect(new Set(before.values()).size).toBeGreaterThan(before.size * 0.8);
    const slug = 'dang-ky-ket-hon';
    const start = Date.now();
    const { summaryVi } = (await db.procedure.findUnique({ where: { slug }, select: { summaryVi: true } }))!;
    await db.procedure.update({ where: { slug }, data: { summaryVi: `${summaryVi} ` } });
    try {
      const after = await lastmods();
      expect(after.get(slug)).not.toBe(before.get(slug));
      expect(new Date(after.get(slug)!).getTime()).toBeGreaterThanOrEqual(start - 1000);
      expect(after.get('dang-ky-khai-tu')).toBe(before.get('dang-ky-khai-tu'));
    } finally {
      await db.procedure.update({ where: { slug }, data: { summaryVi } });
    }
  });
});
