import 'server-only';
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { PHOTO_MAX_ASPECT, PHOTO_MIN_SIDE } from '@/lib/validation/reports/report';
import { limiter } from '@/server/concurrency';

// Every report photo is decoded in full and re-encoded as WebP: what we store and serve is an image
// we made ourselves, never the bytes a person sent. That removes metadata (EXIF with GPS, XMP, ICC,
// comments), anything appended to or hidden inside the file, and the risk of a browser sniffing it
// as HTML or script.

/** Above this many pixels an image is refused before decoding (a 20,000 × 20,000 PNG is 1.2 GB in memory). */
export const PHOTO_MAX_PIXELS = 40_000_000;
export const PHOTO_DISPLAY_SIZE = 1600;
export const PHOTO_THUMB_SIZE = 400;

// One libvips thread per image and a small queue: memory stays bounded when many people upload at
// once, and two images in flight keep both cores of a small server busy.
sharp.concurrency(1);
sharp.cache(false);
const MAX_IN_FLIGHT = 2;

export type PhotoErrorKey = 'photoEmpty' | 'photoNotImage' | 'photoUnreadable' | 'photoTooManyPixels' | 'photoOddShape';

/** A photo that is not one we accept; `key` is its error code (lib/errors.ts). */
export class PhotoError extends Error {
  constructor(readonly key: PhotoErrorKey) {
    super(key);
  }
}

export type ImageKind = 'jpeg' | 'png' | 'webp';

/** The format from the first bytes of the file; the name and the declared type are never trusted. */
export function sniffImage(bytes: Uint8Array): ImageKind | null {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (
    b.length >= 8 &&
    b[0] === 0x89 &&
    b[1] === 0x50 &&
    b[2] === 0x4e &&
    b[3] === 0x47 &&
    b[4] === 0x0d &&
    b[5] === 0x0a &&
    b[6] === 0x1a &&
    b[7] === 0x0a
  )
    return 'png';
  if (
    b.length >= 12 &&
    b[0] === 0x52 &&
    b[1] === 0x49 &&
    b[2] === 0x46 &&
    b[3] === 0x46 && // RIFF
    b[8] === 0x57 &&
    b[9] === 0x45 &&
    b[10] === 0x42 &&
    b[11] === 0x50 // WEBP
  )
    return 'webp';
  return null;
}

export type ProcessedPhoto = {
  display: Buffer;
  width: number;
  height: number;
  thumb: Buffer;
  thumbWidth: number;
  thumbHeight: number;
  /** SHA-256 of the bytes as received (for the idempotency hash). */
  sourceHash: string;
};

const inQueue = limiter(MAX_IN_FLIGHT);

/** At least PHOTO_MIN_SIDE pixels each way, and the long side at most PHOTO_MAX_ASPECT times the short one. */
export function reasonableShape(width: number, height: number): boolean {
  const short = Math.min(width, height);
  return short >= PHOTO_MIN_SIDE && Math.max(width, height) <= short * PHOTO_MAX_ASPECT;
}

/**
 * Checks, decodes and re-encodes one photo: EXIF orientation applied, converted to sRGB (CMYK
 * included), a display WebP (longest side 1600) and a thumbnail (400), no metadata at all.
 * Throws PhotoError for anything that is not a complete JPEG, PNG or WebP within the pixel limit
 * and of a reasonable shape.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  if (input.length === 0) throw new PhotoError('photoEmpty');
  const kind = sniffImage(input);
  if (!kind) throw new PhotoError('photoNotImage');
  const sourceHash = createHash('sha256').update(input).digest('hex');

  return inQueue(async () => {
    // The header alone: refuse a decompression bomb before a single pixel is decoded.
    let meta: Metadata;
    try {
      meta = await sharp(input, { limitInputPixels: false }).metadata();
    } catch {
      throw new PhotoError('photoUnreadable');
    }
    // The magic bytes and the decoder must agree (a RIFF/WEBP header around something else fails here).
    if (meta.format !== kind) throw new PhotoError('photoNotImage');
    if (!meta.width || !meta.height) throw new PhotoError('photoUnreadable');
    if (meta.width * meta.height > PHOTO_MAX_PIXELS) throw new PhotoError('photoTooManyPixels');
    // A 30000 × 1 strip is within the pixel limit but becomes a 1600 × 1 line: nothing anyone can see.
    if (!reasonableShape(meta.width, meta.height)) throw new PhotoError('photoOddShape');

    try {
      // failOn 'error': a truncated or corrupt stream fails the decode instead of becoming a grey image.
      const display = await sharp(input, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' })
        .rotate()
        .toColourspace('srgb')
        .resize({ width: PHOTO_DISPLAY_SIZE, height: PHOTO_DISPLAY_SIZE, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80, effort: 2 })
        .toBuffer({ resolveWithObject: true });
      const thumb = await sharp(display.data)
        .resize({ width: PHOTO_THUMB_SIZE, height: PHOTO_THUMB_SIZE, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 75, effort: 2 })
        .toBuffer({ resolveWithObject: true });
      return {
        display: display.data,
        width: display.info.width,
        height: display.info.height,
        thumb: thumb.data,
        thumbWidth: thumb.info.width,
        thumbHeight: thumb.info.height,
        sourceHash,
      };
    } catch (e) {
      if (e instanceof Error && /pixel limit/i.test(e.message)) throw new PhotoError('photoTooManyPixels');
      throw new PhotoError('photoUnreadable');
    }
  });
}
