import type { AppPathname } from '@/i18n/routing';

export const navItems = [
  { href: '/news', key: 'news' },
  { href: '/procedures', key: 'procedures' },
  { href: '/reports', key: 'feedback' },
  { href: '/consultations', key: 'consultations' },
  { href: '/services', key: 'services' },
] as const satisfies readonly { href: AppPathname; key: string }[];
