'use client';
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Locale } from '@/i18n/routing';

type Suggestion = { slug: string; title: string; href: string };

const DEBOUNCE_MS = 200;
const MIN_CHARS = 2;

// False while rendering on the server and hydrating, true afterwards: the combobox roles and the
// listbox only appear once JavaScript runs, so without it the input stays a plain search box.
const noSubscription = () => () => {};
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/**
 * The search form's input, progressively enhanced into an ARIA combobox (list autocomplete with
 * manual selection): suggestions while typing, arrow keys to move, Enter to open the active one,
 * Escape to close. Without an active suggestion, Enter submits the plain GET form as before.
 */
export function SearchSuggestions({
  id,
  locale,
  defaultValue,
  describedBy,
  className,
  listLabel,
  countMessages,
}: {
  id: string;
  locale: Locale;
  defaultValue?: string;
  describedBy?: string;
  className?: string;
  /** The listbox's accessible name. */
  listLabel: string;
  /** What the live region says for 0, 1, 2 … suggestions, in the page's language. */
  countMessages: string[];
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The suggestions on screen, for answers that arrive after the person moved through them.
  const shown = useRef<Suggestion[]>([]);
  useEffect(() => {
    shown.current = items;
  }, [items]);
  const [announcement, setAnnouncement] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<AbortController | null>(null);
  const asked = useRef('');

  useEffect(() => {
    const timers = timer;
    const requests = inFlight;
    return () => {
      clearTimeout(timers.current);
      requests.current?.abort();
    };
  }, []);

  const listId = `${id}-suggestions`;
  const optionId = (i: number) => `${id}-suggestion-${i}`;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function show(next: Suggestion[]) {
    // A later answer keeps the suggestion the person has moved to, if it is still there.
    setActive((current) => {
      const chosen = current >= 0 ? shown.current[current]?.slug : undefined;
      return chosen ? next.findIndex((s) => s.slug === chosen) : -1;
    });
    setItems(next);
    setOpen(next.length > 0);
    const message = countMessages[Math.min(next.length, countMessages.length - 1)] ?? '';
    // The same count twice in a row is announced again: the text must change for that.
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));
  }

  function suggest(value: string) {
    const q = value.trim();
    // A space typed after a word asks nothing new.
    if (q === asked.current) return;
    asked.current = q;
    clearTimeout(timer.current);
    // A response for what was typed before is never shown: it is cancelled here.
    inFlight.current?.abort();
    inFlight.current = null;
    setActive(-1);
    if (q.length < MIN_CHARS) {
      setItems([]);
      close();
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      inFlight.current = controller;
      try {
        const response = await fetch(`/api/procedures/suggest?${new URLSearchParams({ q, locale })}`, {
          signal: controller.signal,
          headers: { Accept: 'application/json' },
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as { items?: Suggestion[] };
        if (controller.signal.aborted) return;
        show(Array.isArray(body.items) ? body.items.slice(0, countMessages.length - 1) : []);
      } catch {
        // Suggestions are a convenience: on any failure the form simply works without them.
        if (!controller.signal.aborted) {
          asked.current = '';
          setItems([]);
          close();
        }
      } finally {
        if (inFlight.current === controller) inFlight.current = null;
      }
    }, DEBOUNCE_MS);
  }

  function go(item: Suggestion) {
    close();
    router.push(item.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Keys that confirm an input method's composition (Vietnamese Telex, VNI …) are not ours.
    if (event.nativeEvent.isComposing) return;
    const n = items.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!n) return;
        event.preventDefault();
        setOpen(true);
        setActive(open ? (active + 1) % n : 0);
        return;
      case 'ArrowUp':
        if (!n) return;
        event.preventDefault();
        setOpen(true);
        setActive(open && active > 0 ? active - 1 : n - 1);
        return;
      case 'Enter': {
        const item = open && active >= 0 ? items[active] : undefined;
        if (item) {
          event.preventDefault();
          go(item);
        }
        return;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        return;
      case 'Tab':
        close();
        return;
    }
  }

  const combobox = hydrated
    ? {
        role: 'combobox',
        'aria-expanded': open,
        'aria-controls': listId,
        'aria-autocomplete': 'list' as const,
        'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
      }
    : {};

  return (
    <div className="relative w-full">
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        autoComplete="off"
        aria-describedby={describedBy}
        className={className}
        {...combobox}
        onChange={(event) => suggest(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {hydrated ? (
        <>
          <ul
            id={listId}
            role="listbox"
            aria-label={listLabel}
            hidden={!open}
            className="absolute inset-x-0 top-full z-20 border-2 border-t-0 border-ink bg-white shadow-lg"
          >
            {items.map((item, i) => (
              <li
                key={item.slug}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                // Keep the focus in the input, so the list is not closed before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(item)}
                className={`cursor-pointer px-3 py-2 text-lg ${i === active ? 'bg-brand-700 text-white' : 'hover:bg-brand-50'}`}
              >
                {item.title}
              </li>
            ))}
          </ul>
          <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
            {announcement}
          </div>
        </>
      ) : null}
    </div>
  );
}
