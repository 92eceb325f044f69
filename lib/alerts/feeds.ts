// The alert feeds: an Atom index of active alerts following the CAP feed conventions (each entry
// links its CAP document as application/cap+xml and repeats the key CAP elements in the CAP
// namespace, as Google Public Alerts and other aggregators read them), and a ward's feed in Atom
// and RSS 2.0 for people's feed readers. Absolute links only; nothing per visitor.
import { xmlEscape } from '@/lib/reports/xml';
import { CAP_NAMESPACE, capTime } from './cap';
import { capWord } from './values';

export type FeedEntry = {
  identifier: string;
  sent: Date;
  status: string;
  msgType: string;
  urgency: string;
  severity: string;
  certainty: string;
  onset: Date;
  expires: Date;
  event: string;
  headline: string;
  description: string;
  areaDesc: string;
  /** The alert's page. */
  page: string;
  /** Its CAP document. */
  cap: string;
};

export type FeedHead = {
  /** The feed's own address: its Atom id and rel="self". */
  self: string;
  /** The page people read the same alerts on. */
  page: string;
  title: string;
  subtitle: string;
  author: string;
  language: 'vi' | 'en';
  now: Date;
};

const el = (indent: string, name: string, value: string, attrs = '') =>
  `${indent}<${name}${attrs}>${xmlEscape(value)}</${name}>`;

const updatedOf = (entries: readonly FeedEntry[], now: Date) =>
  entries.length ? new Date(Math.max(...entries.map((e) => e.sent.getTime()))) : now;

/** Atom 1.0 with CAP elements per entry (the CAP index feed). */
export function capAtomFeed(head: FeedHead, entries: readonly FeedEntry[], options: { cap: boolean }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${options.cap ? ` xmlns:cap="${CAP_NAMESPACE}"` : ''} xml:lang="${head.language}">`,
    el('  ', 'id', head.self),
    el('  ', 'title', head.title),
    el('  ', 'subtitle', head.subtitle),
    el('  ', 'updated', updatedOf(entries, head.now).toISOString()),
    `  <author>${el('', 'name', head.author)}</author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(head.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(head.page)}"/>`,
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      el('    ', 'id', e.cap),
      el('    ', 'title', e.headline),
      el('    ', 'updated', e.sent.toISOString()),
      el('    ', 'published', e.sent.toISOString()),
      `    <author>${el('', 'name', head.author)}</author>`,
      `    <link rel="alternate" type="application/cap+xml" href="${xmlEscape(e.cap)}"/>`,
      `    <link rel="related" type="text/html" href="${xmlEscape(e.page)}"/>`,
      el('    ', 'summary', e.description),
    );
    if (options.cap) {
      lines.push(
        el('    ', 'cap:identifier', e.identifier),
        el('    ', 'cap:event', e.event),
        el('    ', 'cap:status', capWord(e.status)),
        el('    ', 'cap:msgType', capWord(e.msgType)),
        el('    ', 'cap:urgency', capWord(e.urgency)),
        el('    ', 'cap:severity', capWord(e.severity)),
        el('    ', 'cap:certainty', capWord(e.certainty)),
        el('    ', 'cap:onset', capTime(e.onset)),
        el('    ', 'cap:expires', capTime(e.expires)),
        el('    ', 'cap:areaDesc', e.areaDesc),
      );
    }
    lines.push('  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** RSS 2.0 of the same entries: each item links the alert's page, its guid is the CAP identifier. */
export function alertRss(head: FeedHead, entries: readonly FeedEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    el('    ', 'title', head.title),
    el('    ', 'link', head.page),
    `    <atom:link href="${xmlEscape(head.self)}" rel="self" type="application/rss+xml"/>`,
    el('    ', 'description', head.subtitle),
    el('    ', 'language', head.language),
    el('    ', 'lastBuildDate', updatedOf(entries, head.now).toUTCString()),
    '    <ttl>5</ttl>',
  ];
  for (const e of entries) {
    lines.push(
      '    <item>',
      el('      ', 'title', e.headline),
      el('      ', 'link', e.page),
      el('      ', 'guid', e.identifier, ' isPermaLink="false"'),
      el('      ', 'pubDate', e.sent.toUTCString()),
      el('      ', 'category', e.event),
      el('      ', 'description', e.description),
      '    </item>',
    );
  }
  lines.push('  </channel>', '</rss>', '');
  return lines.join('\n');
}
