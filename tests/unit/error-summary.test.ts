// The one error summary (components/forms/ErrorSummary.tsx), rendered as the server sends it:
// given a list, or reading react-hook-form and the server's answer from the form context.
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { ServerStateContext } from '@/components/forms/form-context';
import { catalogs } from '@/messages';
import type { FormState } from '@/lib/form-state';

function render(node: ReactNode, state: FormState = { ok: false }): string {
  function Form() {
    const form = useForm();
    return h(ServerStateContext, { value: state }, h(FormProvider, { ...form, children: node }));
  }
  return renderToStaticMarkup(
    h(NextIntlClientProvider, { locale: 'vi', messages: catalogs.vi, timeZone: 'Asia/Ho_Chi_Minh', children: h(Form) }),
  );
}

describe('ErrorSummary', () => {
  it('takes focus on its outer box and announces from an inner alert, as govuk-frontend does', () => {
    const html = render(h(ErrorSummary, { errors: [{ field: 'title', message: 'Nhập tiêu đề.' }] }));
    expect(html).toMatch(
      /^<div tabindex="-1" data-testid="error-summary"[^>]*><div role="alert" aria-labelledby="([^"]+)"><h2 id="\1"[^>]*>Có lỗi cần sửa<\/h2>/,
    );
  });

  it('links an error with a field to its control and writes one without a field as text', () => {
    const html = render(
      h(ErrorSummary, {
        errors: [
          { message: 'Mất kết nối.', testId: 'send-failure' },
          { field: 'address', message: 'Nhập địa chỉ.' },
        ],
        children: h('button', { type: 'button' }, 'Gửi lại'),
      }),
    );
    expect(html).toContain(
      '<li data-testid="send-failure"><span class="font-semibold text-accent">Mất kết nối.</span></li>',
    );
    expect(html).toContain('<a href="#field-address" class="font-semibold text-accent">Nhập địa chỉ.</a>');
    expect(html).toMatch(/<\/ul><button type="button">Gửi lại<\/button><\/div><\/div>$/);
  });

  it('reads the server answer from the form context: the form error first, then each field', () => {
    const html = render(h(ErrorSummary), {
      ok: false,
      formError: { code: 'internal' },
      fieldErrors: { name: [{ code: 'nameRequired' }] },
    });
    expect(html).toContain(`<span class="font-semibold text-accent">${catalogs.vi.Errors.internal}</span>`);
    expect(html).toContain('<a href="#field-name" class="font-semibold text-accent">Nhập họ và tên.</a>');
    expect(html.indexOf(catalogs.vi.Errors.internal)).toBeLessThan(html.indexOf('Nhập họ và tên.'));
  });

  it('shows nothing from the form context while there is no problem', () => {
    expect(render(h(ErrorSummary))).toBe('');
  });
});
