import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { ProgressBar } from '@/components/campaign/ProgressBar';
import { shareOf } from '@/lib/campaign/rules';
import { campaignBoard } from '@/server/campaign/queries';

// The digital-citizen campaign on the home page: the city's registrations against the sum of the
// units' targets, and the three leading units, from the same board as the campaign page.

export async function HomeCampaign({ locale, now = new Date() }: { locale: Locale; now?: Date }) {
  const [t, board] = await Promise.all([getTranslations('HomePage'), campaignBoard(null, now)]);
  if (board.city.units === 0) return null;
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  const percent = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const cityShare = shareOf(board.city.registered, board.city.target);
  const leaders = board.units.filter((u) => u.rank !== null).slice(0, 3);
  return (
    <section aria-labelledby="home-campaign-heading" data-testid="home-campaign">
      <h2 id="home-campaign-heading" className="mb-4 text-2xl font-bold">
        {t('campaignHeading')}
      </h2>
      <p className="mb-2 text-lg" data-testid="home-campaign-total">
        {t('campaignTotal', {
          registered: number.format(board.city.registered),
          target: number.format(board.city.target),
          share: percent.format(cityShare),
        })}
      </p>
      <ProgressBar share={cityShare} />
      {leaders.length ? (
        <>
          <h3 className="mt-6 mb-2 text-lg font-bold">{t('campaignLeaders')}</h3>
          <ol className="space-y-2">
            {leaders.map((u) => (
              <li key={u.id} className="flex flex-wrap justify-between gap-x-4">
                <span>
                  {u.rank}. {u.name}
                </span>
                <span className="font-semibold">{percent.format(u.share)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="mt-4">
        <Link href="/campaign">{t('campaignMore')}</Link>
      </p>
    </section>
  );
}
