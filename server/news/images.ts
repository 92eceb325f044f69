import 'server-only';
import sharp, { type Metadata } from 'sharp';
import { NEWS_IMAGE_MAX_BYTES, NEWS_IMAGE_MAX_PIXELS, NEWS_IMAGE_MIN } from '@/lib/validation/news';
import { db } from '../db';
import { AppError } from '../errors';

// Cover images: decoded and re-encoded by sharp (metadata stripped, EXIF orientation applied), so
// what is stored and served is a plain JPEG whatever was uploaded. Refused: more than 8 MB, more
// than 40 megapixels (checked from the header before decoding), anything sharp cannot read as
// JPEG, PNG or WebP, and pictures smaller than 1200×630 (the share image's size).

const FULL_MAX_WIDTH = 2400;

/** Reads, checks and re-encodes an upload; throws a 413/422 AppError naming what is wrong. */
export async function processCoverImage(bytes: Buffer) {
  if (bytes.length === 0)
    throw new AppError('unprocessable', 'newsImageMissing', { fields: { file: 'newsImageMissing' } });
  if (bytes.length > NEWS_IMAGE_MAX_BYTES)
    throw new AppError('payload_too_large', 'newsImageTooBig', {
      params: { mb: NEWS_IMAGE_MAX_BYTES / 1024 / 1024 },
      fields: { file: 'newsImageTooBig' },
    });
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError('unprocessable', 'newsImageNotImage', { fields: { file: 'newsImageNotImage' } });
  }
  if (!meta.format || !['jpeg', 'png', 'webp'].includes(meta.format) || !meta.width || !meta.height)
    throw new AppError('unprocessable', 'newsImageNotImage', { fields: { file: 'newsImageNotImage' } });
  if (meta.width * meta.height > NEWS_IMAGE_MAX_PIXELS)
    throw new AppError('payload_too_large', 'newsImageTooManyPixels', {
      params: { megapixels: NEWS_IMAGE_MAX_PIXELS / 1_000_000 },
      fields: { file: 'newsImageTooManyPixels' },
    });
  // The orientation tag may swap width and height.
  const swapped = (meta.orientation ?? 1) >= 5;
  const width = swapped ? meta.height : meta.width;
  const height = swapped ? meta.width : meta.height;
  if (width < NEWS_IMAGE_MIN.width || height < NEWS_IMAGE_MIN.height)
    throw new AppError('unprocessable', 'newsImageTooSmall', {
      params: { ...NEWS_IMAGE_MIN },
      fields: { file: 'newsImageTooSmall' },
    });
  try {
    const decoded = () => sharp(bytes, { limitInputPixels: NEWS_IMAGE_MAX_PIXELS, failOn: 'error' }).rotate();
    const full = await decoded()
      .resize({ width: FULL_MAX_WIDTH, withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const og = await decoded()
      .resize(1200, 630, { fit: 'cover', position: 'attention' })
      .jpeg({ quality: 80 })
      .toBuffer();
    return { data: full.data, width: full.info.width, height: full.info.height, ogData: og };
  } catch {
    throw new AppError('unprocessable', 'newsImageNotImage', { fields: { file: 'newsImageNotImage' } });
  }
}

/** One stored image's bytes: `full` (the page's copy) or `og` (1200×630); null when unknown. */
export async function newsImageBytes(id: string, variant: 'full' | 'og'): Promise<Buffer | null> {
  if (!/^[a-z0-9]{1,40}$/.test(id)) return null;
  const row = await db.newsImage.findUnique({
    where: { id },
    select: { data: variant === 'full', ogData: variant === 'og' },
  });
  if (!row) return null;
  const bytes = variant === 'og' ? row.ogData : row.data;
  return bytes ? Buffer.from(bytes) : null;
}
