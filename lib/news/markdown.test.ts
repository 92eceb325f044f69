import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown, safeHref } from './markdown';

describe('renderMarkdown', () => {
  it('writes paragraphs, headings from h2, lists, quotes, emphasis, code and links', () => {
    const html = renderMarkdown(
      '# Tiêu đề\n\nĐoạn **đậm** và *nghiêng*, `mã`.\nCùng đoạn.\n\n- một\n- hai\n\n1. a\n2. b\n\n> trích\n\n---\n\n[Cổng](https://congdanso.example/vi) và [trang](/vi/tin-tuc)',
    );
    expect(html).toBe(
      [
        '<h2>Tiêu đề</h2>',
        '<p>Đoạn <strong>đậm</strong> và <em>nghiêng</em>, <code>mã</code>.\nCùng đoạn.</p>',
        '<ul><li>một</li><li>hai</li></ul>',
        '<ol><li>a</li><li>b</li></ol>',
        '<blockquote><p>trích</p></blockquote>',
        '<hr>',
        '<p><a href="https://congdanso.example/vi" rel="noopener noreferrer">Cổng</a> và <a href="/vi/tin-tuc">trang</a></p>',
      ].join('\n'),
    );
  });

  it('never passes raw HTML: script, event handlers and iframes come out as text', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    // Every tag in the output is one the renderer writes.
    for (const tag of html.match(/<\/?([a-z0-9]+)/g) ?? []) expect(['<p', '</p']).toContain(tag);
  });

  it('drops javascript:, data: and vbscript: links, however they are spelled, keeping their text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      '//evil.example/x',
    ]) {
      const html = renderMarkdown(`[bấm vào đây](${href})`);
      expect(html, href).toBe('<p>bấm vào đây</p>');
    }
    expect(renderMarkdown('![ảnh](javascript:alert(1))')).toBe('<p>ảnh</p>');
  });

  it('keeps a link address inside its attribute', () => {
    expect(renderMarkdown('[x](https://a.example/?q="><script>)')).toBe(
      '<p><a href="https://a.example/?q=&quot;&gt;&lt;script&gt;" rel="noopener noreferrer">x</a></p>',
    );
  });

  it('turns an image into a link to it, so a body loads nothing by itself', () => {
    expect(renderMarkdown('![Cầu vượt](https://a.example/c.jpg)')).toBe(
      '<p><a href="https://a.example/c.jpg" rel="noopener noreferrer">Cầu vượt</a></p>',
    );
  });

  it('stays fast on hostile input', () => {
    const start = performance.now();
    renderMarkdown('['.repeat(20_000));
    renderMarkdown('*'.repeat(20_000));
    renderMarkdown('>'.repeat(20_000));
    renderMarkdown('[a](b'.repeat(4_000));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('safeHref', () => {
  it('allows http(s), mailto, tel, paths on this site and fragments', () => {
    expect(safeHref('https://x.example')).toBe('https://x.example');
    expect(safeHref('mailto:a@b.vn')).toBe('mailto:a@b.vn');
    expect(safeHref('tel:1022')).toBe('tel:1022');
    expect(safeHref('/vi/tin-tuc')).toBe('/vi/tin-tuc');
    expect(safeHref('#muc-1')).toBe('#muc-1');
    expect(safeHref('javascript:void(0)')).toBeNull();
    expect(safeHref('/\\evil.example')).toBeNull();
    expect(safeHref('relative/path')).toBeNull();
  });
});

it('markdownToText gives plain text', () => {
  expect(markdownToText('## Mục\n\n**Đậm** & <b>x</b>')).toBe('Mục Đậm & <b>x</b>');
});
