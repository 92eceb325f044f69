import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/server/db';
import { POST as password } from '@/app/api/auth/password/route';
import { POST as procedureFeedback } from '@/app/api/procedures/[code]/feedback/route';
import { POST as open311Post } from '@/app/api/open311/v2/requests.json/route';
import { errorOf } from '../support/errors';

// Route handlers given a body of the wrong shape: a 400 in the usual error shape, never a 500.

// Auth.js does not load outside Next.js; these requests never get as far as signing in.
vi.mock('@/server/auth', () => ({
  auth: async () => null,
  signIn: async () => undefined,
  createSignInTicket: () => 'ticket',
}));

const ORIGIN = 'http://localhost:3000';
let ip = 0;
const post = (path: string, body: BodyInit | null, headers: Record<string, string>) =>
  new NextRequest(`${ORIGIN}${path}`, {
    method: 'POST',
    body,
    headers: { host: 'localhost:3000', origin: ORIGIN, 'x-forwarded-for': `192.0.2.${++ip % 250}`, ...headers },
  });

const json = { 'content-type': 'application/json', accept: 'application/json' };
const wrongShapes: [string, BodyInit | null, Record<string, string>][] = [
  ['JSON null', 'null', json],
  ['a JSON array', '[{"email":"a@example.com"}]', json],
  ['a JSON number', '42', json],
  ['a JSON string', '"a@example.com"', json],
  ['invalid JSON', '{"email":', json],
  ['an empty JSON body', null, json],
  ['text/plain', 'email=a@example.com', { 'content-type': 'text/plain', accept: 'application/json' }],
  ['no content type', 'email=a@example.com', { accept: 'application/json' }],
  [
    'a broken multipart body',
    '--x\r\nContent-Disposition: form-da',
    { 'content-type': 'multipart/form-data; boundary=x', accept: 'application/json' },
  ],
];

afterAll(async () => {
  await db.$disconnect();
});

describe('POST /api/auth/password with a body of the wrong shape', () => {
  for (const [name, body, headers] of wrongShapes) {
    it(`${name}: 400 with the usual error shape, in the person’s language`, async () => {
      const res = await password(post('/api/auth/password', body, headers));
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: { code: 'bad_body', message: 'Nội dung gửi lên không đúng định dạng.' },
      });
    });
  }

  it('in English for an English page', async () => {
    const res = await password(post('/api/auth/password', 'null', { ...json, referer: `${ORIGIN}/en/sign-in` }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_body', message: 'The request body is not in the expected format.' },
    });
  });
});

describe('other route handlers that read a body', () => {
  it('POST /api/procedures/{code}/feedback: 400 for JSON null', async () => {
    const res = await procedureFeedback(post('/api/procedures/1.000001/feedback', 'null', json), {
      params: Promise.resolve({ code: '1.000001' }),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toMatch(/^bad_/);
  });

  it('POST /api/open311/v2/requests.json: 400 for JSON null, in the spec’s error shape', async () => {
    const res = await open311Post(
      post('/api/open311/v2/requests.json', 'null', { 'content-type': 'application/json' }),
    );
    expect(res.status).toBe(400);
    expect((await res.json())[0].code).toBe(400);
  });
});

describe('the one error shape of every JSON route handler', () => {
  it('POST /api/internal/pages-changed without the token: 403 { error: { code, message } }', async () => {
    const { POST: pagesChanged } = await import('@/app/api/internal/pages-changed/route');
    const res = await pagesChanged(post('/api/internal/pages-changed', null, { 'x-pages-changed-token': 'wrong' }));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: 'forbidden', message: 'Bạn không có quyền thực hiện thao tác này.' },
    });
  });

  it('POST /api/auth/password with fields that fail the schema: `fields` maps each field to its text', async () => {
    const res = await password(
      post('/api/auth/password', JSON.stringify({ email: 'not an email', password: '' }), {
        ...json,
        referer: `${ORIGIN}/en/sign-in`,
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'bad_request',
        message: 'The request is not valid.',
        fields: {
          email: 'Enter an email address in the correct format, like name@example.com.',
          password: 'Enter your password.',
        },
      },
    });
  });
});
