'use client';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import 'leaflet/dist/leaflet.css';

export type PlacePoint = { slug: string; name: string; kind: string; lat: number; lng: number; href: string };

type Props = {
  points: PlacePoint[];
  tileUrl: string;
  attribution: string;
  centre: { lat: number; lng: number };
  labels: { map: string; unavailable: string };
};

const noop = () => () => {};

/**
 * The map view of the search results, an enhancement over the list that is always under it:
 * without JavaScript nothing is drawn; when the tiles cannot load, the map is removed and a
 * sentence points to the list.
 */
export function PlacesMap({ points, tileUrl, attribution, centre, labels }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

  useEffect(() => {
    if (!hydrated || failed) return;
    let map: import('leaflet').Map | undefined;
    let cancelled = false;
    (async () => {
      const L = (await import('leaflet')).default;
      if (cancelled || !box.current) return;
      map = L.map(box.current, { center: [centre.lat, centre.lng], zoom: 12, scrollWheelZoom: false });
      let loaded = 0;
      let errors = 0;
      const tiles = L.tileLayer(tileUrl, { attribution, maxZoom: 19 });
      tiles.on('tileload', () => loaded++);
      tiles.on('tileerror', () => {
        errors++;
        if (loaded === 0 && errors >= 2) setFailed(true);
      });
      tiles.addTo(map);
      const markers = points.map((p) => {
        const icon = L.divIcon({
          className: '',
          html: '<span style="display:block;width:26px;height:26px;border-radius:50% 50% 50% 0;transform:rotate(-45deg);background:#0b4a8b;border:3px solid #fff;box-shadow:0 0 0 2px #0b0c0c"></span>',
          iconSize: [26, 26],
          iconAnchor: [13, 26],
          popupAnchor: [0, -24],
        });
        const popup = document.createElement('div');
        const link = document.createElement('a');
        link.href = p.href;
        link.textContent = p.name;
        const kind = document.createElement('p');
        kind.textContent = p.kind;
        popup.append(link, kind);
        return L.marker([p.lat, p.lng], { icon, title: p.name, alt: p.name, keyboard: true }).bindPopup(popup);
      });
      const group = L.featureGroup(markers).addTo(map);
      if (markers.length) map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 16 });
    })().catch(() => setFailed(true));
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [hydrated, failed, points, tileUrl, attribution, centre]);

  if (!hydrated) return null;
  if (failed)
    return (
      <p role="status" className="mb-6 border-l-4 border-accent bg-red-50 p-3" data-testid="map-unavailable">
        {labels.unavailable}
      </p>
    );
  return (
    <div
      ref={box}
      role="region"
      aria-label={labels.map}
      data-testid="places-map"
      className="mb-6 h-[60vh] min-h-72 w-full border-2 border-slate-300 bg-slate-100"
    />
  );
}
