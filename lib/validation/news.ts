// The back office's article form (components/news/admin/ArticleForm.tsx), the same in the browser
// and in the server action (server/news/admin-actions.ts).
import { z } from 'zod';
import { cityTimeToDate } from '@/lib/consultations/admin';
import { NEWS_TOPICS, NEWS_TYPES, RESERVED_SLUGS } from '@/lib/news/taxonomy';
import { cleanText, optionalCleanText } from './text';

const id = z.string().min(1, 'required').max(64, 'invalid');

export const NEWS_BODY_MAX = 20_000;

export const newsArticleSchema = z
  .object({
    id: id.optional(),
    slug: z
      .string({ error: 'required' })
      .trim()
      .min(1, 'required')
      .max(120)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slugInvalid')
      .refine((s) => !(RESERVED_SLUGS as readonly string[]).includes(s), 'newsSlugReserved'),
    type: z.enum(NEWS_TYPES, 'required'),
    topic: z.enum(NEWS_TOPICS, 'required'),
    status: z.enum(['DRAFT', 'PUBLISHED'], 'required'),
    titleVi: cleanText({ max: 200 }),
    summaryVi: cleanText({ max: 600, multiline: true }),
    bodyVi: cleanText({ max: NEWS_BODY_MAX, multiline: true }),
    titleEn: optionalCleanText({ max: 200 }),
    summaryEn: optionalCleanText({ max: 600, multiline: true }),
    bodyEn: optionalCleanText({ max: NEWS_BODY_MAX, multiline: true }),
    coverAltVi: optionalCleanText({ max: 300 }),
    coverAltEn: optionalCleanText({ max: 300 }),
    agencyId: z.string().max(64, 'invalid').optional().default(''),
    /** A `datetime-local` value in the city's time; later than now schedules the article. */
    publishedAt: z
      .string({ error: 'required' })
      .min(1, 'required')
      .transform((v, ctx) => {
        const d = cityTimeToDate(v);
        if (!d) {
          ctx.addIssue({ code: 'custom', message: 'dateInvalid' });
          return z.NEVER;
        }
        return d;
      }),
  })
  .superRefine((v, ctx) => {
    // English is optional, but an English version is whole: title, summary and body together.
    const english = { titleEn: v.titleEn, summaryEn: v.summaryEn, bodyEn: v.bodyEn };
    const given = Object.values(english).filter(Boolean).length;
    if (given > 0 && given < 3) {
      for (const [field, value] of Object.entries(english))
        if (!value) ctx.addIssue({ code: 'custom', path: [field], message: 'newsEnglishIncomplete' });
    }
    if (v.coverAltEn && !v.coverAltVi)
      ctx.addIssue({ code: 'custom', path: ['coverAltVi'], message: 'newsCoverAltRequired' });
  });
export type NewsArticleInput = z.output<typeof newsArticleSchema>;

/** Unpublishing: the article leaves the public pages, feeds and sitemaps, and stays in the back office. */
export const newsUnpublishSchema = z.object({ id });

/** Largest cover upload and picture accepted; smaller than 1200×630 cannot make the share image. */
export const NEWS_IMAGE_MAX_BYTES = 8 * 1024 * 1024;
export const NEWS_IMAGE_MAX_PIXELS = 40_000_000;
export const NEWS_IMAGE_MIN = { width: 1200, height: 630 } as const;
