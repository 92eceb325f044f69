import { describe, expect, it, vi } from 'vitest';
import { mapTileSource } from './map-tiles';

describe('mapTileSource', () => {
  it('is the origin of the default OpenStreetMap template', () => {
    expect(mapTileSource(undefined)).toBe('https://tile.openstreetmap.org');
  });
  it('keeps a port and turns a {s} subdomain into a wildcard', () => {
    expect(mapTileSource('http://localhost:8080/tiles/{z}/{x}/{y}.png')).toBe('http://localhost:8080');
    expect(mapTileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
  });
  it('is empty when tiles are off or the address could break the policy', () => {
    expect(mapTileSource('')).toBe('');
    expect(mapTileSource('/tiles/{z}/{x}/{y}.png')).toBe('');
    expect(mapTileSource("https://evil.example; script-src 'unsafe-inline'")).toBe('');
    expect(mapTileSource('javascript:alert(1)')).toBe('');
  });
});

describe('the pages’ Content-Security-Policy', () => {
  const imgSrc = (csp: string) => csp.split('; ').find((d) => d.startsWith('img-src '));

  it('allows images from the tile server on per-request pages only, and nothing more when tiles are off', async () => {
    const before = process.env.MAP_TILE_URL;
    try {
      vi.resetModules();
      process.env.MAP_TILE_URL = 'https://tiles.example.gov.vn/{z}/{x}/{y}.png';
      let m = await import('./security-headers');
      expect(imgSrc(m.nonceCsp('abc'))).toBe("img-src 'self' data: blob: https://tiles.example.gov.vn");
      // Cached pages have no map: no third-party origin there.
      expect(imgSrc(m.staticCsp)).toBe("img-src 'self' data: blob:");

      vi.resetModules();
      process.env.MAP_TILE_URL = '';
      m = await import('./security-headers');
      expect(imgSrc(m.nonceCsp('abc'))).toBe("img-src 'self' data: blob:");
    } finally {
      if (before === undefined) delete process.env.MAP_TILE_URL;
      else process.env.MAP_TILE_URL = before;
      vi.resetModules();
    }
  });
});
