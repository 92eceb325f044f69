import { describe, expect, it } from 'vitest';
import { mailDeliveryWarning, parseEnv } from './env-schema';

const good = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db', AUTH_SECRET: 'x'.repeat(32) };

describe('configuration', () => {
  it('fills in defaults for a minimal valid environment', () => {
    const env = parseEnv(good);
    expect(env.PUBLIC_URL).toBe('http://localhost:3000');
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.OIDC_NAME).toBe('VNeID');
    expect(env.TRUST_PROXY).toBe(false);
  });

  it('reports every mistake on a line of its own', () => {
    let message = '';
    try {
      parseEnv({
        DATABASE_URL: 'mysql://x',
        AUTH_SECRET: 'short',
        PUBLIC_URL: 'not a url',
        OIDC_ISSUER: 'https://id.example',
      });
    } catch (e) {
      message = (e as Error).message;
    }
    const lines = message.split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    expect(lines.filter((l) => l.startsWith('  - '))).toHaveLength(4);
    expect(message).toContain('DATABASE_URL: DATABASE_URL must start with postgresql://');
    expect(message).toContain('AUTH_SECRET: AUTH_SECRET must be at least 32 characters');
    expect(message).toContain('PUBLIC_URL: PUBLIC_URL must be the full address');
    expect(message).toContain('OIDC_ISSUER: OpenID Connect needs all three');
  });

  it('says what to do when the database or the secret is missing', () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is not set[\s\S]*AUTH_SECRET is not set/);
  });

  it('treats empty strings as unset for optional addresses', () => {
    expect(parseEnv({ ...good, SMTP_URL: '', REDIS_URL: '' }).SMTP_URL).toBeUndefined();
  });
});

describe('the mail outbox setting (docs/decisions/014)', () => {
  it('is off unless set', () => {
    expect(parseEnv(good).MAIL_OUTBOX).toBe(false);
    expect(parseEnv({ ...good, MAIL_OUTBOX: '1' }).MAIL_OUTBOX).toBe(true);
  });

  it.each(['http://localhost:3000', 'http://127.0.0.1:43100', 'http://[::1]:3000', 'http://congdanso.localhost'])(
    'is allowed on the loopback address %s',
    (url) => {
      expect(parseEnv({ ...good, PUBLIC_URL: url, MAIL_OUTBOX: '1' }).MAIL_OUTBOX).toBe(true);
    },
  );

  it.each([
    'https://congdanso.example.gov.vn',
    'http://192.168.1.10:3000',
    'http://localhost.evil.example',
    'http://127.0.0.1.nip.io',
  ])('is refused with the public address %s, saying what to set instead', (url) => {
    expect(() => parseEnv({ ...good, PUBLIC_URL: url, MAIL_OUTBOX: '1' })).toThrow(
      /MAIL_OUTBOX: MAIL_OUTBOX shows every mail[^\n]*only allowed when PUBLIC_URL is a loopback address[^\n]*In production set SMTP_URL/,
    );
  });

  it('is refused together with SMTP_URL', () => {
    expect(() => parseEnv({ ...good, MAIL_OUTBOX: '1', SMTP_URL: 'smtp://mail.example:25' })).toThrow(
      /MAIL_OUTBOX and SMTP_URL are both set/,
    );
  });
});

describe('the start-up warning about undelivered mail', () => {
  it('is given once, with the address, when a public portal has no SMTP server', () => {
    const warning = mailDeliveryWarning(parseEnv({ ...good, PUBLIC_URL: 'https://congdanso.example.gov.vn' }));
    expect(warning).toBe(
      'Warning: SMTP_URL is not set, so no mail is delivered from https://congdanso.example.gov.vn: nobody receives email verification, password reset or report update mail. Set SMTP_URL (e.g. smtps://user:pass@smtp.example.gov.vn:465).',
    );
  });

  it('is not given when mail is sent or kept in the local outbox', () => {
    expect(
      mailDeliveryWarning(
        parseEnv({ ...good, PUBLIC_URL: 'https://congdanso.example.gov.vn', SMTP_URL: 'smtps://u:p@smtp.example:465' }),
      ),
    ).toBeNull();
    expect(mailDeliveryWarning(parseEnv({ ...good, MAIL_OUTBOX: '1' }))).toBeNull();
  });

  it('on a loopback address without the outbox, also names MAIL_OUTBOX', () => {
    expect(mailDeliveryWarning(parseEnv(good))).toMatch(/or MAIL_OUTBOX=1 to read it on this machine\.$/);
  });
});
