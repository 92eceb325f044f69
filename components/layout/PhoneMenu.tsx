'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import { usePathname } from 'next/navigation';

/**
 * The phone menu: a <details> disclosure that opens without JavaScript. The header stays mounted
 * across client navigations, so with JavaScript it is closed when a link in it is chosen and when
 * the page changes, instead of pushing the next page down.
 */
export function PhoneMenu({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details
      ref={ref}
      className="group md:hidden"
      data-testid="phone-menu"
      onClick={(event) => {
        if ((event.target as Element).closest('a') && ref.current) ref.current.open = false;
      }}
    >
      {summary}
      {children}
    </details>
  );
}
