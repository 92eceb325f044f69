import type { MetadataRoute } from 'next';

// Everything public may be indexed; accounts, the back office, search results and APIs are not.
export default function robots(): MetadataRoute.Robots {
  const base = process.env.PUBLIC_URL ?? 'http://localhost:3000';
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/api/', '/vi/tai-khoan', '/en/account', '/vi/quan-tri', '/en/admin', '/vi/dev/', '/en/dev/'],
      },
    ],
    sitemap: new URL('/sitemap.xml', base).toString(),
  };
}
