import { describe, expect, it } from 'vitest';
import { atomFeed, itemGuid, rssFeed, type Feed } from './feeds';
import { newsArticleJsonLd } from './structured-data';

const feed: Feed = {
  title: 'Công dân số – Tin tức',
  description: 'Tin <mới> & thông báo',
  language: 'vi',
  pageUrl: 'https://congdanso.example/vi/tin-tuc',
  selfUrl: 'https://congdanso.example/api/news/vi/rss.xml',
  host: 'congdanso.example',
  items: [
    {
      id: 'abc123',
      url: 'https://congdanso.example/vi/tin-tuc/a?x=1&y=2',
      title: 'Tiêu đề có "ngoặc" & <thẻ>\u0001',
      summary: 'Tóm tắt',
      category: 'Giao thông',
      author: 'Sở Xây dựng',
      publishedAt: new Date('2026-01-12T10:00:00Z'),
      updatedAt: new Date('2026-01-13T10:00:00Z'),
      image: 'https://congdanso.example/api/news/images/i1/og',
    },
  ],
};

describe('feeds', () => {
  it('RSS: escaped text, absolute links, a guid that is not the address, the channel self link', () => {
    const xml = rssFeed(feed);
    expect(xml).toContain('<title>Tiêu đề có &quot;ngoặc&quot; &amp; &lt;thẻ&gt;</title>');
    expect(xml).toContain('<link>https://congdanso.example/vi/tin-tuc/a?x=1&amp;y=2</link>');
    expect(xml).toContain('<guid isPermaLink="false">tag:congdanso.example,2026:news/abc123</guid>');
    expect(xml).toContain('<pubDate>Mon, 12 Jan 2026 10:00:00 GMT</pubDate>');
    expect(xml).toContain('<atom:link href="https://congdanso.example/api/news/vi/rss.xml" rel="self"');
    expect(xml).toContain('<lastBuildDate>Tue, 13 Jan 2026 10:00:00 GMT</lastBuildDate>');
    expect(xml).not.toContain('\u0001');
  });

  it('Atom: the same id as the RSS guid, published and updated, the alternate link', () => {
    const xml = atomFeed(feed);
    expect(xml).toContain('<id>tag:congdanso.example,2026:news/abc123</id>');
    expect(xml).toContain('<published>2026-01-12T10:00:00.000Z</published>');
    expect(xml).toContain('<updated>2026-01-13T10:00:00.000Z</updated>');
    expect(xml).toContain(
      '<link rel="alternate" type="text/html" href="https://congdanso.example/vi/tin-tuc/a?x=1&amp;y=2"/>',
    );
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">');
  });

  it('an empty feed is still a valid document with a build date', () => {
    const now = new Date('2026-02-01T00:00:00Z');
    expect(rssFeed({ ...feed, items: [] }, now)).toContain(
      '<lastBuildDate>Sun, 01 Feb 2026 00:00:00 GMT</lastBuildDate>',
    );
    expect(atomFeed({ ...feed, items: [] }, now)).toContain('<updated>2026-02-01T00:00:00.000Z</updated>');
  });

  it('itemGuid depends on the id only', () => {
    expect(itemGuid('h.example', 'x')).toBe('tag:h.example,2026:news/x');
  });
});

describe('NewsArticle JSON-LD', () => {
  it('has the fields of Google’s Article rich result, with a headline of at most 110 characters', () => {
    const ld = newsArticleJsonLd({
      url: 'https://congdanso.example/vi/tin-tuc/a',
      title: 'T'.repeat(150),
      summary: 'S',
      lang: 'vi',
      publishedAt: new Date('2026-01-12T10:00:00Z'),
      updatedAt: new Date('2026-01-11T10:00:00Z'),
      images: ['https://congdanso.example/api/news/images/i/og'],
      agency: 'Sở Xây dựng',
      origin: 'https://congdanso.example',
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      image: ['https://congdanso.example/api/news/images/i/og'],
      datePublished: '2026-01-12T10:00:00.000Z',
      // Never modified before it was published.
      dateModified: '2026-01-12T10:00:00.000Z',
      author: [{ '@type': 'GovernmentOrganization', name: 'Sở Xây dựng', url: 'https://congdanso.example' }],
      publisher: { '@type': 'GovernmentOrganization', logo: { url: 'https://congdanso.example/icon.svg' } },
    });
    expect((ld.headline as string).length).toBe(110);
  });
});
