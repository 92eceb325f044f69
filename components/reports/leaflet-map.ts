// Loaded with import() only when the person opens the map: Leaflet and its CSS stay out of
// the page's first JavaScript.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './report-map.css';

export type PickerMap = {
  setPoint(point: { lat: number; lng: number } | null): void;
  destroy(): void;
};

type Options = {
  tileUrl: string;
  attribution: string;
  center: { lat: number; lng: number };
  point: { lat: number; lng: number } | null;
  label: string;
  pinTitle: string;
  onPick(lat: number, lng: number): void;
  onTileError(): void;
  onTileLoad(): void;
};

export function createPickerMap(element: HTMLElement, o: Options): PickerMap {
  const map = L.map(element, {
    center: o.point ?? o.center,
    zoom: o.point ? 17 : 13,
    maxZoom: 19,
    minZoom: 9,
    // Tapping places the pin; the scroll wheel keeps scrolling the page.
    scrollWheelZoom: false,
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  element.setAttribute('aria-label', o.label);
  element.classList.add('report-map');

  const tiles = L.tileLayer(o.tileUrl, { attribution: o.attribution, maxZoom: 19 });
  tiles.on('tileerror', () => o.onTileError());
  tiles.on('tileload', () => o.onTileLoad());
  tiles.addTo(map);

  const icon = L.divIcon({ className: 'report-pin', html: '<span></span>', iconSize: [32, 40], iconAnchor: [16, 40] });
  let marker: L.Marker | null = null;

  function place(latlng: L.LatLngExpression) {
    if (marker) {
      marker.setLatLng(latlng);
      return;
    }
    marker = L.marker(latlng, { icon, draggable: true, keyboard: false, title: o.pinTitle, alt: o.pinTitle }).addTo(
      map,
    );
    marker.on('dragend', () => {
      const p = marker!.getLatLng();
      o.onPick(p.lat, p.lng);
    });
  }

  if (o.point) place(o.point);
  map.on('click', (e: L.LeafletMouseEvent) => {
    place(e.latlng);
    o.onPick(e.latlng.lat, e.latlng.lng);
  });

  return {
    setPoint(point) {
      if (!point) {
        marker?.remove();
        marker = null;
        return;
      }
      const current = marker?.getLatLng();
      if (current && Math.abs(current.lat - point.lat) < 1e-7 && Math.abs(current.lng - point.lng) < 1e-7) return;
      place(point);
      map.setView(point, Math.max(map.getZoom(), 16));
    },
    destroy() {
      map.remove();
    },
  };
}
