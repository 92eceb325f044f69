// npx tsx scripts/app-icons.ts — draws the installable portal's icons (public/icons/) from the
// same mark as app/icon.svg: 192 and 512 px, and maskable ones whose mark stays in the central
// safe zone (a circle of 80 % of the width) whatever shape the phone cuts.
import sharp from 'sharp';

const plain = (s: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${s}" height="${s}"><rect width="64" height="64" rx="14" fill="#0b4a8b"/><circle cx="32" cy="32" r="20" fill="#fff"/><text x="32" y="40" font-family="DejaVu Sans,Arial,sans-serif" font-size="20" font-weight="700" text-anchor="middle" fill="#c8102e">CD</text></svg>`;
const maskable = (s: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${s}" height="${s}"><rect width="64" height="64" fill="#0b4a8b"/><circle cx="32" cy="32" r="16" fill="#fff"/><text x="32" y="38.5" font-family="DejaVu Sans,Arial,sans-serif" font-size="16" font-weight="700" text-anchor="middle" fill="#c8102e">CD</text></svg>`;

async function main() {
  for (const s of [192, 512]) {
    await sharp(Buffer.from(plain(s)))
      .png({ compressionLevel: 9 })
      .toFile(`public/icons/icon-${s}.png`);
    await sharp(Buffer.from(maskable(s)))
      .png({ compressionLevel: 9 })
      .toFile(`public/icons/maskable-${s}.png`);
  }
}
void main();
