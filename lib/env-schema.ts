import { isLoopbackUrl } from './loopback';
import { z } from 'zod';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
const flag = z
  .preprocess((v) => (v === '' || v === undefined ? undefined : v), z.enum(['0', '1', 'true', 'false']).optional())
  .transform((v) => v === '1' || v === 'true');

// Every setting the portal reads. README's configuration table lists the same names.
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string({
        error:
          'DATABASE_URL is not set: run through `npm start`, or point it at a PostgreSQL server (postgresql://user:pass@host:5432/db).',
      })
      .regex(
        /^postgres(ql)?:\/\//,
        'DATABASE_URL must start with postgresql:// (for example postgresql://user:pass@host:5432/db).',
      ),
    AUTH_SECRET: z
      .string({
        error:
          'AUTH_SECRET is not set: `npm start` generates one into the data folder; in production set at least 32 random characters.',
      })
      .min(32, 'AUTH_SECRET must be at least 32 characters long (for example: openssl rand -base64 32).'),
    PUBLIC_URL: z
      .url('PUBLIC_URL must be the full address people use, e.g. https://congdanso.example.gov.vn.')
      .default('http://localhost:3000'),
    SMTP_URL: optionalUrl,
    /**
     * Keeps mail in the database and shows it on /vi/dev/hop-thu instead of sending it, for a laptop
     * and the tests (docs/decisions/016-mail-outbox.md). Only with a loopback PUBLIC_URL and no SMTP_URL.
     */
    MAIL_OUTBOX: flag,
    MAIL_FROM: z.string().default('Công dân số <no-reply@congdanso.localhost>'),
    REDIS_URL: optionalUrl,
    OIDC_ISSUER: optionalUrl,
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_NAME: z.string().default('VNeID'),
    TRUST_PROXY: flag,
    /** Lists synthetic procedures (db:seed -- --procedures N) in search: for benchmark databases only. */
    SEARCH_INCLUDE_SYNTHETIC: flag,
    /** Report photos on local disk (outside public/), unless S3_BUCKET is set. */
    STORAGE_DIR: z.string().min(1).default('.data/uploads'),
    /** S3-compatible storage for several instances: all of endpoint, bucket and keys, or none. */
    S3_ENDPOINT: optionalUrl,
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** Map tiles for the report form and map ({z}/{x}/{y}); empty turns the map's tiles off (typed coordinates still work). */
    MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
    MAP_TILE_ATTRIBUTION: z.string().default('© OpenStreetMap contributors'),
    /** The production server's cache of public pages in front of Next.js (docs/decisions/013): on, or off. */
    FRONT_CACHE: z.enum(['on', 'off'], 'FRONT_CACHE must be on or off.').default('on'),
    /** How long, in milliseconds, a public page stays in that cache at most (an editor's save empties it at once). */
    FRONT_CACHE_TTL_MS: z.coerce
      .number('FRONT_CACHE_TTL_MS must be a number of milliseconds.')
      .int()
      .min(0)
      .max(600_000, 'FRONT_CACHE_TTL_MS must be at most 600000 (10 minutes).')
      .default(2000),
  })
  .superRefine((env, ctx) => {
    const s3 = [env.S3_ENDPOINT, env.S3_BUCKET, env.S3_ACCESS_KEY_ID, env.S3_SECRET_ACCESS_KEY];
    if (s3.some(Boolean) && !s3.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_BUCKET'],
        message:
          'S3 storage needs all of S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or none of them.',
      });
    }
    if (env.MAIL_OUTBOX && !isLoopbackUrl(env.PUBLIC_URL)) {
      ctx.addIssue({
        code: 'custom',
        path: ['MAIL_OUTBOX'],
        message:
          'MAIL_OUTBOX shows every mail, with its sign-in links, on a page of the portal: it is only allowed when PUBLIC_URL is a loopback address (http://localhost:3000). In production set SMTP_URL and leave MAIL_OUTBOX unset.',
      });
    }
    if (env.MAIL_OUTBOX && env.SMTP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['MAIL_OUTBOX'],
        message:
          'MAIL_OUTBOX and SMTP_URL are both set: mail goes either to the SMTP server or to the local outbox; unset one of them.',
      });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message:
          'OpenID Connect needs all three of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, or none of them.',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export { isLoopbackUrl };

/**
 * The one start-up warning when mail reaches nobody: no SMTP server and no local outbox (which
 * `npm start` turns on only for a loopback PUBLIC_URL). Null when mail goes somewhere.
 */
export function mailDeliveryWarning(env: Pick<Env, 'SMTP_URL' | 'MAIL_OUTBOX' | 'PUBLIC_URL'>): string | null {
  if (env.SMTP_URL || env.MAIL_OUTBOX) return null;
  const local = isLoopbackUrl(env.PUBLIC_URL) ? ', or MAIL_OUTBOX=1 to read it on this machine' : '';
  return `Warning: SMTP_URL is not set, so no mail is delivered from ${env.PUBLIC_URL}: nobody receives email verification, password reset or report update mail. Set SMTP_URL (e.g. smtps://user:pass@smtp.example.gov.vn:465)${local}.`;
}

/** Parses the environment; on failure throws one line per mistake. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || 'env'}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
}
