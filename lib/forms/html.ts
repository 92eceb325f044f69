// A form as a standalone HTML file (the download): no script, no external file, prints on A4.
import type { FormField, FormTemplate } from './types';
import { DATE_LINE, MOTTO, NATION, formSheetCss, sourceNote } from './sheet';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function field(f: FormField): string {
  switch (f.kind) {
    case 'line':
      return (
        `<div class="fs-line"><span>${esc(f.label)}:</span><span class="fs-fill"></span></div>` +
        (f.hint ? `<p class="fs-hint">${esc(f.hint)}</p>` : '') +
        '<div class="fs-extra"></div>'.repeat((f.lines ?? 1) - 1)
      );
    case 'inline':
      return `<div class="fs-row">${f.labels.map((l) => `<div class="fs-line"><span>${esc(l)}:</span><span class="fs-fill"></span></div>`).join('')}</div>`;
    case 'choice':
      return `<p>${esc(f.label)}:</p><ul class="fs-choices">${f.options.map((o) => `<li><span class="fs-box"></span>${esc(o)}</li>`).join('')}</ul>`;
    case 'table': {
      const body = Array.isArray(f.rows)
        ? f.rows.map((r) => `<tr><th scope="row">${esc(r)}</th>${'<td></td>'.repeat(f.columns.length - 1)}</tr>`)
        : Array.from({ length: f.rows }, () => `<tr>${'<td></td>'.repeat(f.columns.length)}</tr>`);
      return (
        (f.label ? `<p>${esc(f.label)}:</p>` : '') +
        `<table><thead><tr>${f.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`
      );
    }
    case 'photo':
      return `<div class="fs-photo">${esc(f.label)}</div>`;
    case 'text':
      return `<p>${esc(f.text)}</p>`;
  }
}

/** The form's body, shared by the file and the tests. */
export function formSheetHtml(form: FormTemplate): string {
  return [
    form.code ? `<p class="fs-code">Mẫu ${esc(form.code)}</p>` : '',
    `<p class="fs-nation">${NATION}</p><p class="fs-motto">${MOTTO}</p><hr class="fs-rule">`,
    `<h1>${esc(form.title)}</h1>`,
    form.subtitle ? `<p class="fs-subtitle">(${esc(form.subtitle)})</p>` : '',
    form.addressee ? `<p class="fs-to">Kính gửi: ${esc(form.addressee)}</p>` : '',
    ...form.sections.map((s) => (s.heading ? `<h2>${esc(s.heading)}</h2>` : '') + s.fields.map(field).join('')),
    form.declaration ? `<p class="fs-declaration">${esc(form.declaration)}</p>` : '',
    `<p class="fs-date">${DATE_LINE}</p>`,
    `<div class="fs-signatures">${form.signatures
      .map(
        (s) =>
          `<div class="fs-signature"><p class="fs-role">${esc(s.role)}</p>${s.note ? `<p class="fs-note">(${esc(s.note)})</p>` : ''}</div>`,
      )
      .join('')}</div>`,
    `<p class="fs-source">${esc(sourceNote(form))}</p>`,
  ].join('');
}

/** The downloadable file: the same sheet in a document of its own. */
export function formDocument(form: FormTemplate): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(form.code ? `Mẫu ${form.code} – ${form.title}` : form.title)}</title>
<style>body{margin:0;background:#fff}${formSheetCss}</style>
</head>
<body>
<main class="form-sheet">${formSheetHtml(form)}</main>
</body>
</html>
`;
}

/** Size of the download in bytes, for the link text. */
export function formDocumentBytes(form: FormTemplate): number {
  return new TextEncoder().encode(formDocument(form)).length;
}
