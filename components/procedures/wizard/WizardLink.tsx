import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { wizardFor } from '@/lib/procedures/wizards';

/** On a procedure page whose documents depend on the case: "Tôi cần giấy tờ gì?" and its wizard. */
export async function WizardLink({ slug }: { slug: string }) {
  if (!wizardFor(slug)) return null;
  const t = await getTranslations('ProcedureWizard');
  return (
    <section
      aria-labelledby="wizard-link-heading"
      className="no-print mt-8 border-l-4 border-green-800 bg-green-50 p-4"
      data-testid="wizard-link"
    >
      <h2 id="wizard-link-heading" className="text-xl font-bold">
        {t('linkTitle')}
      </h2>
      <p className="mt-1">{t('linkText')}</p>
      <p className="mt-3">
        <ButtonLink href={{ pathname: '/procedures/[slug]/documents', params: { slug } }} size="lg">
          {t('linkButton')} ›
        </ButtonLink>
      </p>
    </section>
  );
}
