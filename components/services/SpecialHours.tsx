import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import { cityClock, upcomingSpecialHours, type SpecialPeriod } from '@/lib/services/hours';

// A place page's upcoming special hours (dates that replace the weekly hours and the holiday rule),
// from today in the city. The page is cached for an hour at most, so a day that has just ended can
// stay listed until then; the dates are written out, so the list never misleads.

export async function SpecialHours({ periods, locale }: { periods: SpecialPeriod[]; locale: string }) {
  const groups = upcomingSpecialHours(periods, cityClock(new Date()).date);
  if (!groups.length) return null;
  const t = await getTranslations('Services');
  const day = (iso: string) => {
    const at = new Date(`${iso}T12:00:00+07:00`);
    return `${t(`weekdays.${cityClock(at).weekday}` as 'weekdays.1')} ${formatDate(at, locale)}`;
  };
  return (
    <div className="mt-4" data-testid="special-hours">
      <h3 className="text-xl font-bold">{t('specialHours')}</h3>
      <p className="mt-1">{t('specialHoursLead')}</p>
      <table className="mt-2 border-collapse">
        <tbody>
          {groups.map((g) => (
            <tr key={`${g.startsOn}/${g.endsOn}`} className="border-b border-slate-300">
              <th scope="row" className="py-1 pr-6 text-left font-semibold">
                {g.startsOn === g.endsOn
                  ? day(g.startsOn)
                  : t('dateRange', { from: day(g.startsOn), to: day(g.endsOn) })}
              </th>
              <td className="py-1 tabular-nums">{g.ranges.length ? g.ranges.join(', ') : t('specialClosed')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
