import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
// A real XML parser (fast-xml-parser 3, already installed with s3rver); rss-parser is not installed.
import xml from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { LEAD_ARTICLE_SLUG } from '@/prisma/seed/news';
import { newsArticleSchema } from '@/lib/validation/news';
import { createTestData, type TestUser } from '../support/data';
import { errorOf } from '../support/errors';

// News and announcements against real PostgreSQL: what residents see (published and due only, the
// English fallback, lists by kind and topic, related articles), the feeds and sitemaps as clients
// parse them, the back office (who may act, schedule, unpublish, audit log, refresh of the public
// pages) and bad input (hostile Markdown, oversized or unreadable covers, unknown languages and topics).

const refreshed = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/server/procedures/refresh', () => ({
  refreshPublicPages: async () => void refreshed.count++,
  refreshPublicPagesHere: () => void refreshed.count++,
}));
const session = vi.hoisted(() => ({ user: null as null | { id: string; role: string } }));
vi.mock('@/server/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('@/server/auth', () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  auth: async () => null,
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'vi' }));

const { latestNews, listNews, newsArticle, relatedNews } = await import('@/server/news/queries');
const admin = await import('@/server/news/admin');
const { newsFeed } = await import('@/server/news/feeds');
const { sitemapChunk, sitemapIndex } = await import('@/server/sitemap');
const { handleCoverUpload } = await import('@/server/news/cover-upload');
const { env } = await import('@/server/env');

const testData = createTestData(db);
const tag = randomBytes(3).toString('hex');
const made: string[] = [];
let editor: TestUser<'EDITOR'>;
let citizen: TestUser;

const cityTime = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
const HOUR = 3_600_000;

function input(name: string, over: Record<string, string> = {}) {
  return newsArticleSchema.parse({
    slug: `tin-${name}-${tag}`,
    type: 'ANNOUNCEMENT',
    topic: 'transport',
    status: 'PUBLISHED',
    titleVi: `Thông báo thử ${name}`,
    summaryVi: 'Tóm tắt thử',
    bodyVi: 'Nội dung **thử**',
    publishedAt: cityTime(new Date(Date.now() - HOUR)),
    ...over,
  });
}

async function create(name: string, over: Record<string, string> = {}) {
  const saved = await admin.saveNewsArticle(editor, input(name, over));
  made.push(saved.id);
  return saved.id;
}

beforeAll(async () => {
  await seed(db as never);
  [editor, citizen] = await Promise.all([testData.user({ role: 'EDITOR' }), testData.user()]);
  // Seeding the demo data (64 procedures, reports, covers) takes longer on a busy machine.
}, 240_000);

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { entityId: { in: made } } });
  await db.newsArticle.deleteMany({ where: { id: { in: made } } });
  await testData.cleanup();
});

describe('demo data and what residents read', () => {
  it('leads with the 12 January launch article, in both languages, with a cover and its agency', async () => {
    const before = new Date('2026-02-01T00:00:00Z');
    const [lead] = await latestNews('vi', 1, before);
    expect(lead!.slug).toBe(LEAD_ARTICLE_SLUG);
    expect(lead!.title).toBe(
      'Hãy trở thành công dân số thành phố Hồ Chí Minh – Kết nối nhanh chóng giữa công dân và chính quyền',
    );
    expect(lead!.publishedAt.toISOString().slice(0, 10)).toBe('2026-01-12');
    const en = await newsArticle(LEAD_ARTICLE_SLUG, 'en');
    expect(en!.fallback).toBe(false);
    expect(en!.title).toMatch(/^Become a digital citizen/);
    expect(en!.agency).toBe('Office of the City People’s Committee');
    expect(en!.cover!.alt).toMatch(/logo/);
    expect(en!.html).toContain('<h2>What residents can do</h2>');
    // The other items of the issue are there.
    const slugs = (await latestNews('vi', 50, before)).map((a) => a.slug);
    for (const s of [
      'thong-xe-cau-can-vanh-dai-3',
      'nghi-quyet-98-sau-hai-nam',
      'mang-luoi-tinh-nguyen-vien-mpvi',
      'ho-tro-lao-dong-ho-ngheo-di-lam-viec-o-nuoc-ngoai',
      'ha-noi-giai-phap-giam-un-tac-giao-thong',
      'ngam-tran-hu-hong-o-thanh-hoa',
    ])
      expect(slugs).toContain(s);
  });

  it('shows an article without English in Vietnamese on the English page, flagged as a fallback', async () => {
    const a = await newsArticle('ngam-tran-hu-hong-o-thanh-hoa', 'en');
    expect(a).toMatchObject({ fallback: true, lang: 'vi', hasEnglish: false });
    expect(a!.title).toMatch(/^Thanh Hóa/);
  });

  it('keeps drafts, scheduled and unpublished articles off the public pages until their time', async () => {
    const draft = await create('nhap', { status: 'DRAFT' });
    const later = await create('hen-gio', { publishedAt: cityTime(new Date(Date.now() + 2 * HOUR)) });
    const gone = await create('go-bo');
    await admin.unpublishNews(editor, gone);
    for (const name of ['nhap', 'hen-gio', 'go-bo']) expect(await newsArticle(`tin-${name}-${tag}`, 'vi')).toBeNull();
    // The scheduled one appears by itself once its time has come.
    expect(await newsArticle(`tin-hen-gio-${tag}`, 'vi', new Date(Date.now() + 3 * HOUR))).not.toBeNull();
    const states = await admin.listNewsForAdmin(editor, 1);
    const state = (id: string) => states.rows.find((r) => r.id === id)?.state;
    expect([state(draft), state(later), state(gone)]).toEqual(['draft', 'scheduled', 'unpublished']);
  });

  it('lists by kind and by topic with pages, and relates articles of the same topic first', async () => {
    const transport = await listNews('vi', { topic: 'transport' }, 1, new Date('2026-02-01T00:00:00Z'));
    expect(transport.items.map((a) => a.slug)).toEqual([
      'thong-xe-cau-can-vanh-dai-3',
      'ha-noi-giai-phap-giam-un-tac-giao-thong',
    ]);
    const policies = await listNews('en', { type: 'POLICY' }, 1, new Date('2026-02-01T00:00:00Z'));
    expect(policies.items.every((a) => a.type === 'POLICY')).toBe(true);
    expect((await listNews('vi', {}, 999)).pastEnd).toBe(true);
    const lead = (await newsArticle(LEAD_ARTICLE_SLUG, 'vi'))!;
    const related = await relatedNews(lead, 'vi', 3, new Date('2026-02-01T00:00:00Z'));
    expect(related.map((a) => a.topic)).toEqual(['digital', 'digital', 'digital']);
    expect(related.map((a) => a.slug)).not.toContain(LEAD_ARTICLE_SLUG);
  });

  it('answers unknown or hostile slugs with nothing (the page then says 404), never an error', async () => {
    for (const slug of ['khong-co', '../etc', 'a'.repeat(500), '<script>', 'ĐƯỜNG'])
      expect(await newsArticle(slug, 'vi')).toBeNull();
  });
});

describe('Markdown from editors', () => {
  it('stores what was typed and shows script, javascript: links and onerror as harmless text', async () => {
    await create('doc-hai', {
      bodyVi:
        '<script>alert(1)</script>\n\n[bấm](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n[ổn](https://congdanso.example)',
    });
    const a = await newsArticle(`tin-doc-hai-${tag}`, 'vi');
    expect(a!.html).not.toMatch(/<script|<img|href="javascript|<[^>]*onerror/i);
    expect(a!.html).toContain('&lt;script&gt;');
    expect(a!.html).toContain('<a href="https://congdanso.example" rel="noopener noreferrer">ổn</a>');
  });
});

describe('feeds', () => {
  const parser = { parse: (doc: string) => xml.parse(doc, { ignoreAttributes: false, attributeNamePrefix: '@_' }) };

  it('writes RSS 2.0 and Atom per language and topic that an XML parser reads, with absolute links and stable ids', async () => {
    const id = await create('nguon-tin');
    const base = env().PUBLIC_URL;
    const rss = (await newsFeed('vi', null, 'rss.xml'))!;
    expect(rss.type).toMatch(/^application\/rss\+xml/);
    expect(xml.validate(rss.body)).toBe(true);
    const channel = parser.parse(rss.body).rss.channel;
    const items = [channel.item].flat();
    const mine = items.find((i: { title: string }) => i.title === `Thông báo thử nguon-tin`);
    expect(mine.link).toBe(`${base}/vi/tin-tuc/tin-nguon-tin-${tag}`);
    expect(mine.guid['#text']).toBe(`tag:${new URL(base).hostname},2026:news/${id}`);
    for (const i of items) expect(i.link.startsWith(`${base}/`)).toBe(true);

    // The id stays when the address changes.
    await admin.saveNewsArticle(editor, { ...input('nguon-tin', { slug: `tin-doi-ten-${tag}` }), id });
    const again = parser.parse((await newsFeed('vi', null, 'rss.xml'))!.body).rss.channel;
    const renamed = [again.item]
      .flat()
      .find((i: { guid: { '#text': string } }) => i.guid['#text'] === mine.guid['#text']);
    expect(renamed.link).toBe(`${base}/vi/tin-tuc/tin-doi-ten-${tag}`);

    const atom = (await newsFeed('en', 'transport', 'atom.xml'))!;
    expect(xml.validate(atom.body)).toBe(true);
    const feed = parser.parse(atom.body).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = [feed.entry].flat();
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.id).toMatch(/^tag:/);
      expect(e.category['@_term']).toBe('Transport');
    }
  });

  it('has no feed for an unknown language, topic or format', async () => {
    expect(await newsFeed('fr', null, 'rss.xml')).toBeNull();
    expect(await newsFeed('vi', 'khong-co', 'rss.xml')).toBeNull();
    // A topic's word is the language's own: the English word on the Vietnamese feed is unknown.
    expect(await newsFeed('vi', 'transport', 'rss.xml')).toBeNull();
    expect(await newsFeed('vi', null, 'feed.json')).toBeNull();
  });
});

describe('sitemaps', () => {
  const xsdDir = process.env.SITEMAP_XSD_DIR;

  it('lists articles (English only where there is one) and a news sitemap of the last two days', async () => {
    await create('so-do');
    const index = await sitemapIndex();
    expect(index).toContain('/sitemaps/news.xml');
    expect(index).toContain('/sitemaps/news-recent.xml');
    const news = (await sitemapChunk('news'))!;
    expect(news).toContain(`/vi/tin-tuc/${LEAD_ARTICLE_SLUG}</loc>`);
    expect(news).toContain(`/en/news/${LEAD_ARTICLE_SLUG}</loc>`);
    expect(news).toContain('/vi/tin-tuc/ngam-tran-hu-hong-o-thanh-hoa</loc>');
    expect(news).not.toContain('/en/news/ngam-tran-hu-hong-o-thanh-hoa</loc>');
    const recent = (await sitemapChunk('news-recent'))!;
    expect(recent).toContain(`/vi/tin-tuc/tin-so-do-${tag}</loc>`);
    expect(recent).not.toContain(LEAD_ARTICLE_SLUG); // January is not the last two days
    expect(recent).toMatch(/<news:publication><news:name>Công dân số<\/news:name><news:language>vi<\/news:language>/);
    for (const doc of [index, news, recent]) expect(xml.validate(doc)).toBe(true);
    // Against the sitemaps.org and Google News schemas where they are at hand: SITEMAP_XSD_DIR holds
    // sitemap.xsd (importing the news namespace's news.xsd) and siteindex.xsd (docs/decisions/025).
    if (xsdDir) {
      const dir = mkdtempSync(path.join(tmpdir(), 'sitemap-'));
      for (const [name, xml, xsd] of [
        ['index.xml', index, 'siteindex.xsd'],
        ['news.xml', news, 'sitemap.xsd'],
        ['recent.xml', recent, 'sitemap.xsd'],
      ] as const) {
        writeFileSync(path.join(dir, name), xml);
        execFileSync('xmllint', ['--noout', '--schema', path.join(xsdDir, xsd), path.join(dir, name)]);
      }
    }
  });
});

describe('the back office', () => {
  it('refuses citizens and nobody in every function, changing nothing', async () => {
    const id = await create('quyen');
    for (const who of [citizen, null]) {
      await expect(admin.saveNewsArticle(who, input('quyen-2'))).rejects.toMatchObject({ status: who ? 403 : 401 });
      await expect(admin.unpublishNews(who, id)).rejects.toMatchObject({ status: who ? 403 : 401 });
      await expect(admin.listNewsForAdmin(who, 1)).rejects.toMatchObject({ status: who ? 403 : 401 });
    }
    expect(await db.newsArticle.count({ where: { slug: `tin-quyen-2-${tag}` } })).toBe(0);
    session.user = citizen;
    const actions = await import('@/server/news/admin-actions');
    const form = new FormData();
    for (const [k, v] of Object.entries({
      slug: `tin-quyen-3-${tag}`,
      type: 'NEWS',
      topic: 'urban',
      status: 'DRAFT',
      titleVi: 'x',
      summaryVi: 'x',
      bodyVi: 'x',
      publishedAt: cityTime(new Date()),
    }))
      form.append(k, v);
    const state = await actions.saveNewsAction({ ok: false }, form);
    expect(state).toMatchObject({ ok: false, formError: { code: 'forbidden' } });
    session.user = null;
  });

  it('records every change in the audit log with before and after, and refreshes the public pages', async () => {
    const before = refreshed.count;
    const id = await create('nhat-ky');
    await admin.saveNewsArticle(editor, { ...input('nhat-ky', { titleVi: 'Tiêu đề mới' }), id });
    await admin.unpublishNews(editor, id);
    const log = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' } });
    expect(log.map((l) => l.action)).toEqual(['news.create', 'news.update', 'news.unpublish']);
    expect(log[1]!.before).toMatchObject({ titleVi: 'Thông báo thử nhat-ky' });
    expect(log[1]!.after).toMatchObject({ titleVi: 'Tiêu đề mới' });
    expect(log.every((l) => l.actorId === editor.id)).toBe(true);
    expect(refreshed.count - before).toBe(3);
  });

  it('refuses a taken or reserved address and a half English version with the field named', async () => {
    await create('trung');
    const taken = await errorOf(admin.saveNewsArticle(editor, input('trung')));
    expect(taken.status).toBe(409);
    expect(taken.details.fields).toEqual({ slug: [{ code: 'newsSlugTaken' }] });
    const reserved = newsArticleSchema.safeParse({ ...input('x'), publishedAt: cityTime(new Date()), slug: 'trang' });
    expect(reserved.error?.issues[0]?.message).toBe('newsSlugReserved');
    const half = newsArticleSchema.safeParse({
      slug: 'nua-tieng-anh',
      type: 'NEWS',
      topic: 'urban',
      status: 'DRAFT',
      titleVi: 'a',
      summaryVi: 'b',
      bodyVi: 'c',
      titleEn: 'Only a title',
      publishedAt: cityTime(new Date()),
    });
    expect(half.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['summaryEn', 'newsEnglishIncomplete'],
      ['bodyEn', 'newsEnglishIncomplete'],
    ]);
  });
});

describe('cover images', () => {
  const base = () => env().PUBLIC_URL;
  const post = (id: string, body: FormData | string, headers: Record<string, string> = {}) =>
    new Request(`${base()}/api/admin/news/${id}/cover`, {
      method: 'POST',
      headers: { origin: new URL(base()).origin, referer: `${base()}/vi/quan-tri/tin-tuc/${id}`, ...headers },
      body,
    });
  const picture = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#0b4a8b' } })
      .jpeg()
      .toBuffer();
  const withFile = (bytes: Buffer, type = 'image/jpeg') => {
    const f = new FormData();
    f.append('file', new Blob([new Uint8Array(bytes)], { type }), 'anh.jpg');
    return f;
  };

  it('re-encodes an upload and makes the 1200×630 share image; the article page and og image use it', async () => {
    const id = await create('anh-bia', { coverAltVi: 'Ảnh thử' });
    const res = await handleCoverUpload(post(id, withFile(await picture(2000, 1200))), editor, id);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/\/vi\/quan-tri\/tin-tuc\/.+\?saved=1$/);
    const a = (await newsArticle(`tin-anh-bia-${tag}`, 'vi'))!;
    expect(a.cover).toMatchObject({ width: 2000, height: 1200, alt: 'Ảnh thử' });
    const imageId = a.cover!.src.split('/')[4]!;
    const { newsImageBytes } = await import('@/server/news/images');
    const og = await sharp((await newsImageBytes(imageId, 'og'))!).metadata();
    expect([og.width, og.height, og.format]).toEqual([1200, 630, 'jpeg']);
    expect(await db.auditLog.count({ where: { entityId: id, action: 'news.cover' } })).toBe(1);
  });

  it('refuses oversized, too many pixels, too small, not an image, another origin and non-editors, keeping the old cover', async () => {
    const id = await create('anh-xau');
    const codeOf = (res: Response) => new URL(res.headers.get('location')!).searchParams.get('error');
    const big = Buffer.alloc(9 * 1024 * 1024, 1);
    expect(codeOf(await handleCoverUpload(post(id, withFile(big)), editor, id))).toBe('newsImageTooBig');
    // 9000×5000 = 45 megapixels: refused from its header, before decoding.
    const huge = await sharp({ create: { width: 9000, height: 5000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(codeOf(await handleCoverUpload(post(id, withFile(huge, 'image/png')), editor, id))).toBe(
      'newsImageTooManyPixels',
    );
    expect(codeOf(await handleCoverUpload(post(id, withFile(await picture(800, 400))), editor, id))).toBe(
      'newsImageTooSmall',
    );
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="2000" height="2000"/>');
    expect(codeOf(await handleCoverUpload(post(id, withFile(svg, 'image/svg+xml')), editor, id))).toBe(
      'newsImageNotImage',
    );
    expect(codeOf(await handleCoverUpload(post(id, withFile(Buffer.from('not an image'))), editor, id))).toBe(
      'newsImageNotImage',
    );
    expect(
      (
        await handleCoverUpload(
          post(id, withFile(await picture(1200, 630)), { origin: 'https://evil.example' }),
          editor,
          id,
        )
      ).status,
    ).toBe(403);
    expect((await handleCoverUpload(post(id, withFile(await picture(1200, 630))), citizen, id)).status).toBe(403);
    expect((await handleCoverUpload(post(id, withFile(await picture(1200, 630))), null, id)).status).toBe(401);
    expect((await db.newsArticle.findUnique({ where: { id } }))!.coverImageId).toBeNull();
  });
});
