// Security headers shared by next.config.ts (static files, route handlers, cached pages)
// and proxy.ts (dynamic pages, which get a per-request nonce). See docs/decisions/004-content-security-policy.md.

import { mapTileSource } from './map-tiles';

const isDev = process.env.NODE_ENV === 'development';

const common = [
  "default-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
];

/** For pages rendered per request: only scripts carrying this response's nonce may run. */
export function nonceCsp(nonce: string): string {
  return [
    // The maps (report form, report map) live in per-request sections: only those pages may load tiles.
    `img-src 'self' data: blob: ${mapTileSource(process.env.MAP_TILE_URL)}`.trim(),
    ...common,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'unsafe-inline'`,
  ].join('; ');
}

/**
 * For cached public pages, which cannot carry a per-request nonce: scripts only from this
 * origin (files carry Subresource Integrity hashes). No inline script may run under it as it is:
 * the production server adds the hashes of the framework's inline scripts of the exact page it
 * sends (server/http/script-hashes.ts, docs/decisions/015-csp-without-unsafe-inline.md).
 * `next dev` has no such server and injects scripts of its own, so it alone allows inline scripts.
 * No third-party origin anywhere.
 */
export const staticCsp = [
  "img-src 'self' data: blob:",
  ...common,
  `script-src 'self'${isDev ? " 'unsafe-inline' 'unsafe-eval'" : ''}`,
  `style-src 'self' 'unsafe-inline'`,
].join('; ');

export const baseSecurityHeaders: { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(self), payment=(), usb=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];
