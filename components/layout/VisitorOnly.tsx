import type { ReactNode } from 'react';

/**
 * Content meant for people who are not signed in ("Trở thành công dân số"). Cached pages are the
 * same for everyone, so it is rendered for all and hidden by a style rule once the header's
 * `AccountLinks` has found the browser signed in (`html[data-session]` in app/globals.css).
 */
export function VisitorOnly({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div data-visitor-only="" className={className}>
      {children}
    </div>
  );
}
