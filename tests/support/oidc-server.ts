// A real OpenID Connect provider (the `oidc-provider` package) for the sign-in tests: it stands in
// for VNeID or a city identity server. Its built-in login form accepts any user name; the email
// and name claims are derived from it.
import type { Server } from 'node:http';
import Provider from 'oidc-provider';

export type OidcServer = { issuer: string; clientId: string; clientSecret: string; close: () => Promise<void> };

export async function startOidcProvider(port: number, redirectUri: string): Promise<OidcServer> {
  const issuer = `http://localhost:${port}`;
  const clientId = 'cong-dan-so-test';
  const clientSecret = 'test-secret-not-for-production-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'email', 'profile'],
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          const local = id.toLowerCase().replace(/[^a-z0-9.]/g, '');
          return { sub: id, email: `${local}@vneid.test`, email_verified: true, name: `Công dân ${id}` };
        },
      };
    },
  });
  provider.proxy = true;
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, '127.0.0.1', () => resolve(s));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
