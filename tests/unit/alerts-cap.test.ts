import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capTime, capXml, type CapAlert } from '@/lib/alerts/cap';
import { alertRss, capAtomFeed, type FeedEntry } from '@/lib/alerts/feeds';
import { demoAlertRows } from '@/prisma/seed/alerts';
import { sampleUnits } from '@/prisma/seed/data';
import { validateXml } from '../support/xmllint';

// Every demo alert's CAP document is valid against the OASIS CAP-v1.2 XML schema (a copy of the
// published file, tests/fixtures/standards/CAP-v1.2.xsd), with both languages' <info> blocks.

const XSD = path.resolve(import.meta.dirname, '../fixtures/standards/CAP-v1.2.xsd');
const NOW = new Date('2026-12-07T09:00:00+07:00');
const rows = demoAlertRows(NOW);
const units = new Map(sampleUnits.map((u) => [u.code, u]));

function capOf(id: string, first: 'vi' | 'en' = 'vi') {
  const row = rows.find((r) => r.id === id)!;
  const alert: CapAlert = {
    ...row,
    wards: row.wardCodes.map((code) => ({ code, name: units.get(code)!.name, nameEn: units.get(code)!.nameEn })),
  };
  const references = rows
    .filter((r) => r.threadId === row.threadId && r.sent.getTime() < row.sent.getTime())
    .map((r) => ({ sender: r.sender, identifier: r.identifier, sent: r.sent }));
  return capXml(alert, {
    references,
    first,
    web: {
      vi: `https://congdanso.example/vi/canh-bao/${row.identifier}`,
      en: `https://congdanso.example/en/alerts/${row.identifier}`,
    },
    senderName: { vi: 'UBND TP.HCM', en: 'HCMC People’s Committee' },
  });
}

describe('CAP 1.2 documents of the demo alerts', () => {
  it.each(rows.map((r) => [r.identifier, r.id]))(
    '%s is valid against the OASIS CAP-v1.2 schema',
    async (_identifier, id) => {
      expect(await validateXml(capOf(id), XSD)).toBe('');
      expect(await validateXml(capOf(id, 'en'), XSD)).toBe('');
    },
  );

  it('has a Vietnamese and an English info block, the asked language first', () => {
    const vi = capOf('cdemoalert-tide-2');
    const en = capOf('cdemoalert-tide-2', 'en');
    expect(vi.match(/<language>/g)).toHaveLength(2);
    expect(vi.indexOf('<language>vi-VN</language>')).toBeLessThan(vi.indexOf('<language>en-US</language>'));
    expect(en.indexOf('<language>en-US</language>')).toBeLessThan(en.indexOf('<language>vi-VN</language>'));
    expect(vi).toContain('<headline>Cập nhật: triều cường vượt báo động III');
    expect(vi).toContain('<headline>Update: high tide above alert level III');
  });

  it('an update and a cancel reference the earlier message as sender,identifier,sent', () => {
    const first = rows.find((r) => r.id === 'cdemoalert-tide-1')!;
    expect(capOf('cdemoalert-tide-2')).toContain(
      `<references>${first.sender},CDS-DEMO-TRIEU-CUONG-1,${capTime(first.sent)}</references>`,
    );
    expect(capOf('cdemoalert-tide-2')).toContain('<msgType>Update</msgType>');
    expect(capOf('cdemoalert-bank-2')).toContain('<msgType>Cancel</msgType>');
    expect(capOf('cdemoalert-bank-2')).toContain('<note>');
    expect(capOf('cdemoalert-tide-1')).not.toContain('<references>');
  });

  it('writes times in the city offset without fractions, as the schema pattern asks', () => {
    expect(capTime(new Date('2026-12-07T02:03:04.567Z'))).toBe('2026-12-07T09:03:04+07:00');
  });

  it('names the wards as geocodes and keeps the polygon', () => {
    const xml = capOf('cdemoalert-tide-2');
    expect(xml).toContain('<value>mau-phuong-thu-duc</value>');
    expect(xml).toContain('<polygon>10.870,106.700 10.870,106.745');
  });

  it('the schema check can fail: a document with a wrong status is refused', async () => {
    const bad = capOf('cdemoalert-tide-1').replace('<status>Actual</status>', '<status>Real</status>');
    expect(await validateXml(bad, XSD)).toMatch(/status/);
  });
});

describe('alert feeds', () => {
  const entry: FeedEntry = {
    ...rows.find((r) => r.id === 'cdemoalert-tide-2')!,
    event: 'Triều cường',
    headline: 'Cập nhật: <triều cường> & ngập',
    description: 'Mô tả',
    areaDesc: 'Ven sông',
    page: 'https://congdanso.example/vi/canh-bao/CDS-DEMO-TRIEU-CUONG-2',
    cap: 'https://congdanso.example/api/alerts/vi/cap/CDS-DEMO-TRIEU-CUONG-2.xml',
  };
  const head = {
    self: 'https://congdanso.example/api/alerts/vi/feed.atom',
    page: 'https://congdanso.example/vi/canh-bao',
    title: 'Cảnh báo',
    subtitle: 'Đang có hiệu lực',
    author: 'UBND',
    language: 'vi' as const,
    now: NOW,
  };

  it('the CAP index links each CAP document as application/cap+xml and escapes text', () => {
    const atom = capAtomFeed(head, [entry], { cap: true });
    expect(atom).toContain(`xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2"`);
    expect(atom).toContain(`<link rel="alternate" type="application/cap+xml" href="${entry.cap}"/>`);
    expect(atom).toContain('<title>Cập nhật: &lt;triều cường&gt; &amp; ngập</title>');
    expect(atom).toContain('<cap:severity>Severe</cap:severity>');
  });

  it('RSS items link the page and use the CAP identifier as guid', () => {
    const rss = alertRss(head, [entry]);
    expect(rss).toContain(`<link>${entry.page}</link>`);
    expect(rss).toContain('<guid isPermaLink="false">CDS-DEMO-TRIEU-CUONG-2</guid>');
  });
});
