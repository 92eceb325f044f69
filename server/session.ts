import 'server-only';
import { cache } from 'react';
import { forbidden } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/paths';
import type { Role } from '@/generated/prisma/client';
import { auth } from './auth';
import { db } from './db';
import { can, type RoleAction } from './permissions';

export type CurrentUser = {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  agencyId: string | null;
  sessionVersion: number;
};

/** The signed-in person for this request, read from the database once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await auth()) as (Awaited<ReturnType<typeof auth>> & { userId?: string; sv?: number }) | null;
  if (!session?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      agencyId: true,
      sessionVersion: true,
      disabledAt: true,
      deletedAt: true,
    },
  });
  // "Sign out everywhere", disabling and a role change raise sessionVersion: older cookies stop here.
  if (!user || user.disabledAt || user.deletedAt || user.sessionVersion !== session.sv) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    agencyId: user.agencyId,
    sessionVersion: user.sessionVersion,
  };
});

/** Pages and actions: an anonymous visitor is sent to sign in and brought back afterwards. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const locale = await getLocale();
    redirect({ href: { pathname: '/sign-in', query: returnTo ? { next: returnTo } : {} }, locale });
  }
  return user!;
}

/**
 * The page guard: signed in and allowed `action` (which roles are, server/permissions.ts decides);
 * otherwise the localized 403 page.
 */
export async function requirePermission(action: RoleAction, returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!can(user, action)) forbidden();
  return user;
}
