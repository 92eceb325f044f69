import type { ProcedureSnapshot } from '@/server/procedures/editor';

/** A stored procedure as the editor's text fields. */
export function editorValues(p: ProcedureSnapshot & { id?: string }): Record<string, string> {
  const json = (v: unknown) => JSON.stringify(v ?? [], null, 2);
  return {
    ...(p.id ? { id: p.id } : {}),
    code: String(p.code ?? ''),
    codeVerified: p.codeVerified ? 'on' : '',
    decisionNumber: String(p.decisionNumber ?? ''),
    slug: String(p.slug ?? ''),
    titleVi: String(p.titleVi ?? ''),
    titleEn: String(p.titleEn ?? ''),
    summaryVi: String(p.summaryVi ?? ''),
    summaryEn: String(p.summaryEn ?? ''),
    fieldCode: String(p.fieldCode ?? ''),
    level: String(p.level ?? 'COMMUNE'),
    onlineLevel: String(p.onlineLevel ?? 'NONE'),
    onlineUrl: String(p.onlineUrl ?? ''),
    applicants: String(p.applicants ?? ''),
    implementingAgency: String(p.implementingAgency ?? ''),
    competentAgency: String(p.competentAgency ?? ''),
    submissionPlace: String(p.submissionPlace ?? ''),
    steps: ((p.steps as string[] | null) ?? []).join('\n'),
    methods: json(p.methods),
    documents: json(p.documents),
    result: String(p.result ?? ''),
    conditions: String(p.conditions ?? ''),
    legalBasis: json(p.legalBasis),
    keywords: ((p.keywords as string[] | null) ?? []).join(', '),
    lifeEvents: ((p.lifeEvents as string[] | null) ?? []).join(', '),
    uncertain: String(p.uncertain ?? ''),
  };
}
