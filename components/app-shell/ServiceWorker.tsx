'use client';
import { useEffect } from 'react';

/** The framework's files this page loaded before the worker was there, for it to keep. */
function loadedFiles(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => {
      const url = new URL(name);
      return url.origin === location.origin && url.pathname.startsWith('/_next/static/');
    });
}

/**
 * Registers the service worker (public/sw.js) in production builds, then hands it this page's
 * address and files: the first page opened is readable offline too. Renders nothing.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (cancelled) return;
        registration.active?.postMessage({
          type: 'keep',
          urls: [location.pathname + location.search, ...loadedFiles()],
        });
      })
      .catch(() => {
        // No worker (private browsing, an old browser): the portal works as a website.
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return null;
}
