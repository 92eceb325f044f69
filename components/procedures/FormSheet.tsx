import type { FormField, FormTemplate } from '@/lib/forms';
import { DATE_LINE, MOTTO, NATION, formSheetCss, sourceNote } from '@/lib/forms/sheet';

/** A blank form on an A4 sheet; lib/forms/html.ts writes the same markup into the downloaded file. */
export function FormSheet({ form }: { form: FormTemplate }) {
  return (
    <div className="form-sheet" data-testid="form-sheet" lang="vi">
      <style href="form-sheet" precedence="default">
        {formSheetCss}
      </style>
      {form.code ? <p className="fs-code">Mẫu {form.code}</p> : null}
      <p className="fs-nation">{NATION}</p>
      <p className="fs-motto">{MOTTO}</p>
      <hr className="fs-rule" />
      <h1>{form.title}</h1>
      {form.subtitle ? <p className="fs-subtitle">({form.subtitle})</p> : null}
      {form.addressee ? <p className="fs-to">Kính gửi: {form.addressee}</p> : null}
      {form.sections.map((s, i) => (
        <section key={i}>
          {s.heading ? <h2>{s.heading}</h2> : null}
          {s.fields.map((f, j) => (
            <Field key={j} field={f} />
          ))}
        </section>
      ))}
      {form.declaration ? <p className="fs-declaration">{form.declaration}</p> : null}
      <p className="fs-date">{DATE_LINE}</p>
      <div className="fs-signatures">
        {form.signatures.map((s, i) => (
          <div key={i} className="fs-signature">
            <p className="fs-role">{s.role}</p>
            {s.note ? <p className="fs-note">({s.note})</p> : null}
          </div>
        ))}
      </div>
      <p className="fs-source">{sourceNote(form)}</p>
    </div>
  );
}

function Line({ label }: { label: string }) {
  return (
    <div className="fs-line">
      <span>{label}:</span>
      <span className="fs-fill" />
    </div>
  );
}

function Field({ field: f }: { field: FormField }) {
  switch (f.kind) {
    case 'line':
      return (
        <>
          <Line label={f.label} />
          {f.hint ? <p className="fs-hint">{f.hint}</p> : null}
          {Array.from({ length: (f.lines ?? 1) - 1 }, (_, i) => (
            <div key={i} className="fs-extra" />
          ))}
        </>
      );
    case 'inline':
      return (
        <div className="fs-row">
          {f.labels.map((l) => (
            <Line key={l} label={l} />
          ))}
        </div>
      );
    case 'choice':
      return (
        <>
          <p>{f.label}:</p>
          <ul className="fs-choices">
            {f.options.map((o) => (
              <li key={o}>
                <span className="fs-box" />
                {o}
              </li>
            ))}
          </ul>
        </>
      );
    case 'table':
      return (
        <>
          {f.label ? <p>{f.label}:</p> : null}
          <table>
            <thead>
              <tr>
                {f.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.isArray(f.rows)
                ? f.rows.map((r) => (
                    <tr key={r}>
                      <th scope="row">{r}</th>
                      {f.columns.slice(1).map((c) => (
                        <td key={c} />
                      ))}
                    </tr>
                  ))
                : Array.from({ length: f.rows }, (_, i) => (
                    <tr key={i}>
                      {f.columns.map((c) => (
                        <td key={c} />
                      ))}
                    </tr>
                  ))}
            </tbody>
          </table>
        </>
      );
    case 'photo':
      return <div className="fs-photo">{f.label}</div>;
    case 'text':
      return <p>{f.text}</p>;
  }
}
