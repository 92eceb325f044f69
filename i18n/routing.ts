import { defineRouting } from 'next-intl/routing';

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];

// Every section's path, decided once: Vietnamese paths read as Vietnamese, English as English.
export const routing = defineRouting({
  locales,
  defaultLocale: 'vi',
  localePrefix: 'always',
  // The proxy remembers an explicit choice in a cookie; Accept-Language is not used,
  // so a visitor lands on Vietnamese unless they chose English.
  localeDetection: false,
  localeCookie: false,
  pathnames: {
    '/': '/',
    '/news': { vi: '/tin-tuc', en: '/news' },
    '/news/[slug]': { vi: '/tin-tuc/[slug]', en: '/news/[slug]' },
    '/procedures': { vi: '/thu-tuc-hanh-chinh', en: '/procedures' },
    '/procedures/[slug]': { vi: '/thu-tuc-hanh-chinh/[slug]', en: '/procedures/[slug]' },
    '/procedures/forms/[form]': { vi: '/thu-tuc-hanh-chinh/mau/[form]', en: '/procedures/forms/[form]' },
    '/reports': { vi: '/phan-anh', en: '/feedback' },
    '/reports/new': { vi: '/phan-anh/gui', en: '/feedback/new' },
    '/reports/mine': { vi: '/phan-anh/cua-toi', en: '/feedback/mine' },
    '/reports/map': { vi: '/phan-anh/ban-do', en: '/feedback/map' },
    '/reports/statistics': { vi: '/phan-anh/thong-ke', en: '/feedback/statistics' },
    '/reports/rss': { vi: '/phan-anh/rss', en: '/feedback/rss' },
    '/reports/[code]': { vi: '/phan-anh/[code]', en: '/feedback/[code]' },
    '/notifications': { vi: '/thong-bao', en: '/notifications' },
    '/consultations': { vi: '/lay-y-kien', en: '/consultations' },
    '/consultations/[slug]': { vi: '/lay-y-kien/[slug]', en: '/consultations/[slug]' },
    '/consultations/[slug]/results': { vi: '/lay-y-kien/[slug]/ket-qua', en: '/consultations/[slug]/results' },
    '/services': { vi: '/tien-ich', en: '/services' },
    '/campaign': { vi: '/tro-thanh-cong-dan-so', en: '/digital-citizen-campaign' },
    '/offline': { vi: '/ngoai-tuyen', en: '/offline' },
    '/privacy': { vi: '/chinh-sach-bao-mat', en: '/privacy' },
    '/sign-in': { vi: '/dang-nhap', en: '/sign-in' },
    '/sign-up': { vi: '/dang-ky', en: '/sign-up' },
    '/verify-email': { vi: '/xac-thuc-email', en: '/verify-email' },
    '/forgot-password': { vi: '/quen-mat-khau', en: '/forgot-password' },
    '/reset-password': { vi: '/dat-lai-mat-khau', en: '/reset-password' },
    '/account': { vi: '/tai-khoan', en: '/account' },
    '/account/delete': { vi: '/tai-khoan/xoa', en: '/account/delete' },
    '/admin': { vi: '/quan-tri', en: '/admin' },
    '/admin/users': { vi: '/quan-tri/nguoi-dung', en: '/admin/users' },
    '/admin/users/[id]': { vi: '/quan-tri/nguoi-dung/[id]', en: '/admin/users/[id]' },
    '/admin/audit': { vi: '/quan-tri/nhat-ky', en: '/admin/audit-log' },
    '/admin/procedures': { vi: '/quan-tri/thu-tuc', en: '/admin/procedures' },
    '/admin/procedures/new': { vi: '/quan-tri/thu-tuc/moi', en: '/admin/procedures/new' },
    '/admin/procedures/[id]': { vi: '/quan-tri/thu-tuc/[id]', en: '/admin/procedures/[id]' },
    '/admin/synonyms': { vi: '/quan-tri/tu-dong-nghia', en: '/admin/synonyms' },
    '/admin/reports': { vi: '/quan-tri/phan-anh', en: '/admin/feedback' },
    '/admin/reports/[code]': { vi: '/quan-tri/phan-anh/[code]', en: '/admin/feedback/[code]' },
    '/admin/canned-answers': { vi: '/quan-tri/cau-tra-loi-mau', en: '/admin/canned-answers' },
    '/admin/api-keys': { vi: '/quan-tri/khoa-api', en: '/admin/api-keys' },
    '/admin/consultations': { vi: '/quan-tri/lay-y-kien', en: '/admin/consultations' },
    '/admin/consultations/new': { vi: '/quan-tri/lay-y-kien/moi', en: '/admin/consultations/new' },
    '/admin/consultations/[id]': { vi: '/quan-tri/lay-y-kien/[id]', en: '/admin/consultations/[id]' },
    '/admin/campaign': { vi: '/quan-tri/cong-dan-so', en: '/admin/campaign' },
    '/admin/campaign/[id]': { vi: '/quan-tri/cong-dan-so/[id]', en: '/admin/campaign/[id]' },
    '/dev/outbox': { vi: '/dev/hop-thu', en: '/dev/outbox' },
  },
});

export type AppPathname = keyof typeof routing.pathnames;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
