// Recounting a consultation's published tally (docs/decisions/023) the way anyone with the file
// would: from the CSV or JSON alone, without the portal's code. Tests compare the recount with the
// counts the results page and its downloads publish.

export type Kind = 'SINGLE' | 'MULTIPLE' | 'SCALE' | 'RANKING' | 'TEXT';
export type TallyQuestion = { number: number; kind: Kind; options: { number: number }[] };
export type TallyJson = {
  questions: TallyQuestion[];
  responses: { receiptSha256: string; answers: Record<string, unknown> }[];
};

/** What a recount finds for a question: by option number (or scale value 1-5). */
export type Recounted = {
  number: number;
  answered: number;
  counts: Record<string, number>;
  firstPlace: Record<string, number>;
  written: number;
};

/** A CSV file as rows of cells (quotes, doubled quotes, CRLF; the leading BOM dropped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A CSV cell as the JSON answer it stands for. */
function fromCell(kind: Kind, cell: string): unknown {
  if (kind === 'TEXT') return cell === '1';
  if (cell === '') return kind === 'SCALE' ? null : [];
  if (kind === 'SCALE') return Number(cell);
  return cell.split(kind === 'RANKING' ? '>' : ' ').map(Number);
}

/** The CSV's lines as the JSON's responses, with the questions' kinds. */
export function csvResponses(csv: string, questions: readonly TallyQuestion[]): TallyJson['responses'] {
  const [head, ...lines] = parseCsv(csv);
  const column = new Map(head!.map((h, i) => [h, i]));
  return lines.map((cells) => ({
    receiptSha256: cells[0]!,
    answers: Object.fromEntries(
      questions.map((q) => [String(q.number), fromCell(q.kind, cells[column.get(`q${q.number}`)!] ?? '')]),
    ),
  }));
}

/** Counts every question from the lines alone. */
export function recount(questions: readonly TallyQuestion[], responses: TallyJson['responses']): Recounted[] {
  return questions.map((q) => {
    const r: Recounted = { number: q.number, answered: 0, counts: {}, firstPlace: {}, written: 0 };
    const keys = q.kind === 'SCALE' ? ['1', '2', '3', '4', '5'] : q.options.map((o) => String(o.number));
    for (const k of keys) {
      r.counts[k] = 0;
      r.firstPlace[k] = 0;
    }
    for (const line of responses) {
      const a = line.answers[String(q.number)];
      if (q.kind === 'TEXT') {
        if (a === true) {
          r.written++;
          r.answered++;
        }
      } else if (q.kind === 'SCALE') {
        if (typeof a === 'number') {
          r.answered++;
          r.counts[String(a)]!++;
        }
      } else if (Array.isArray(a) && a.length > 0) {
        r.answered++;
        for (const n of a as number[]) r.counts[String(n)]!++;
        if (q.kind === 'RANKING') r.firstPlace[String(a[0])]!++;
      }
    }
    return r;
  });
}
