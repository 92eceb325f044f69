// RSS 2.0 and Atom 1.0 documents of the news, written by hand from plain data (server/news/feeds.ts
// reads the articles). Every address is absolute; an item's id is a tag URI made from the article's
// database id, so it stays the same when its title or address changes.

export type FeedItem = {
  id: string;
  url: string;
  title: string;
  summary: string;
  category: string;
  author: string | null;
  publishedAt: Date;
  updatedAt: Date;
  image: string | null;
};

export type Feed = {
  title: string;
  description: string;
  language: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  /** The feed's own address. */
  selfUrl: string;
  /** The portal's host, for the tag URIs. */
  host: string;
  items: FeedItem[];
};

const x = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** A stable id for an article, whatever its address: tag:host,2026:news/<id>. */
export function itemGuid(host: string, id: string): string {
  return `tag:${host},2026:news/${id}`;
}

function lastChange(feed: Feed): Date {
  return feed.items.reduce((max, i) => (i.updatedAt > max ? i.updatedAt : max), new Date(0));
}

export function rssFeed(feed: Feed, now = new Date()): string {
  const items = feed.items.map((i) =>
    [
      '    <item>',
      `      <title>${x(i.title)}</title>`,
      `      <link>${x(i.url)}</link>`,
      `      <guid isPermaLink="false">${x(itemGuid(feed.host, i.id))}</guid>`,
      `      <pubDate>${i.publishedAt.toUTCString()}</pubDate>`,
      `      <category>${x(i.category)}</category>`,
      i.author ? `      <dc:creator>${x(i.author)}</dc:creator>` : null,
      `      <description>${x(i.summary)}</description>`,
      i.image ? `      <enclosure url="${x(i.image)}" type="image/jpeg" length="0"/>` : null,
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${x(feed.title)}</title>`,
    `    <link>${x(feed.pageUrl)}</link>`,
    `    <atom:link href="${x(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${x(feed.description)}</description>`,
    `    <language>${x(feed.language)}</language>`,
    `    <lastBuildDate>${(feed.items.length ? lastChange(feed) : now).toUTCString()}</lastBuildDate>`,
    '    <ttl>30</ttl>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function atomFeed(feed: Feed, now = new Date()): string {
  const entries = feed.items.map((i) =>
    [
      '  <entry>',
      `    <id>${x(itemGuid(feed.host, i.id))}</id>`,
      `    <title>${x(i.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(i.url)}"/>`,
      `    <published>${i.publishedAt.toISOString()}</published>`,
      `    <updated>${(i.updatedAt > i.publishedAt ? i.updatedAt : i.publishedAt).toISOString()}</updated>`,
      `    <author><name>${x(i.author ?? feed.title)}</name></author>`,
      `    <category term="${x(i.category)}"/>`,
      `    <summary>${x(i.summary)}</summary>`,
      i.image ? `    <link rel="enclosure" type="image/jpeg" href="${x(i.image)}"/>` : null,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">`,
    `  <id>${x(feed.selfUrl)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    `  <subtitle>${x(feed.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.pageUrl)}"/>`,
    `  <updated>${(feed.items.length ? lastChange(feed) : now).toISOString()}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
