'use client';

import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/**
 * Prints the page as its print stylesheet shows it, or with `only="checklist"` just a procedure's
 * title and document checklist. The server's HTML holds `fallback` (how to print with the
 * browser), replaced by the button once the page runs scripts.
 */
export function PrintButton({ label, fallback, only }: { label: string; fallback: string; only?: 'checklist' }) {
  const ready = useSyncExternalStore(noop, () => true, () => false);
  if (!ready) return <p className="no-print text-sm text-muted">{fallback}</p>;
  const print = () => {
    const root = document.documentElement;
    if (!only) return window.print();
    root.dataset.print = only;
    window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
    window.print();
  };
  return (
    <button type="button" onClick={print} className="no-print rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-700 hover:bg-brand-50">
      {label}
    </button>
  );
}
