import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AlertEditor, CancelForm, type AlertChoices } from '@/components/alerts/admin/AlertForms';
import { PageHeader } from '@/components/ui/PageHeader';
import {
  ALERT_CATEGORIES,
  ALERT_CERTAINTIES,
  ALERT_RESPONSE_TYPES,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  ALERT_URGENCIES,
} from '@/lib/alerts/values';
import { dateToCityTime } from '@/lib/consultations/admin';
import { pageMetadata } from '@/lib/metadata';
import { alertForAdmin } from '@/server/alerts/admin';
import type { AlertView } from '@/server/alerts/queries';
import { requirePermission } from '@/server/session';

// Prepare a message: a new alert, an update of one (?update=id), a preview changed (?draft=id) or a
// cancellation (?cancel=id). Each leads to the preview; nothing is public before "Issue".

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'AlertAdmin.newTitle' });

const one = (v: unknown) => (typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined);

function formValues(a: AlertView): Record<string, string> {
  return {
    status: a.status,
    category: a.category,
    responseType: a.responseType,
    urgency: a.urgency,
    severity: a.severity,
    certainty: a.certainty,
    eventVi: a.eventVi,
    eventEn: a.eventEn,
    headlineVi: a.headlineVi,
    headlineEn: a.headlineEn,
    descriptionVi: a.descriptionVi,
    descriptionEn: a.descriptionEn,
    instructionVi: a.instructionVi,
    instructionEn: a.instructionEn,
    areaDescVi: a.areaDescVi,
    areaDescEn: a.areaDescEn,
    onset: dateToCityTime(a.onset),
    expires: dateToCityTime(a.expires),
    wards: a.wards.map((w) => w.code).join(', '),
    polygon: a.polygon ?? '',
    circle: a.circle ?? '',
  };
}

export default async function NewAlertPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission('alert:issue', getPathname({ locale, href: '/admin/alerts/new' }));
  const query = await searchParams;
  const [t, ta] = await Promise.all([getTranslations('AlertAdmin'), getTranslations('Alerts')]);
  const update = one(query.update);
  const draft = one(query.draft);
  const cancel = one(query.cancel);
  const source = update ?? draft ?? cancel;
  const found = source ? await alertForAdmin(source) : null;
  if (source && !found) notFound();

  const choices: AlertChoices = {
    status: ALERT_STATUSES.map((v) => ({ value: v, label: ta(`status.${v}`) })),
    category: ALERT_CATEGORIES.map((v) => ({ value: v, label: ta(`category.${v}`) })),
    responseType: ALERT_RESPONSE_TYPES.map((v) => ({ value: v, label: ta(`responseType.${v}`) })),
    urgency: ALERT_URGENCIES.map((v) => ({ value: v, label: ta(`urgency.${v}`) })),
    severity: ALERT_SEVERITIES.map((v) => ({ value: v, label: ta(`severity.${v}`) })),
    certainty: ALERT_CERTAINTIES.map((v) => ({ value: v, label: ta(`certainty.${v}`) })),
  };
  let title = t('newTitle');
  let form;
  if (cancel && found) {
    title = t('cancelTitle');
    form = <CancelForm references={found.alert.id} />;
  } else if (update && found) {
    title = t('updateTitle');
    form = <AlertEditor choices={choices} values={{ ...formValues(found.alert), references: found.alert.id }} />;
  } else if (draft && found) {
    title = t('editTitle');
    form = (
      <AlertEditor
        choices={choices}
        values={{
          ...formValues(found.alert),
          draftId: found.alert.id,
          ...(found.alert.referencesId ? { references: found.alert.referencesId } : {}),
        }}
      />
    );
  } else {
    const now = new Date().getTime();
    form = (
      <AlertEditor
        choices={choices}
        values={{
          status: 'ACTUAL',
          category: 'Met',
          responseType: 'Prepare',
          urgency: 'EXPECTED',
          severity: 'MODERATE',
          certainty: 'LIKELY',
          onset: dateToCityTime(new Date(now)),
          expires: dateToCityTime(new Date(now + 24 * 3_600_000)),
        }}
      />
    );
  }
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/alerts">← {t('back')}</Link>
      </p>
      <PageHeader title={title} />
      {found ? <p className="mb-6 font-semibold">{found.alert.headlineVi}</p> : null}
      {form}
    </>
  );
}
