'use client';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { CITY_CENTRE } from '@/lib/validation/reports/report';
import type { PickerMap } from './leaflet-map';

type Point = { lat: number; lng: number };

/**
 * The map of the report form: tapping or clicking drops the pin and fills the coordinates;
 * typed coordinates move the pin. Leaflet is fetched when this component first shows.
 */
export function LocationMap({
  tileUrl,
  attribution,
  point,
  onPick,
  hintId,
}: {
  tileUrl: string;
  attribution: string;
  point: Point | null;
  onPick: (lat: number, lng: number) => void;
  hintId: string;
}) {
  const t = useTranslations('ReportForm');
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<PickerMap | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [tilesFailed, setTilesFailed] = useState(false);
  // The latest values for the map's callbacks, which are created once.
  const latest = useRef({ point, onPick });
  useEffect(() => {
    latest.current = { point, onPick };
  });

  useEffect(() => {
    let cancelled = false;
    let loaded = 0;
    import('./leaflet-map')
      .then(({ createPickerMap }) => {
        if (cancelled || !element.current) return;
        map.current = createPickerMap(element.current, {
          tileUrl,
          attribution,
          center: CITY_CENTRE,
          point: latest.current.point,
          label: t('mapLabel'),
          pinTitle: t('pinTitle'),
          onPick: (lat, lng) => latest.current.onPick(lat, lng),
          // One missing tile is normal at the edges; no tile at all means the server is out of reach.
          onTileError: () => {
            if (loaded === 0) setTilesFailed(true);
          },
          onTileLoad: () => {
            loaded++;
            setTilesFailed(false);
          },
        });
        setState('ready');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      map.current?.destroy();
      map.current = null;
    };
  }, [tileUrl, attribution, t]);

  useEffect(() => {
    map.current?.setPoint(point);
  }, [point, state]);

  return (
    <div className="mt-3" data-testid="report-map-area">
      <p id={hintId} className="mb-2 text-muted">
        {t('mapHint')}
      </p>
      {state === 'loading' ? <p role="status">{t('mapLoading')}</p> : null}
      {state === 'failed' ? (
        <p role="status" className="border-l-4 border-accent bg-red-50 p-3" data-testid="map-note">
          {t('mapFailed')}
        </p>
      ) : null}
      {tilesFailed ? (
        <p role="status" className="mb-2 border-l-4 border-brand-700 bg-brand-50 p-3" data-testid="map-note">
          {t('tilesFailed')}
        </p>
      ) : null}
      <div
        ref={element}
        aria-describedby={hintId}
        data-testid="report-map"
        className={`h-72 w-full border-2 border-ink bg-brand-50 md:h-96 ${state === 'failed' ? 'hidden' : ''}`}
      />
    </div>
  );
}
