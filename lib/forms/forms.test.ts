import { describe, expect, it } from 'vitest';
import { allProcedures } from '@/prisma/seed/procedures/all';
import { formBySlug, formTemplates, formsForItem } from '@/lib/forms';
import { formDocument } from '@/lib/forms/html';

const items = allProcedures.flatMap((p) => p.documents.flatMap((g) => g.items.map((item) => ({ slug: p.slug, item }))));
const linked = (slug: string) =>
  items.filter((x) => x.slug === slug).flatMap((x) => formsForItem(x.item).map((f) => f.slug));

describe('form templates', () => {
  it('have unique, stable file names', () => {
    const slugs = formTemplates.map((f) => f.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(formBySlug('mau-ct01')?.code).toBe('CT01');
    expect(formBySlug('khong-co')).toBeUndefined();
  });

  it('cover the forms of the most used procedures', () => {
    const expected: Record<string, string> = {
      'dang-ky-khai-sinh': 'to-khai-dang-ky-khai-sinh',
      'dang-ky-ket-hon': 'to-khai-dang-ky-ket-hon',
      'dang-ky-khai-tu': 'to-khai-dang-ky-khai-tu',
      'cap-giay-xac-nhan-tinh-trang-hon-nhan': 'to-khai-cap-giay-xac-nhan-tinh-trang-hon-nhan',
      'dang-ky-thuong-tru': 'mau-ct01',
      'dang-ky-tam-tru': 'mau-ct01',
      'cap-lai-the-can-cuoc': 'mau-cc01',
      'cap-ho-chieu-pho-thong-o-trong-nuoc': 'mau-tk01',
      'cap-phieu-ly-lich-tu-phap-so-1': 'to-khai-yeu-cau-cap-phieu-ly-lich-tu-phap',
      'cap-phieu-ly-lich-tu-phap-so-2': 'to-khai-yeu-cau-cap-phieu-ly-lich-tu-phap',
      'cap-giay-phep-xay-dung-nha-o-rieng-le': 'don-de-nghi-cap-giay-phep-xay-dung',
      'dang-ky-thanh-lap-ho-kinh-doanh': 'giay-de-nghi-dang-ky-ho-kinh-doanh',
      'giai-quyet-huong-tro-cap-that-nghiep': 'de-nghi-huong-tro-cap-that-nghiep',
      'dang-ky-tham-gia-bao-hiem-y-te-theo-ho-gia-dinh': 'mau-tk1-ts',
    };
    for (const [procedure, form] of Object.entries(expected)) expect(linked(procedure), procedure).toContain(form);
    expect(linked('cap-ho-chieu-pho-thong-o-trong-nuoc')).toContain('mau-tk01a');
  });

  it('are each used by at least one seeded procedure', () => {
    const used = new Set(items.flatMap((x) => formsForItem(x.item).map((f) => f.slug)));
    expect(formTemplates.filter((f) => !used.has(f.slug)).map((f) => f.slug)).toEqual([]);
  });

  it('match by form code first, then by the item name; otherwise no link', () => {
    expect(
      formsForItem({ name: 'Tờ khai thay đổi thông tin cư trú có ý kiến đồng ý của chủ hộ', form: 'CT01' }).map(
        (f) => f.slug,
      ),
    ).toEqual(['mau-ct01']);
    expect(formsForItem({ name: 'Phiếu thu thập hoặc điều chỉnh thông tin dân cư', form: 'DC01 / DC02' })).toEqual([]);
    expect(
      formsForItem({ name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (chọn Phiếu số 2)' }).map((f) => f.slug),
    ).toEqual(['to-khai-yeu-cau-cap-phieu-ly-lich-tu-phap']);
    expect(formsForItem({ name: 'Tờ khai yêu cầu cấp Phiếu (mẫu dành cho trường hợp ủy quyền)' })).toEqual([]);
    expect(formsForItem({ name: 'tờ khai  đăng ký khai sinh', form: 'Mẫu của Bộ Tư pháp' }).map((f) => f.slug)).toEqual(
      ['to-khai-dang-ky-khai-sinh'],
    );
    expect(formsForItem({ name: 'Giấy khai sinh' })).toEqual([]);
  });

  it('render as a standalone A4 document: title, blanks, signature, the source, no script', () => {
    for (const form of formTemplates) {
      const html = formDocument(form);
      expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/);
      expect(html).toContain(`<h1>${form.title}</h1>`);
      expect(html).toContain('@page{size:A4');
      expect(html).toContain('class="fs-fill"');
      expect(html).toContain('class="fs-signature"');
      expect(html).toContain(form.reference.verified ? 'Căn cứ:' : '(chưa đối chiếu)');
      expect(html).not.toMatch(/<script|<link|src=/i);
    }
  });
});
