import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { SectionOpeningSoon } from '@/components/layout/SectionOpeningSoon';
import { alternates } from '@/lib/metadata';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Sections.procedures' });
  return { title: t('title'), description: t('lead'), alternates: alternates(locale, '/procedures') };
}

export default async function Page({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <SectionOpeningSoon section="procedures" />;
}
