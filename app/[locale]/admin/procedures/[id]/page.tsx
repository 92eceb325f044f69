import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { PageHeader, Notice } from '@/components/ui/PageHeader';
import { ProcedureEditor } from '@/components/procedures/ProcedureEditor';
import { editorValues } from '@/components/procedures/editor-values';
import { pageMetadata } from '@/lib/metadata';
import { fields } from '@/prisma/seed/procedures/types';
import { setProcedureStatusAction } from '@/server/procedures/actions';
import { diffSnapshots, procedureForEdit, procedureVersions, type ProcedureSnapshot } from '@/server/procedures/editor';
import { requirePermission } from '@/server/session';
import { Button } from '@/components/ui/Button';
import { formatDateTime } from '@/lib/i18n/dates';

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'Editor.title' });

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export default async function EditProcedurePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(
    'procedure:edit',
    getPathname({ locale, href: { pathname: '/admin/procedures/[id]', params: { id } } }),
  );
  const p = await procedureForEdit(id);
  if (!p) notFound();
  const [t, versions, { saved }] = await Promise.all([getTranslations('Editor'), procedureVersions(id), searchParams]);
  const options = Object.entries(fields).map(([value, n]) => ({ value, label: locale === 'en' ? n.en : n.vi }));
  // Each stored version against the one that followed it (the newest against the current record).
  const chain: ProcedureSnapshot[] = [p, ...versions.map((v) => v.data as unknown as ProcedureSnapshot)];
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/procedures">← {t('title')}</Link>
      </p>
      <PageHeader
        title={t('editTitle', { title: String(p.titleVi) })}
        lead={`${t('version')} ${p.version} · ${t(`statuses.${p.status}`)}`}
      />
      {saved ? (
        <Notice tone="success" testId="saved">
          {t('saved')}
        </Notice>
      ) : null}
      <div className="mb-6 flex flex-wrap items-center gap-6">
        {p.status === 'PUBLISHED' ? (
          <Link href={{ pathname: '/procedures/[slug]', params: { slug: String(p.slug) } }}>{t('viewPublic')}</Link>
        ) : null}
        <form action={setProcedureStatusAction}>
          <input type="hidden" name="id" value={p.id} />
          <input type="hidden" name="status" value={p.status === 'PUBLISHED' ? 'UNPUBLISHED' : 'PUBLISHED'} />
          <Button type="submit" variant="secondary">
            {p.status === 'PUBLISHED' ? t('unpublish') : t('publish')}
          </Button>
        </form>
      </div>
      <ProcedureEditor fields={options} values={editorValues(p)} />

      <section aria-labelledby="history-heading" className="mt-12">
        <h2 id="history-heading" className="text-2xl font-bold">
          {t('history')}
        </h2>
        {versions.length === 0 ? <p className="mt-2">{t('noHistory')}</p> : null}
        <ol className="mt-4 space-y-6" data-testid="history">
          {versions.map((v, i) => {
            const changes = diffSnapshots(v.data as unknown as ProcedureSnapshot, chain[i]!);
            return (
              <li key={v.version}>
                <h3 className="font-semibold">
                  {t('versionOf', {
                    version: v.version,
                    date: formatDateTime(v.createdAt, locale),
                  })}
                </h3>
                <table className="mt-2 w-full border-collapse text-left text-sm">
                  <caption className="sr-only">{t('changedFields')}</caption>
                  <thead>
                    <tr className="border-b-2 border-ink">
                      <th scope="col" className="p-2">
                        {t('field')}
                      </th>
                      <th scope="col" className="p-2">
                        {t('before')}
                      </th>
                      <th scope="col" className="p-2">
                        {t('after')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.field} className="border-b border-slate-300 align-top">
                        <th scope="row" className="p-2">
                          {t(`f.${c.field}` as 'f.code')}
                        </th>
                        <td className="p-2">
                          <del className="bg-red-50 break-all">{show(c.before)}</del>
                        </td>
                        <td className="p-2">
                          <ins className="bg-green-50 break-all no-underline">{show(c.after)}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
