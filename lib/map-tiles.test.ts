import { describe, expect, it } from 'vitest';
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
