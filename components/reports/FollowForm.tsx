import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { followAction } from '@/server/reports/resident-actions';

/**
 * "Follow" as a plain form posting to a server action (works without JavaScript). Anonymous
 * visitors get a sign-in link that brings them back here.
 */
export async function FollowForm({
  code,
  followers,
  following,
  signedIn,
  returnPath,
}: {
  code: string;
  followers: number;
  following: boolean;
  signedIn: boolean;
  returnPath: string;
}) {
  const t = await getTranslations('Reports');
  return (
    <div className="flex flex-wrap items-center gap-4">
      <p className="text-lg font-semibold" data-testid="followers-count">
        {t('followersCount', { count: followers })}
      </p>
      {!signedIn ? (
        <ButtonLink
          href={{ pathname: '/sign-in', query: { next: returnPath } }}
          variant="secondary"
          size="lg"
          data-testid="sign-in-to-follow"
        >
          {t('detail.signInToFollow')}
        </ButtonLink>
      ) : (
        <form action={followAction.bind(null, code)}>
          <input type="hidden" name="intent" value={following ? 'unfollow' : 'follow'} />
          {following ? <p className="mb-2">{t('detail.following')}</p> : null}
          <Button type="submit" variant={following ? 'secondary' : 'primary'} size="lg" data-testid="follow-button">
            {following ? t('detail.unfollowButton') : t('detail.followButton')}
          </Button>
        </form>
      )}
    </div>
  );
}
