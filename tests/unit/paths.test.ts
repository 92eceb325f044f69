import { describe, expect, it } from 'vitest';
import { createNavigation } from 'next-intl/navigation';
import { routing } from '@/i18n/routing';
import { getPathname } from '@/i18n/paths';

const intl = createNavigation(routing);

describe('addresses computed without next-intl’s navigation module', () => {
  const cases: Parameters<typeof getPathname>[0][] = [
    { locale: 'vi', href: '/' },
    { locale: 'en', href: '/' },
    { locale: 'vi', href: '/reports' },
    { locale: 'en', href: '/reports/new' },
    { locale: 'vi', href: { pathname: '/procedures/[slug]', params: { slug: 'dang-ky-khai-sinh' } } },
    { locale: 'en', href: { pathname: '/news/topics/[topic]/page/[page]', params: { topic: 'giao-thong', page: 2 } } },
    { locale: 'vi', href: { pathname: '/reports/[code]', params: { code: 'PA-2026-000001' } } },
    { locale: 'vi', href: { pathname: '/procedures', query: { q: 'khai sinh', page: 2 } } },
    { locale: 'en', href: { pathname: '/', query: { q: 'đăng ký' } } },
    { locale: 'vi', href: { pathname: '/news/[slug]', params: { slug: 'tin tức có dấu' } } },
    // A page of an unknown language rendered beside its layout's notFound() (it threw before).
    { locale: 'xx' as never, href: '/procedures' },
    { locale: undefined as never, href: { pathname: '/procedures/[slug]', params: { slug: 'a' } } },
  ];
  it('gives the same address as next-intl for every kind of link', () => {
    for (const args of cases) expect(getPathname(args)).toBe(intl.getPathname(args));
  });
});
