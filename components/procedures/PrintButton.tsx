'use client';

import { useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/Button';

const noop = () => () => {};

/**
 * Prints the page as its print stylesheet shows it, or with `only="checklist"` just a procedure's
 * title and document checklist. The server's HTML holds `fallback` (how to print with the
 * browser), replaced by the button once the page runs scripts.
 */
export function PrintButton({ label, fallback, only }: { label: string; fallback: string; only?: 'checklist' }) {
  const ready = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  if (!ready) return <p className="no-print text-sm text-muted">{fallback}</p>;
  const print = () => {
    const root = document.documentElement;
    if (!only) return window.print();
    root.dataset.print = only;
    window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
    window.print();
  };
  return (
    <Button onClick={print} variant="secondary" size="sm" className="no-print">
      {label}
    </Button>
  );
}
