import { describe, expect, it } from 'vitest';
import { open311Error, open311Read, serializeOpen311, splitFormat } from './format';

const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

describe('serializeOpen311', () => {
  it('writes a list under its root, one item element per entry, fields in order', () => {
    const body = [
      { service_code: 'giao-thong', metadata: false, lat: 10.7769, status_notes: null },
      { service_code: 'y-te', metadata: true, lat: -0.5, status_notes: 'Đã xử lý' },
    ];
    expect(serializeOpen311('xml', 'services', body)).toBe(
      `${DECLARATION}<services>` +
        '<service><service_code>giao-thong</service_code><metadata>false</metadata><lat>10.7769</lat><status_notes/></service>' +
        '<service><service_code>y-te</service_code><metadata>true</metadata><lat>-0.5</lat><status_notes>Đã xử lý</status_notes></service>' +
        '</services>\n',
    );
    expect(serializeOpen311('json', 'services', body)).toBe(JSON.stringify(body));
  });

  it('escapes markup characters, keeps Vietnamese as it is, drops characters XML 1.0 forbids', () => {
    const xml = serializeOpen311('xml', 'service_requests', [
      { description: 'Ổ gà <to> & "sâu" ở đường Lê Lợi\'s\u0001 ]]> xong\nDòng hai' },
    ]);
    expect(xml).toBe(
      `${DECLARATION}<service_requests><request><description>` +
        'Ổ gà &lt;to&gt; &amp; &quot;sâu&quot; ở đường Lê Lợi&apos;s ]]&gt; xong\nDòng hai' +
        '</description></request></service_requests>\n',
    );
  });

  it('writes nested lists with the spec’s item names and an empty list as an empty element', () => {
    expect(serializeOpen311('xml', 'discovery', { endpoints: [{ formats: ['text/xml', 'application/json'] }] })).toBe(
      `${DECLARATION}<discovery><endpoints><endpoint><formats><format>text/xml</format>` +
        '<format>application/json</format></formats></endpoint></endpoints></discovery>\n',
    );
    expect(serializeOpen311('xml', 'service_definition', { service_code: 'y-te', attributes: [] })).toBe(
      `${DECLARATION}<service_definition><service_code>y-te</service_code><attributes/></service_definition>\n`,
    );
    expect(serializeOpen311('xml', 'service_requests', [])).toBe(`${DECLARATION}<service_requests/>\n`);
  });

  it('refuses a list it has no item name for, or a field that is not an element name', () => {
    expect(() => serializeOpen311('xml', 'discovery', { things: [1] })).toThrow(/no item name/);
    expect(() => serializeOpen311('xml', 'discovery', { 'a b': 1 })).toThrow(/not an element name/);
  });
});

describe('answers', () => {
  it('carry the content type with charset=utf-8 of their format', async () => {
    const json = open311Read('json', 'services', []);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('access-control-allow-origin')).toBe('*');
    const xml = open311Error('xml', 404, 'service_code not found: x&y');
    expect(xml.status).toBe(404);
    expect(xml.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(await xml.text()).toBe(
      `${DECLARATION}<errors><error><code>404</code><description>service_code not found: x&amp;y</description></error></errors>\n`,
    );
  });

  it('read the format from the path segment', () => {
    expect(splitFormat('PA-2026-000001.xml')).toEqual({ value: 'PA-2026-000001', format: 'xml' });
    expect(splitFormat('giao-thong.json')).toEqual({ value: 'giao-thong', format: 'json' });
    expect(splitFormat('giao-thong%2Exml')).toEqual({ value: 'giao-thong', format: 'xml' });
    const none = splitFormat('giao-thong');
    expect('error' in none && none.error.status).toBe(404);
  });
});
