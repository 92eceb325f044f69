'use client';
import { useEffect, useState } from 'react';
import Link from 'next/link';
import { pluralText, type PluralTexts } from '@/lib/i18n/plural-texts';

/** What the links say and where they lead, in the page's language (from the server: Header). */
export type AccountTexts = {
  locale: string;
  signIn: string;
  signUp: string;
  account: string;
  backOffice: string;
  unread: PluralTexts;
  href: { signIn: string; signUp: string; account: string; admin: string };
};

type Status = { signedIn: false } | { signedIn: true; unread: number; backOffice: boolean };

const linkClass =
  'inline-flex min-h-11 items-center gap-2 rounded px-3 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white';

/** Marks the document as signed in, so parts meant for visitors only (`VisitorOnly`) are hidden. */
function markSession(signedIn: boolean) {
  if (signedIn) document.documentElement.dataset.session = 'signed-in';
  else delete document.documentElement.dataset.session;
}

/**
 * The header's account links. The header is shared by cached public pages, so the server renders
 * what a visitor sees ("Đăng nhập", "Đăng ký"); the browser then asks /api/account/status and
 * shows a signed-in person their account with the unread count, and an official the back office.
 * Its words and addresses come from the server, so it needs no translation runtime in the browser.
 */
export function AccountLinks({ texts: t }: { texts: AccountTexts }) {
  const [status, setStatus] = useState<Status>({ signedIn: false });
  useEffect(() => {
    let live = true;
    fetch('/api/account/status', { credentials: 'same-origin', cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<Status>) : null))
      .then((s) => {
        if (!live || !s) return;
        setStatus(s);
        markSession(s.signedIn);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);

  if (!status.signedIn) {
    return (
      <>
        <Link href={t.href.signIn} className={linkClass} data-testid="header-sign-in">
          {t.signIn}
        </Link>
        <Link href={t.href.signUp} className={`${linkClass} border border-brand-100`} data-testid="header-sign-up">
          {t.signUp}
        </Link>
      </>
    );
  }
  return (
    <>
      {status.backOffice ? (
        <Link href={t.href.admin} className={linkClass} data-testid="header-back-office">
          {t.backOffice}
        </Link>
      ) : null}
      <Link href={t.href.account} className={linkClass} data-testid="header-account">
        {t.account}
        {status.unread > 0 ? ' ' : null}
        {status.unread > 0 ? (
          <span className="rounded-full bg-white px-2 text-sm font-bold text-brand-900" data-testid="header-unread">
            <span aria-hidden="true">{status.unread > 99 ? '99+' : status.unread}</span>{' '}
            <span className="sr-only">{pluralText(t.locale, t.unread, status.unread)}</span>
          </span>
        ) : null}
      </Link>
    </>
  );
}
