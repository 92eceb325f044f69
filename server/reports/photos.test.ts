import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_PIXELS, PhotoError, processPhoto, reasonableShape, sniffImage } from './photos';
import { hostile, hugePngHeader, jpeg } from '@/tests/support/images';

const error = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof PhotoError ? e.key : e),
  );

describe('sniffImage', () => {
  it('knows JPEG, PNG and WebP by their first bytes only', async () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffImage(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(sniffImage(Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
    expect(sniffImage(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffImage(hostile.svg())).toBeNull();
    expect(sniffImage(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffImage(await jpeg(10, 10))).toBe('jpeg');
  });
});

describe('processPhoto', () => {
  it('refuses a file whose magic bytes and content disagree', async () => {
    // A PNG signature in front of a JPEG body.
    const body = await jpeg(50, 50);
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), body.subarray(8)]);
    expect(await error(processPhoto(fake))).toMatch(/photoNotImage|photoUnreadable/);
  });

  it('refuses a decompression bomb from its header, quickly and without decoding', async () => {
    const started = Date.now();
    expect(await error(processPhoto(hugePngHeader()))).toBe('photoTooManyPixels');
    // Just over the limit is refused too; the limit itself is 40 megapixels.
    expect(PHOTO_MAX_PIXELS).toBe(40_000_000);
    expect(await error(processPhoto(hugePngHeader(8001, 5000)))).toBe('photoTooManyPixels');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('shrinks large photos to 1600 px on the longest side and 400 px thumbnails, never enlarging small ones', async () => {
    const big = await processPhoto(await jpeg(2400, 1200));
    expect([big.width, big.height, big.thumbWidth, big.thumbHeight]).toEqual([1600, 800, 400, 200]);
    const small = await processPhoto(await jpeg(120, 90));
    expect([small.width, small.height]).toEqual([120, 90]);
    expect((await sharp(big.display).metadata()).format).toBe('webp');
  });

  it('refuses strips and slivers from the header: a side under 32 px or a ratio over 20:1', async () => {
    expect(await error(processPhoto(hugePngHeader(30_000, 1)))).toBe('photoOddShape');
    expect(await error(processPhoto(hugePngHeader(1, 30_000)))).toBe('photoOddShape');
    expect(await error(processPhoto(await jpeg(31, 400)))).toBe('photoOddShape');
    expect(await error(processPhoto(await jpeg(2100, 100)))).toBe('photoOddShape');
    // The limits themselves pass: a 20:1 panorama and a 32 px side.
    expect(reasonableShape(2000, 100)).toBe(true);
    expect(reasonableShape(32, 32)).toBe(true);
    expect(reasonableShape(2001, 100)).toBe(false);
    expect((await processPhoto(await jpeg(640, 32))).height).toBe(32);
  });
});
