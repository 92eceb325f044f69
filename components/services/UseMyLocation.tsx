'use client';
import { useState, useSyncExternalStore } from 'react';

const noop = () => () => {};

/**
 * "Use my location": asks the browser for the position, puts it in the search form as lat/lng and
 * submits it. Not drawn without JavaScript (the ward then stands for "near me").
 */
export function UseMyLocation({ labels }: { labels: { use: string; locating: string; failed: string } }) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [state, setState] = useState<'idle' | 'locating' | 'failed'>('idle');
  if (!hydrated || !('geolocation' in navigator)) return null;
  return (
    <>
      <button
        type="button"
        className="border-2 border-brand-700 px-4 py-2 font-semibold text-brand-700 focus-visible:outline-3 focus-visible:outline-offset-2"
        data-testid="use-location"
        onClick={(event) => {
          const form = event.currentTarget.form;
          if (!form) return;
          setState('locating');
          navigator.geolocation.getCurrentPosition(
            (pos) => {
              for (const [name, value] of [
                ['lat', pos.coords.latitude.toFixed(5)],
                ['lng', pos.coords.longitude.toFixed(5)],
              ] as const) {
                let input = form.elements.namedItem(name) as HTMLInputElement | null;
                if (!input) {
                  input = document.createElement('input');
                  input.type = 'hidden';
                  input.name = name;
                  form.append(input);
                }
                input.value = value;
              }
              form.requestSubmit();
            },
            () => setState('failed'),
            { timeout: 10_000, maximumAge: 60_000 },
          );
        }}
      >
        {labels.use}
      </button>
      <span role="status" className={state === 'failed' ? 'basis-full text-accent' : 'text-muted'}>
        {state === 'locating' ? labels.locating : state === 'failed' ? labels.failed : ''}
      </span>
    </>
  );
}
