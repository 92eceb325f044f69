import { describe, expect, it } from 'vitest';
import { catalogs } from '../../messages';
import { plainJsonError, refusalPage, refusedFormPage, unavailablePage } from './plain-pages';

// Every failure page written without React is the one template, and all its words are messages.

describe('failure pages', () => {
  it.each(['vi', 'en'] as const)(
    'a route handler’s refusal (%s): the site, the message as heading, a way back',
    (locale) => {
      const html = refusalPage(locale, 'Nội dung <b>lạ</b>', '/vi/x?a=1&b="2"');
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain(`<header>${catalogs[locale].Metadata.siteName}</header>`);
      expect(html).toContain('<h1>Nội dung &#60;b&#62;lạ&#60;/b&#62;</h1>');
      expect(html).toContain(`<a href="/vi/x?a=1&#38;b=&#34;2&#34;">${catalogs[locale].Unavailable.goBack}</a>`);
    },
  );

  it('the 503 page and a refused form share the template', () => {
    const shell = (html: string) => html.replace(/<main>.*<\/main>/, '').replace(/<title>.*<\/title>/, '');
    expect(shell(unavailablePage('en', '/en'))).toBe(shell(refusalPage('en', 'x', '/')));
    expect(shell(refusedFormPage('vi', 'refusedOrigin'))).toBe(shell(refusalPage('vi', 'x', '/')));
    expect(unavailablePage('en', '/en')).toContain(catalogs.en.Unavailable.lead);
  });

  it('the production server’s own JSON refusal has the portal’s error shape', () => {
    expect(JSON.parse(plainJsonError('vi', 'not_found'))).toEqual({
      error: { code: 'not_found', message: catalogs.vi.Errors.not_found },
    });
  });
});
