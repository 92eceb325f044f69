import { describe, expect, it } from 'vitest';
import {
  enableLocalClientStamp,
  isLocalClient,
  isLoopbackAddress,
  LOCAL_CLIENT_HEADER,
  setClientAddress,
  stampLocalClient,
} from './local-client';

function request(remoteAddress: string | undefined, headers: Record<string, string> = {}) {
  return {
    headers: { host: 'localhost:3000', ...headers } as Record<string, string | undefined>,
    socket: { remoteAddress },
  };
}

function seenByPage(req: ReturnType<typeof request>): boolean {
  stampLocalClient(req);
  const h = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) h.set(k, v);
  return isLocalClient(h);
}

describe('the local-client stamp', () => {
  it('recognises loopback addresses only', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['10.0.0.1', '192.168.1.10', '::ffff:10.0.0.1', '1127.0.0.1', 'fe80::1', '', undefined])
      expect(isLoopbackAddress(a)).toBe(false);
  });

  it('counts no request as local until the production server turns it on', () => {
    expect(seenByPage(request('127.0.0.1'))).toBe(false);
  });

  it('marks a direct loopback connection, and nothing else', () => {
    enableLocalClientStamp();
    expect(seenByPage(request('127.0.0.1'))).toBe(true);
    expect(seenByPage(request('::1'))).toBe(true);
    expect(seenByPage(request('203.0.113.9'))).toBe(false);
    expect(seenByPage(request(undefined))).toBe(false);
  });

  it.each<Record<string, string>>([
    { 'x-forwarded-for': '203.0.113.9' },
    { 'x-forwarded-for': '127.0.0.1' },
    { forwarded: 'for=127.0.0.1' },
    { 'x-real-ip': '127.0.0.1' },
    { 'x-forwarded-host': 'localhost' },
    { via: '1.1 proxy' },
  ])('refuses a loopback connection that carries %o (a proxy in between)', (headers) => {
    enableLocalClientStamp();
    expect(seenByPage(request('127.0.0.1', headers))).toBe(false);
  });

  it('removes a stamp the client forged, whatever its value', () => {
    enableLocalClientStamp();
    const req = request('203.0.113.9', { [LOCAL_CLIENT_HEADER]: 'forged' });
    expect(seenByPage(req)).toBe(false);
    expect(req.headers[LOCAL_CLIENT_HEADER]).toBeUndefined();
    expect(isLocalClient(new Headers({ [LOCAL_CLIENT_HEADER]: 'forged' }))).toBe(false);
  });
});

describe('the client address for rate limits', () => {
  it('is the socket address without a trusted proxy, whatever forwarding headers the client sent', () => {
    const req = request('203.0.113.9', {
      'x-forwarded-for': '198.51.100.1, 198.51.100.2',
      forwarded: 'for=198.51.100.3',
      'x-real-ip': '198.51.100.4',
      'x-forwarded-host': 'evil.example',
    });
    setClientAddress(req, false);
    expect(req.headers['x-forwarded-for']).toBe('203.0.113.9');
    expect(req.headers.forwarded).toBeUndefined();
    expect(req.headers['x-real-ip']).toBeUndefined();
    expect(req.headers['x-forwarded-host']).toBeUndefined();
  });

  it('keeps what the proxy in front appended when TRUST_PROXY is set', () => {
    const req = request('10.0.0.5', { 'x-forwarded-for': '198.51.100.1, 203.0.113.9' });
    setClientAddress(req, true);
    expect(req.headers['x-forwarded-for']).toBe('198.51.100.1, 203.0.113.9');
  });

  it('does not make a forged request look local', () => {
    enableLocalClientStamp();
    const req = request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1' });
    stampLocalClient(req);
    setClientAddress(req, false);
    expect(req.headers[LOCAL_CLIENT_HEADER]).toBeUndefined();
  });
});
