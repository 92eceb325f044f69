'use client';
import { useCallback, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { insideCity } from '@/lib/validation/reports/report';
import { formatCoordinate, parsePoint } from '@/lib/reports/report-form';
import type { ReportFieldsInput } from '@/lib/validation/reports/report';

type Geo = { state: 'idle' | 'busy' | 'ok' | 'error'; message: string };

/** The point of the report: the typed coordinates, a tap on the map, or the device's position. */
export function useLocation() {
  const t = useTranslations('ReportForm');
  const { control, setValue } = useFormContext<ReportFieldsInput>();
  const [lat = '', lng = ''] = useWatch({ control, name: ['lat', 'lng'] }).map((v) => (typeof v === 'string' ? v : ''));
  const point = useMemo(() => parsePoint(lat, lng), [lat, lng]);
  const [geo, setGeo] = useState<Geo>({ state: 'idle', message: '' });
  const [mapOpen, setMapOpen] = useState(false);

  const pick = useCallback(
    (la: number, ln: number) => {
      setValue('lat', formatCoordinate(la), { shouldValidate: true, shouldDirty: true });
      setValue('lng', formatCoordinate(ln), { shouldValidate: true, shouldDirty: true });
    },
    [setValue],
  );

  function locate() {
    if (!('geolocation' in navigator)) {
      setGeo({ state: 'error', message: t('geoUnsupported') });
      return;
    }
    setGeo({ state: 'busy', message: t('locating') });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const { latitude, longitude, accuracy } = pos.coords;
        if (!insideCity(latitude, longitude)) {
          setGeo({ state: 'error', message: t('geoOutside') });
          return;
        }
        pick(latitude, longitude);
        setGeo({ state: 'ok', message: t('located', { accuracy: Math.max(1, Math.round(accuracy)) }) });
      },
      (err) => {
        const key =
          err.code === err.PERMISSION_DENIED ? 'geoDenied' : err.code === err.TIMEOUT ? 'geoTimeout' : 'geoUnavailable';
        setGeo({ state: 'error', message: t(key) });
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  }

  return { point, pick, locate, geo, mapOpen, toggleMap: () => setMapOpen((o) => !o) };
}
