import { describe, expect, it } from 'vitest';
import { nearbyParams, nearbyQuerySchema } from './nearby';

const parse = (qs: string) => nearbyQuerySchema.safeParse(nearbyParams(new URLSearchParams(qs)));

describe('nearby query', () => {
  it('reads a point, a ward and a title', () => {
    const r = parse(
      'category=giao-thong&lat=10.7725&lng=106.698&ward=mau-phuong-sai-gon&title=%E1%BB%94+g%C3%A0&locale=en',
    );
    expect(r.success && r.data).toEqual({
      category: 'giao-thong',
      point: { lat: 10.7725, lng: 106.698 },
      ward: 'mau-phuong-sai-gon',
      title: 'Ổ gà',
      locale: 'en',
    });
  });

  it('treats empty parameters as absent and defaults to Vietnamese', () => {
    const r = parse('category=moi-truong&lat=&lng=&ward=p1&title=Ngập nước');
    expect(r.success && r.data).toEqual({
      category: 'moi-truong',
      point: null,
      ward: 'p1',
      title: 'Ngập nước',
      locale: 'vi',
    });
  });

  it('refuses a missing category, half a point, a point outside the city and odd values', () => {
    expect(parse('lat=10.7&lng=106.7').success).toBe(false);
    expect(parse('category=giao-thong&lat=10.7').success).toBe(false);
    expect(parse('category=giao-thong&lat=21.02&lng=105.85').success).toBe(false);
    expect(parse('category=giao-thong&lat=1e2&lng=106.7').success).toBe(false);
    expect(parse("category=x'%3B--").success).toBe(false);
    expect(parse('category=giao-thong&locale=fr').success).toBe(false);
    expect(parse(`category=giao-thong&title=${'a'.repeat(400)}`).success).toBe(false);
  });
});
