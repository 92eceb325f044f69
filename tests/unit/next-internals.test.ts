// What the tests take from Next.js internals (tests/support/next-internals.ts), checked on fixed
// examples and against Next.js's public testing functions where both apply. A failure here after a
// Next.js upgrade means an internal moved or changed: fix the wrapper, not the tests that use it.
import { describe, expect, it } from 'vitest';
import {
  getRewrittenUrl,
  unstable_doesMiddlewareMatch,
  unstable_getResponseFromNextConfig,
} from 'next/experimental/testing/server';
import { fillParams, matchSource, proxyMatchers } from '@/tests/support/next-internals';
import { config } from '@/proxy';
import { publicRewrites } from '@/i18n/public-routes';
import { existsSync } from 'node:fs';
import { nextCli } from '@/scripts/lib/project';

const ORIGIN = 'http://localhost:3000';
const WRAPPER = 'Next.js changed an internal that tests/support/next-internals.ts relies on';

describe('Next.js internals used by the tests', () => {
  it('proxyMatchers: the matcher compiled as Next.js runs it', () => {
    const [about] = proxyMatchers(['/about/:path*']);
    expect(about, WRAPPER).toBeInstanceOf(RegExp);
    expect(
      ['/about', '/about/a', '/about/a/b'].every((p) => about!.test(p)),
      WRAPPER,
    ).toBe(true);
    expect(
      ['/', '/abouts', '/en/about'].some((p) => about!.test(p)),
      WRAPPER,
    ).toBe(false);
    // The portal's matcher agrees with the public check on paths it can take (not encoded again).
    const paths = [
      '/',
      '/vi',
      '/en',
      '/vi/dang-nhap',
      '/en/admin',
      '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
      '/en/procedures',
      '/vi/tin-tuc',
      '/vi/news',
      '/_next/static/x.js',
      '/api/procedures',
      '/favicon.ico',
      '/robots.txt',
    ];
    const ours = proxyMatchers(config.matcher);
    for (const p of paths) {
      expect(
        ours.some((m) => m.test(p)),
        `${WRAPPER}: ${p}`,
      ).toBe(unstable_doesMiddlewareMatch({ config, url: `${ORIGIN}${p}` }));
    }
  });

  it('matchSource: strict and case-sensitive, with named parameters', async () => {
    const match = matchSource('/vi/tin-tuc/:slug');
    expect(match('/vi/tin-tuc/a-1'), WRAPPER).toEqual({ slug: 'a-1' });
    expect(match('/VI/tin-tuc/a-1'), WRAPPER).toBe(false);
    expect(match('/vi/tin-tuc/a-1/b'), WRAPPER).toBe(false);
    expect(matchSource('/vi')('/vi'), WRAPPER).toEqual({});
    // The portal's rewrites give the destination Next.js's public check gives (lower case paths:
    // the public check ignores caseSensitiveRoutes).
    const rewrites = publicRewrites();
    const nextConfig = { rewrites: async () => rewrites };
    let rewritten = 0;
    for (const path of ['/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh', '/en/news/x-1', '/vi/tin-tuc', '/en/privacy']) {
      const rule = rewrites.find((r) => matchSource(r.source)(path));
      const ours = rule ? fillParams(rule.destination, matchSource(rule.source)(path) as Record<string, string>) : null;
      const theirs = getRewrittenUrl(await unstable_getResponseFromNextConfig({ url: `${ORIGIN}${path}`, nextConfig }));
      expect(ours, `${WRAPPER}: ${path}`).toBe(theirs ? new URL(theirs).pathname : null);
      if (ours) rewritten++;
    }
    expect(rewritten).toBeGreaterThan(1);
  });

  it('fillParams: parameters into a header value', () => {
    expect(fillParams('<https://x.example/vi/tin-tuc/:slug>; rel="alternate"', { slug: 'a-1' }), WRAPPER).toBe(
      '<https://x.example/vi/tin-tuc/a-1>; rel="alternate"',
    );
    expect(fillParams('/news/:slug', { slug: 'x-1' }), WRAPPER).toBe('/news/x-1');
  });

  it('the scripts start Next.js through the program its package.json names', () => {
    expect(existsSync(nextCli())).toBe(true);
  });
});
