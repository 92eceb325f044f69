import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { Adapter } from 'next-auth/adapters';
import { safeReturnPath } from '@/lib/safe-redirect';
import { db } from './db';
import { env } from './env';

// Password sign-in is checked, rate-limited and answered by POST /api/auth/password.
// Once the password is right, that handler hands Auth.js a short-lived signed ticket:
// the credentials provider accepts nothing else, so nobody can skip the rate limit.
const TICKET_TTL_MS = 60_000;

function sign(payload: string): string {
  return createHmac('sha256', env().AUTH_SECRET).update(`signin-ticket:${payload}`).digest('base64url');
}

export function createSignInTicket(userId: string): string {
  const payload = `${userId}.${Date.now() + TICKET_TTL_MS}`;
  return `${payload}.${sign(payload)}`;
}

export function readSignInTicket(ticket: unknown): string | null {
  if (typeof ticket !== 'string') return null;
  const [userId, exp, mac] = ticket.split('.');
  if (!userId || !exp || !mac) return null;
  const expected = Buffer.from(sign(`${userId}.${exp}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(exp) < Date.now()) return null;
  return userId;
}

function adapter(): Adapter {
  const base = PrismaAdapter(db) as Adapter;
  return {
    ...base,
    // People arriving from an identity provider: the provider vouches for the email address.
    async createUser(data) {
      const user = await db.user.create({
        data: {
          name: data.name?.trim() || data.email?.split('@')[0] || 'Công dân',
          email: data.email?.toLowerCase() ?? null,
          emailVerified: data.emailVerified ?? new Date(),
          image: data.image ?? null,
        },
      });
      return { ...user, email: user.email ?? '' };
    },
  };
}

function providers(): NextAuthConfig['providers'] {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  const list: NextAuthConfig['providers'] = [
    Credentials({
      id: 'ticket',
      credentials: { ticket: {} },
      async authorize(credentials) {
        const userId = readSignInTicket(credentials?.ticket);
        if (!userId) return null;
        const user = await db.user.findUnique({ where: { id: userId } });
        if (!user || user.disabledAt || user.deletedAt) return null;
        return { id: user.id, name: user.name, email: user.email };
      },
    }),
  ];
  if (OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET) {
    list.push({
      id: 'oidc',
      name: OIDC_NAME,
      type: 'oidc',
      issuer: OIDC_ISSUER,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      checks: ['pkce', 'state', 'nonce'],
      // Read the person's claims from the userinfo endpoint (checked against the ID token's
      // subject): identity providers differ in which claims they put into the ID token itself.
      idToken: false,
    });
  }
  return list;
}

export function oidcProvider(): { id: string; name: string } | null {
  const { OIDC_ISSUER, OIDC_NAME } = env();
  return OIDC_ISSUER ? { id: 'oidc', name: OIDC_NAME } : null;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  // Auth.js builds its callback and redirect addresses from AUTH_URL, or else from the request's
  // Host / X-Forwarded-Host, which anyone can set: it gets the public address.
  process.env.AUTH_URL ??= `${new URL(env().PUBLIC_URL).origin}/api/auth`;
  return {
    adapter: adapter(),
    secret: env().AUTH_SECRET,
    trustHost: true,
    // A signed cookie holds only the user id and the session version; the user row is read on
    // every request (server/session.ts), so a disabled account or a new role counts at once.
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/vi/dang-nhap', error: '/vi/dang-nhap' },
    providers: providers(),
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
          token.sub = user.id;
          token.sv = row?.sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, sv: typeof token.sv === 'number' ? token.sv : -1 };
      },
      async signIn({ user, account }) {
        if (account?.provider === 'oidc' && user?.id) {
          const row = await db.user.findUnique({
            where: { id: user.id },
            select: { disabledAt: true, deletedAt: true },
          });
          if (row?.disabledAt || row?.deletedAt) return false;
        }
        return true;
      },
      // Auth.js's callback URL (after the identity provider) is a return address like any `next=`.
      redirect({ url }) {
        const base = env().PUBLIC_URL;
        const origin = new URL(base).origin;
        const path = url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
        return new URL(safeReturnPath(path, base) ?? '/vi', base).href;
      },
    },
  };
});
