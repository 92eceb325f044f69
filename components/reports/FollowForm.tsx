import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { followAction } from '@/server/reports/resident-actions';

/**
 * "Follow" as a plain form posting to a server action (works without JavaScript). Anonymous
 * visitors get a sign-in link that brings them back here.
 */
export async function FollowForm({ code, followers, following, signedIn, returnPath }: {
  code: string; followers: number; following: boolean; signedIn: boolean; returnPath: string;
}) {
  const t = await getTranslations('Reports');
  const button = 'inline-flex min-h-11 items-center rounded px-5 py-2 text-lg font-semibold';
  return (
    <div className="flex flex-wrap items-center gap-4">
      <p className="text-lg font-semibold" data-testid="followers-count">{t('followersCount', { count: followers })}</p>
      {!signedIn ? (
        <Link href={{ pathname: '/sign-in', query: { next: returnPath } }} className={`${button} border-2 border-brand-700 no-underline`} data-testid="sign-in-to-follow">
          {t('detail.signInToFollow')}
        </Link>
      ) : (
        <form action={followAction.bind(null, code)}>
          <input type="hidden" name="intent" value={following ? 'unfollow' : 'follow'} />
          {following ? <p className="mb-2">{t('detail.following')}</p> : null}
          <button
            type="submit"
            className={following ? `${button} border-2 border-brand-700 bg-white text-brand-700 hover:bg-brand-50` : `${button} bg-brand-700 text-white hover:bg-brand-900`}
            data-testid="follow-button"
          >
            {following ? t('detail.unfollowButton') : t('detail.followButton')}
          </button>
        </form>
      )}
    </div>
  );
}
