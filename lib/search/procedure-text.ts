import { normalizeForSearch } from './normalize';

type Searchable = {
  titleVi: string;
  titleEn: string;
  summaryVi: string;
  summaryEn: string;
  keywords: string[];
  applicants: string;
  implementingAgency: string;
  result: string;
  conditions: string;
  steps: unknown;
  documents: unknown;
};

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** The normalised columns search matches against: title, keywords, body, and the English text. */
export function procedureSearchColumns(p: Searchable) {
  return {
    searchTitle: normalizeForSearch(p.titleVi),
    searchKeywords: p.keywords.map(normalizeForSearch).join(' | '),
    searchBody: normalizeForSearch(
      [
        p.summaryVi,
        p.applicants,
        p.implementingAgency,
        p.result,
        p.conditions,
        ...texts(p.steps),
        ...texts(p.documents),
      ].join(' '),
    ),
    searchTitleEn: normalizeForSearch(`${p.titleEn} | ${p.summaryEn}`),
  };
}
