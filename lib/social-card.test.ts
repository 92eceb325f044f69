import { describe, expect, it } from 'vitest';
import { cardPath, cardTag, clip, drawable, preparedCard, type CardContent } from './social-card';

const card: CardContent = {
  locale: 'vi',
  kind: 'Thủ tục hành chính',
  title: 'Đăng ký khai sinh',
  detail: 'Hộ tịch',
  siteName: 'Công dân số',
  tagline: 'Thành phố Hồ Chí Minh',
};

describe('social card content', () => {
  it('keeps every Vietnamese letter, composed, and leaves out what the bundled font cannot draw', () => {
    expect(drawable('Phản ánh: ổ gà   lớn 🚧 ở Thủ Đức')).toBe('Phản ánh: ổ gà lớn ở Thủ Đức');
    // Decomposed input (NFD) comes out composed.
    expect(drawable('Đăng ký khai sinh'.normalize('NFD'))).toBe('Đăng ký khai sinh');
    expect(drawable('ỹ Ự ư ơ ă đ ĩ ũ ạ')).toBe('ỹ Ự ư ơ ă đ ĩ ũ ạ');
    expect(drawable('道路 road')).toBe('road');
  });

  it('clips long text at a word with an ellipsis', () => {
    const long = 'Đường Nguyễn Thị Minh Khai có nhiều ổ gà lớn gây nguy hiểm cho người đi xe máy';
    const cut = clip(long, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(clip('ngắn', 40)).toBe('ngắn');
    expect(preparedCard({ ...card, title: long.repeat(5) }).title.length).toBeLessThanOrEqual(150);
  });

  it('names a card by a tag that changes with what it shows, and only then', () => {
    expect(cardTag(card)).toBe(cardTag({ ...card }));
    expect(cardTag({ ...card, title: 'Đăng ký kết hôn' })).not.toBe(cardTag(card));
    expect(cardTag({ ...card, locale: 'en' })).not.toBe(cardTag(card));
    // What the card cannot draw does not change it.
    expect(cardTag({ ...card, title: 'Đăng ký khai sinh 🚧' })).toBe(cardTag(card));
    expect(cardPath(card, { procedure: 'dang-ky-khai-sinh' })).toBe(
      `/api/cards/vi/procedures/dang-ky-khai-sinh?v=${cardTag(card)}`,
    );
    expect(cardPath({ ...card, locale: 'en' }, 'site')).toMatch(/^\/api\/cards\/en\/site\?v=[0-9a-z]+$/);
  });
});
