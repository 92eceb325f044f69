// The map's tile server (MAP_TILE_URL): its origin is allowed in the Content-Security-Policy's
// img-src. Kept free of imports so proxy.ts and next.config.ts can use it.

export const DEFAULT_MAP_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * The CSP source for a tile URL template: "https://tile.openstreetmap.org", or
 * "https://*.tile.example.org" for a template with a {s} subdomain. Empty when tiles are off
 * (empty string) or the template is not an http(s) address.
 */
export function mapTileSource(template: string | undefined = DEFAULT_MAP_TILE_URL): string {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template.trim());
  if (!match) return '';
  const host = match[2]!.toLowerCase().replace(/^\{s\}\./, '*.');
  // Only host characters (and a port): nothing that could end the directive or add a source.
  if (!/^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/.test(host)) return '';
  return `${match[1]!.toLowerCase()}://${host}`;
}
