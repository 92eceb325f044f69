// Blank administrative forms written as data: one source for the printable page and the download.

export type FormField =
  /** A label followed by blank lines to fill in. */
  | { kind: 'line'; label: string; lines?: number; hint?: string }
  /** Several short blanks on one line, e.g. "Ngày sinh … Giới tính … Dân tộc …". */
  | { kind: 'inline'; labels: string[] }
  /** Boxes to tick. */
  | { kind: 'choice'; label: string; options: string[] }
  /** A table: `rows` empty rows, or one row per label with the label in the first column. */
  | { kind: 'table'; label?: string; columns: string[]; rows: number | string[] }
  /** A box for a photo of the given size. */
  | { kind: 'photo'; label: string }
  /** Printed text, such as a commitment. */
  | { kind: 'text'; text: string };

export type FormSection = { heading?: string; fields: FormField[] };

export type FormTemplate = {
  /** The stable address and file name: /…/mau/<slug>, <slug>.html. Never change one once published. */
  slug: string;
  /** The official short code when the form has one (CT01, TK01…). */
  code?: string;
  /** The title as printed on the form. */
  title: string;
  /** A line under the title (who the form is for). */
  subtitle?: string;
  /** How people refer to it in the checklist: "Mẫu CT01" or the title. */
  shortName: string;
  /** The legal text that issues the form; `verified: false` when the exact reference is still to be checked. */
  reference: { text: string; verified: boolean };
  /** Checklist item names this form answers (compared without case; "… (note)" suffixes allowed). */
  names: string[];
  addressee?: string;
  sections: FormSection[];
  /** The closing declaration above the signatures. */
  declaration?: string;
  /** Signature blocks, left to right. */
  signatures: { role: string; note?: string }[];
};
