'use client';
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';

// One alert of the banner. The server renders it visible for everyone, so it shows without
// JavaScript and without a cookie. With JavaScript, it can be hidden for the rest of the visit
// (sessionStorage, keyed by the message's identifier: an update is a new message and comes back),
// and it stays hidden for a visitor whose ward is known (the account page remembers it in
// localStorage) when the alert names other wards only.

const DISMISSED = 'cds-alerts-dismissed';
export const WARD_KEY = 'cds-ward';
const EVENT = 'cds-alerts-change';

function dismissed(): string[] {
  try {
    const list: unknown = JSON.parse(sessionStorage.getItem(DISMISSED) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function visitorWard(): string | null {
  try {
    return localStorage.getItem(WARD_KEY);
  } catch {
    return null;
  }
}

const noSubscription = () => () => {};

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

export function AlertBannerItem({
  alertKey,
  wards,
  dismissText,
  dismissLabel,
  tone,
  className,
  severity,
  children,
}: {
  alertKey: string;
  /** The wards it names; none: the whole city. */
  wards: string[];
  dismissText: string;
  dismissLabel: string;
  tone: 'danger' | 'warning' | 'info';
  /** The colours of its severity. */
  className: string;
  severity: string;
  children: ReactNode;
}) {
  const hidden = useSyncExternalStore(
    subscribe,
    () => {
      if (dismissed().includes(alertKey)) return true;
      const ward = visitorWard();
      return !!ward && wards.length > 0 && !wards.includes(ward);
    },
    () => false,
  );
  // The button works only with JavaScript, so it shows only then.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const dismiss = () => {
    try {
      sessionStorage.setItem(DISMISSED, JSON.stringify([...dismissed().filter((k) => k !== alertKey), alertKey]));
    } catch {
      // Storage refused (private mode): hiding lasts until the next page.
    }
    window.dispatchEvent(new Event(EVENT));
    document.getElementById('main')?.focus();
  };
  const button =
    tone === 'danger'
      ? 'border-white text-white hover:bg-white hover:text-accent'
      : 'border-ink text-ink hover:bg-ink hover:text-white';
  return (
    <div
      hidden={hidden}
      className={className}
      data-testid="alert-banner"
      data-alert={alertKey}
      data-severity={severity}
    >
      <div className="mx-auto flex max-w-6xl items-start gap-3 px-4 py-3">
        <div className="min-w-0 flex-1">{children}</div>
        {/* Rendered from the start so the text does not reflow when the script arrives (a layout
            shift on phones); invisible, and so out of the focus order and the accessibility tree,
            until the script can make it work. */}
        <button
          type="button"
          onClick={dismiss}
          aria-label={dismissLabel}
          disabled={!scripted}
          className={`shrink-0 border-2 px-3 py-1 font-semibold ${button} ${scripted ? '' : 'invisible'}`}
          data-testid="alert-dismiss"
        >
          {dismissText}
        </button>
      </div>
    </div>
  );
}

/** Rendered on the account page: remembers the resident's ward in this browser for the banner. */
export function RememberWard({ ward }: { ward: string | null }) {
  useEffect(() => {
    try {
      const before = localStorage.getItem(WARD_KEY);
      if (ward && before !== ward) localStorage.setItem(WARD_KEY, ward);
      if (!ward && before) localStorage.removeItem(WARD_KEY);
    } catch {
      // No storage: the banner shows every ward's alerts.
    }
  }, [ward]);
  return null;
}
