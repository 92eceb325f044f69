import { randomBytes } from 'node:crypto';

/** The report form as the browser sends it, with one photo. */
export function reportForm(photo: Buffer): FormData {
  const fd = new FormData();
  const fields: Record<string, string> = {
    category: 'giao-thong',
    title: 'Ổ gà trên đường Điện Biên Phủ',
    description: 'Ổ gà lớn giữa làn xe máy, đã có người té ngã.',
    ward: 'mau-phuong-sai-gon',
    address: '120 Điện Biên Phủ',
    lat: '10.7901',
    lng: '106.6953',
    isPublic: 'on',
    photoConsent: 'on',
    idempotencyKey: randomBytes(12).toString('hex'),
    locale: 'vi',
  };
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  fd.append('photos', new File([new Uint8Array(photo)], 'IMG_2041.jpg', { type: 'image/jpeg' }));
  return fd;
}
