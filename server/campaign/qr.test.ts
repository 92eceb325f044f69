import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { invitationQrSvg } from './qr';

describe('invitation QR code', () => {
  const link = 'https://congdanso.example/vi/dang-ky?invitation=abcDEF123_-xyz';

  it('draws the QR code of the link itself as an SVG with nothing but paths', async () => {
    const svg = await invitationQrSvg(link);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|<style|on\w+=/i);
    // The symbol's size is the one the QR standard gives this link at level M, plus the margin.
    const modules = QRCode.create(link, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${modules + 4} ${modules + 4}"`);
  });

  it('differs for another link, so each invitation prints its own code', async () => {
    expect(await invitationQrSvg(link)).not.toBe(await invitationQrSvg(link.replace('abc', 'abd')));
  });
});
