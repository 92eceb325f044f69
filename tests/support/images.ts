// Test images made on the fly with sharp (never personal photos checked in), and hostile files.
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** Raw RGB pixels with gradients and noise, so encoders cannot compress them to nothing. */
export function noisyPixels(width: number, height: number, seed = 1): Buffer {
  const buf = Buffer.alloc(width * height * 3);
  let x = seed * 2654435761;
  for (let y = 0; y < height; y++) {
    for (let i = 0; i < width; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      const n = (x >>> 24) & 0x3f;
      const o = (y * width + i) * 3;
      buf[o] = ((i * 255) / width + n) & 0xff;
      buf[o + 1] = ((y * 255) / height + n) & 0xff;
      buf[o + 2] = (((i + y) * 127) / (width + height) + n * 2) & 0xff;
    }
  }
  return buf;
}

export async function jpeg(
  width = 640,
  height = 480,
  options: { progressive?: boolean; orientation?: number; seed?: number; quality?: number } = {},
): Promise<Buffer> {
  let img = sharp(noisyPixels(width, height, options.seed), { raw: { width, height, channels: 3 } }).jpeg({
    progressive: options.progressive,
    quality: options.quality ?? 85,
  });
  // GPS, camera and copyright in EXIF, an ICC profile: all of it must be gone after processing.
  img = img
    .withMetadata({
      orientation: options.orientation,
      exif: {
        IFD0: { Copyright: 'Nguyen Van A', Make: 'TestCam' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 46/1 21/1' },
      },
    })
    .withIccProfile('p3');
  return img.toBuffer();
}

export async function cmykJpeg(): Promise<Buffer> {
  return sharp(noisyPixels(320, 240), { raw: { width: 320, height: 240, channels: 3 } })
    .toColourspace('cmyk')
    .jpeg()
    .toBuffer();
}

export async function transparentPng(): Promise<Buffer> {
  return sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 0.4 } } })
    .png()
    .toBuffer();
}

export async function webp(): Promise<Buffer> {
  return sharp(noisyPixels(500, 400), { raw: { width: 500, height: 400, channels: 3 } })
    .webp()
    .withMetadata()
    .toBuffer();
}

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

/** A valid PNG header claiming width × height RGBA pixels, with a few bytes of data: a decompression bomb's shape. */
export function hugePngHeader(width = 20_000, height = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(width + 1))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export const hostile = {
  text: () => Buffer.from('Đây là một tệp văn bản, không phải ảnh.\n'),
  php: () => Buffer.from('<?php system($_GET["c"]); ?>\n'),
  html: () => Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'),
  svg: () =>
    Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'),
  /** A real JPEG with an HTML page appended after its end marker. */
  polyglot: async () =>
    Buffer.concat([await jpeg(320, 240), Buffer.from('<html><script>alert("polyglot")</script></html>')]),
  truncated: async () => {
    const full = await jpeg(800, 600);
    return full.subarray(0, Math.floor(full.length * 0.6));
  },
};
