// Message groups for the browser, without next-intl's main module (which would list its client
// provider among the scripts of every page that imports this): components/i18n/ClientMessages.tsx
// and the lazily loaded forms (components/reports/LazyRatingForm.tsx) use it.

/** Groups used by the form helpers (components/forms): field hints, error summary, error messages. */
export const FORM_NAMESPACES = ['Forms', 'Errors'] as const;

export type Tree = { [key: string]: string | Tree };

/** The given groups ("Auth" or a sub-group such as "Reports.detail") of a catalogue. */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const path of paths) {
    const parts = path.split('.');
    let source: string | Tree | undefined = messages;
    for (const part of parts) source = typeof source === 'object' ? source[part] : undefined;
    if (source === undefined) throw new Error(`No message group "${path}"`);
    let target = out;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Tree;
    target[parts[parts.length - 1]!] = source;
  }
  return out;
}
