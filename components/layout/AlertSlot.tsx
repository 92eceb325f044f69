import { getTranslations } from 'next-intl/server';

export type EmergencyAlert = { id: string; title: string; body: string; level: 'warning' | 'danger' };

// The place under the header where emergency alerts appear; the alerts feature fills `alerts`.
export async function AlertSlot({ alerts = [] }: { alerts?: EmergencyAlert[] }) {
  if (alerts.length === 0) return null;
  const t = await getTranslations('Layout');
  return (
    <section aria-label={t('alertsRegion')} data-testid="alert-slot">
      {alerts.map((alert) => (
        <div key={alert.id} className={alert.level === 'danger' ? 'bg-accent text-white' : 'bg-yellow-300 text-ink'}>
          <div className="mx-auto max-w-6xl px-4 py-3">
            <p className="font-bold">{alert.title}</p>
            <p>{alert.body}</p>
          </div>
        </div>
      ))}
    </section>
  );
}
