import 'server-only';
import QRCode from 'qrcode';

/**
 * A printable QR code of an invitation link, as SVG markup drawn by the qrcode library (error
 * correction M: still readable when a printed copy is creased or partly covered). The markup holds
 * only paths, no script or style, so it can be placed in a page under the portal's CSP.
 */
export async function invitationQrSvg(link: string): Promise<string> {
  return QRCode.toString(link, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
