'use client';
import { useEffect } from 'react';

/** Tells the server once that the page was read (popularity); cached pages cannot count it themselves. */
export function ViewBeacon({ code }: { code: string }) {
  useEffect(() => {
    navigator.sendBeacon?.(`/api/procedures/${encodeURIComponent(code)}/view`);
  }, [code]);
  return null;
}
