import { describe, expect, it } from 'vitest';
import { demoProcedure } from '@/tests/support/procedure-fixture';
import { procedureJsonLd, processingDurations } from './structured-data';

const words = {
  vi: { IN_PERSON: 'Trực tiếp', ONLINE: 'Trực tuyến', POST: 'Bưu chính' },
  en: { IN_PERSON: 'In person', ONLINE: 'Online', POST: 'By post' },
} as const;

function ld(slug: string, locale: 'vi' | 'en', english = true) {
  const labels = {
    home: locale === 'en' ? 'Home' : 'Trang chủ',
    list: locale === 'en' ? 'Procedures' : 'Thủ tục hành chính',
    area: locale === 'en' ? 'Ho Chi Minh City' : 'Thành phố Hồ Chí Minh',
    channel: (c: keyof (typeof words)['en']) => words[locale][c],
  };
  const json = procedureJsonLd(
    demoProcedure(slug, { english }),
    locale,
    'https://x/p',
    'https://x/l',
    'https://x/',
    labels,
  );
  return JSON.parse(json)[0];
}

describe('procedureJsonLd', () => {
  it('describes a translated procedure wholly in English on the English page', () => {
    const s = ld('dang-ky-khai-sinh', 'en');
    expect(s).toMatchObject({
      '@type': 'GovernmentService',
      name: 'Birth registration',
      inLanguage: 'en',
      serviceType: 'Civil status',
      areaServed: { '@type': 'City', name: 'Ho Chi Minh City' },
      provider: {
        '@type': 'GovernmentOrganization',
        name: "People's Committee of the ward, commune or special zone where the child's father or mother resides",
      },
    });
    expect(s.availableChannel).toEqual([
      {
        '@type': 'ServiceChannel',
        name: 'In person',
        serviceLocation: { '@type': 'Place', name: expect.stringMatching(/^Public Administrative Service Centre/) },
        processingTime: 'P1D',
      },
      { '@type': 'ServiceChannel', name: 'Online', serviceUrl: 'https://dichvucong.gov.vn', processingTime: 'P1D' },
      { '@type': 'ServiceChannel', name: 'By post', processingTime: 'P1D' },
    ]);
    expect(s.alternateName).toEqual({ '@language': 'vi', '@value': 'Đăng ký khai sinh' });
    expect(JSON.stringify({ ...s, alternateName: null })).not.toMatch(
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu,
    );
  });

  it('describes it in Vietnamese on the Vietnamese page, with the channels as words', () => {
    const s = ld('dang-ky-khai-sinh', 'vi');
    expect(s).toMatchObject({
      name: 'Đăng ký khai sinh',
      inLanguage: 'vi',
      serviceType: 'Hộ tịch',
      areaServed: { name: 'Thành phố Hồ Chí Minh' },
      provider: { name: 'UBND phường, xã, đặc khu nơi cư trú của cha hoặc mẹ trẻ' },
    });
    expect(s.availableChannel.map((c: { name: string }) => c.name)).toEqual(['Trực tiếp', 'Trực tuyến', 'Bưu chính']);
    expect(s.availableChannel[0].serviceLocation.name).toMatch(/^Trung tâm Phục vụ hành chính công/);
  });

  it('writes working days as ISO 8601 days, whatever the language', () => {
    for (const locale of ['vi', 'en'] as const) {
      const s = ld('dang-ky-thuong-tru', locale);
      expect(s.availableChannel.map((c: { processingTime: string }) => c.processingTime)).toEqual(['P7D', 'P7D']);
    }
  });

  it('gives an untranslated procedure English where the portal has it, and marks its Vietnamese text', () => {
    const s = ld('gia-han-tam-tru', 'en', false);
    expect(s.serviceType).toBe('Residence');
    expect(s.areaServed.name).toBe('Ho Chi Minh City');
    expect(s.provider.name).toBe(
      'Commune-level police (ward, commune or special zone police) where the person has temporary residence',
    );
    expect(s.availableChannel[0].name).toBe('In person');
    expect(s.availableChannel[0].serviceLocation.name).toEqual({
      '@language': 'vi',
      '@value': expect.stringMatching(/Công an/),
    });
  });

  it('marks the agency as Vietnamese when no English name is known', () => {
    const s = ld('dang-ky-khai-sinh', 'en', false);
    expect(s.provider.name).toEqual({
      '@language': 'vi',
      '@value': 'UBND phường, xã, đặc khu nơi cư trú của cha hoặc mẹ trẻ',
    });
  });
});

describe('processingDurations', () => {
  it('gives a method "as in person" the in-person duration and leaves out what has none', () => {
    expect(
      processingDurations([
        { channel: 'IN_PERSON', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ', fee: '' },
        { channel: 'ONLINE', processingTime: 'Như nộp trực tiếp', fee: '' },
        { channel: 'POST', processingTime: 'Như nộp trực tiếp, cộng thời gian chuyển phát', fee: '' },
      ]),
    ).toEqual(['P5D', 'P5D', 'P5D']);
    expect(
      processingDurations([{ channel: 'ONLINE', processingTime: 'Theo kế hoạch tuyển sinh hằng năm', fee: '' }]),
    ).toEqual([undefined]);
    expect(processingDurations([{ channel: 'IN_PERSON', processingTime: 'Tiếp nhận ngay', fee: '' }])).toEqual([
      'PT0S',
    ]);
  });
});
