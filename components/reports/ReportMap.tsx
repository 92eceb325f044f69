'use client';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import 'leaflet/dist/leaflet.css';

export type MapPoint = {
  code: string;
  title: string;
  lat: number;
  lng: number;
  href: string;
  status: string;
  overdue: boolean;
};

type Props = {
  points: MapPoint[];
  tileUrl: string;
  attribution: string;
  centre: { lat: number; lng: number };
  labels: { map: string; loading: string; tilesFailed: string; open: string; overdue: string };
};

/**
 * The map is an enhancement: without JavaScript nothing is drawn here and the table under it lists
 * the same reports. Leaflet is fetched only once the map is about to show.
 */
const noop = () => () => {};

export function ReportMap({ points, tileUrl, attribution, centre, labels }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'tiles-failed'>('loading');
  // False in the server's HTML (no empty box without JavaScript), true once running in the browser.
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

  useEffect(() => {
    if (!hydrated) return;
    let map: import('leaflet').Map | undefined;
    let cancelled = false;
    (async () => {
      const L = (await import('leaflet')).default;
      if (cancelled || !box.current) return;
      map = L.map(box.current, { center: [centre.lat, centre.lng], zoom: 12, scrollWheelZoom: false });
      let loaded = 0;
      let failed = 0;
      const tiles = L.tileLayer(tileUrl, { attribution, maxZoom: 19 });
      tiles.on('tileload', () => {
        loaded++;
      });
      tiles.on('tileerror', () => {
        failed++;
        if (loaded === 0 && failed >= 2) setState('tiles-failed');
      });
      tiles.addTo(map);
      const markers = points.map((p) => {
        const icon = L.divIcon({
          className: '',
          // A shape with a white ring (not colour alone); overdue reports in the accent red.
          html: `<span style="display:block;width:28px;height:28px;border-radius:50% 50% 50% 0;transform:rotate(-45deg);background:${p.overdue ? '#c8102e' : '#0b4a8b'};border:3px solid #fff;box-shadow:0 0 0 2px #0b0c0c"></span>`,
          iconSize: [28, 28],
          iconAnchor: [14, 28],
          popupAnchor: [0, -26],
        });
        // Built from DOM nodes, not HTML strings: titles are residents' text.
        const popup = document.createElement('div');
        const code = document.createElement('strong');
        code.textContent = p.code;
        const title = document.createElement('p');
        title.textContent = p.title;
        const status = document.createElement('p');
        status.textContent = p.overdue ? `${p.status} · ${labels.overdue}` : p.status;
        const link = document.createElement('a');
        link.href = p.href;
        link.textContent = labels.open;
        popup.append(code, title, status, link);
        return L.marker([p.lat, p.lng], {
          icon,
          title: `${p.code}: ${p.title}`,
          alt: p.title,
          keyboard: true,
        }).bindPopup(popup);
      });
      const group = L.featureGroup(markers).addTo(map);
      if (markers.length) map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 16 });
      setState((s) => (s === 'tiles-failed' ? s : 'ready'));
    })().catch(() => setState('tiles-failed'));
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [hydrated, points, tileUrl, attribution, centre, labels]);

  if (!hydrated) return null;

  return (
    <div data-testid="map-enhanced" className="mb-6">
      {state === 'loading' ? (
        <p role="status" className="mb-2">
          {labels.loading}
        </p>
      ) : null}
      {state === 'tiles-failed' ? (
        <p role="status" className="mb-2 border-l-4 border-accent bg-red-50 p-3" data-testid="map-tiles-failed">
          {labels.tilesFailed}
        </p>
      ) : null}
      <div
        ref={box}
        role="region"
        aria-label={labels.map}
        className="h-[60vh] min-h-72 w-full border-2 border-slate-300 bg-slate-100"
      />
    </div>
  );
}
