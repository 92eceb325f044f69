'use client';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** False while rendered on the server and hydrated, true once the page's JavaScript runs. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * Focus for an element that may appear only a moment after it is asked for (react-hook-form counts
 * a refused submission after calling onInvalid): every render of the caller checks the request.
 */
export function useFocusRequest<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  const [, setRequest] = useState(0);
  const request = useCallback(() => {
    pending.current = true;
    setRequest((n) => n + 1);
  }, []);
  useEffect(() => {
    if (pending.current && ref.current) {
      pending.current = false;
      ref.current.focus();
    }
  });
  return { ref, request };
}
