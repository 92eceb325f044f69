import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { clampPage, pageCount, pageSlice } from '@/lib/pagination';
import type { NewsArticleInput } from '@/lib/validation/news';
import { audit } from '../audit';
import { db } from '../db';
import { AppError } from '../errors';
import { can, type RoleHolder } from '../permissions';
import { refreshPublicPages } from '../procedures/refresh';
import { processCoverImage } from './images';

// The news back office (EDITOR and ADMIN): write an article, schedule or publish it, unpublish it,
// give it a cover. Every function asks `can(…, 'news:manage')` itself, changes nothing when it
// refuses, records what changed in the audit log (before and after), and refreshes the public
// pages (news, home, sitemaps, on every instance) once the change is committed.

type Actor = RoleHolder & { id: string };

function authorise(user: Actor | null | undefined): asserts user is Actor {
  if (!user) throw new AppError('unauthorized');
  if (!can(user, 'news:manage')) throw new AppError('forbidden');
}

export type AdminNewsState = 'draft' | 'scheduled' | 'published' | 'unpublished';

export function adminNewsState(a: { status: string; publishedAt: Date }, now: Date): AdminNewsState {
  if (a.status === 'DRAFT') return 'draft';
  if (a.status === 'UNPUBLISHED') return 'unpublished';
  return a.publishedAt > now ? 'scheduled' : 'published';
}

export const ADMIN_NEWS_PAGE_SIZE = 20;

/** Every article, drafts and scheduled ones included, newest publish time first. */
export async function listNewsForAdmin(user: Actor | null | undefined, requested: number, now = new Date()) {
  authorise(user);
  const total = await db.newsArticle.count();
  const pages = pageCount(total, ADMIN_NEWS_PAGE_SIZE);
  const page = clampPage(requested, pages);
  const rows = await db.newsArticle.findMany({
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    ...pageSlice(page, ADMIN_NEWS_PAGE_SIZE),
    select: { id: true, slug: true, titleVi: true, type: true, topic: true, status: true, publishedAt: true },
  });
  return { page, pages, total, rows: rows.map((r) => ({ ...r, state: adminNewsState(r, now) })) };
}

/** One article as the back office edits it; null when there is none. */
export async function newsForEdit(user: Actor | null | undefined, id: string, now = new Date()) {
  authorise(user);
  if (id.length > 64) return null;
  const row = await db.newsArticle.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      type: true,
      topic: true,
      status: true,
      titleVi: true,
      titleEn: true,
      summaryVi: true,
      summaryEn: true,
      bodyVi: true,
      bodyEn: true,
      coverAltVi: true,
      coverAltEn: true,
      coverImageId: true,
      agencyId: true,
      publishedAt: true,
      updatedAt: true,
    },
  });
  return row ? { ...row, state: adminNewsState(row, now) } : null;
}
export type NewsForEdit = NonNullable<Awaited<ReturnType<typeof newsForEdit>>>;

/** The agencies an article may be signed by. */
export async function newsAgencies() {
  return db.agency.findMany({ orderBy: { nameVi: 'asc' }, select: { id: true, nameVi: true, nameEn: true } });
}

const snapshotSelect = {
  slug: true,
  type: true,
  topic: true,
  status: true,
  titleVi: true,
  titleEn: true,
  summaryVi: true,
  summaryEn: true,
  bodyVi: true,
  bodyEn: true,
  coverImageId: true,
  coverAltVi: true,
  coverAltEn: true,
  agencyId: true,
  publishedAt: true,
} satisfies Prisma.NewsArticleSelect;

/** Creates an article (no id) or changes one: a draft, or published from its publish time on. */
export async function saveNewsArticle(user: Actor | null | undefined, input: NewsArticleInput) {
  authorise(user);
  const { id, agencyId, ...rest } = input;
  const fields = {
    ...rest,
    titleEn: rest.titleEn ?? null,
    summaryEn: rest.summaryEn ?? null,
    bodyEn: rest.bodyEn ?? null,
    coverAltVi: rest.coverAltVi ?? null,
    coverAltEn: rest.coverAltEn ?? null,
    agencyId: agencyId || null,
  };
  if (fields.agencyId && !(await db.agency.findUnique({ where: { id: fields.agencyId }, select: { id: true } })))
    throw new AppError('unprocessable', 'invalidFields', { fields: { agencyId: 'agencyUnknown' } });
  const clash = await db.newsArticle.findFirst({
    where: { slug: fields.slug, ...(id ? { id: { not: id } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError('conflict', 'invalidFields', { fields: { slug: 'newsSlugTaken' } });

  const saved = await db.$transaction(async (tx) => {
    if (!id) {
      const created = await tx.newsArticle.create({ data: fields, select: { id: true, ...snapshotSelect } });
      const { id: newId, ...after } = created;
      await audit(tx, { actorId: user.id, action: 'news.create', entityType: 'news', entityId: newId, after });
      return created;
    }
    const before = await tx.newsArticle.findUnique({ where: { id }, select: snapshotSelect });
    if (!before) throw new AppError('not_found');
    // A published article with a cover needs its description before it goes out.
    if (fields.status === 'PUBLISHED' && before.coverImageId && !fields.coverAltVi)
      throw new AppError('unprocessable', 'invalidFields', { fields: { coverAltVi: 'newsCoverAltRequired' } });
    const after = await tx.newsArticle.update({ where: { id }, data: fields, select: snapshotSelect });
    await audit(tx, { actorId: user.id, action: 'news.update', entityType: 'news', entityId: id, before, after });
    return { id, ...after };
  });
  await refreshPublicPages();
  return { id: saved.id };
}

/** Takes a published or scheduled article off the public pages, feeds and sitemaps. */
export async function unpublishNews(user: Actor | null | undefined, id: string) {
  authorise(user);
  await db.$transaction(async (tx) => {
    const before = await tx.newsArticle.findUnique({ where: { id }, select: { status: true } });
    if (!before) throw new AppError('not_found');
    if (before.status === 'UNPUBLISHED') return;
    await tx.newsArticle.update({ where: { id }, data: { status: 'UNPUBLISHED' } });
    await audit(tx, {
      actorId: user.id,
      action: 'news.unpublish',
      entityType: 'news',
      entityId: id,
      before,
      after: { status: 'UNPUBLISHED' },
    });
  });
  await refreshPublicPages();
}

/** Gives an article a new cover from an upload; the previous image is removed when nothing else uses it. */
export async function setNewsCover(user: Actor | null | undefined, id: string, upload: Buffer) {
  authorise(user);
  const article = await db.newsArticle.findUnique({ where: { id }, select: { coverImageId: true } });
  if (!article) throw new AppError('not_found');
  const image = await processCoverImage(upload);
  await db.$transaction(async (tx) => {
    const created = await tx.newsImage.create({
      data: { width: image.width, height: image.height, data: image.data, ogData: image.ogData },
      select: { id: true },
    });
    await tx.newsArticle.update({ where: { id }, data: { coverImageId: created.id } });
    await audit(tx, {
      actorId: user.id,
      action: 'news.cover',
      entityType: 'news',
      entityId: id,
      before: { coverImageId: article.coverImageId },
      after: { coverImageId: created.id, width: image.width, height: image.height },
    });
    if (article.coverImageId) {
      const users = await tx.newsArticle.count({ where: { coverImageId: article.coverImageId } });
      if (users === 0) await tx.newsImage.delete({ where: { id: article.coverImageId } });
    }
  });
  await refreshPublicPages();
}
