import { describe, expect, it } from 'vitest';
import { parseEnv } from './env-schema';

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
      parseEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short', PUBLIC_URL: 'not a url', OIDC_ISSUER: 'https://id.example' });
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
