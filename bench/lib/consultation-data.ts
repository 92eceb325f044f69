// The data of bench/consultations.ts, written straight in SQL: 100,000 responses to a closed
// consultation, each from an account of its own, and an open consultation with its residents.
import { encode } from '@auth/core/jwt';
import type { scriptClient } from '../../scripts/lib/db-client';
import { loadTestConsultation } from '../../tests/support/data';

/** The demo consultation that closed ten days before the seed ran (SINGLE, SCALE, TEXT). */
export const CLOSED_SLUG = 'gio-vao-hoc-tieu-hoc';
export const OPEN_SLUG = 'nghin-nguoi-cung-tra-loi';

type Db = ReturnType<typeof scriptClient>;

/** 100,000 residents with their responses and answers to the closed consultation, in SQL. */
export async function fillClosedConsultation(db: Db, count: number) {
  const c = await db.consultation.findUniqueOrThrow({
    where: { slug: CLOSED_SLUG },
    select: {
      id: true,
      closesAt: true,
      questions: {
        orderBy: { position: 'asc' },
        select: { id: true, kind: true, options: { orderBy: { position: 'asc' }, select: { id: true } } },
      },
    },
  });
  const single = c.questions.find((q) => q.kind === 'SINGLE')!;
  const scale = c.questions.find((q) => q.kind === 'SCALE')!;
  const text = c.questions.find((q) => q.kind === 'TEXT')!;
  const wards = (
    await db.$queryRawUnsafe<{ code: string }[]>(
      `SELECT DISTINCT "wardCode" AS code FROM "ConsultationResponse" WHERE "wardCode" IS NOT NULL ORDER BY 1`,
    )
  ).map((w) => w.code);
  const answeredAt = new Date(c.closesAt.getTime() - 86_400_000);
  await db.$executeRawUnsafe(
    `INSERT INTO "User" (id, name, email, "emailVerified", "wardCode", "consentVersion", "consentAt", "createdAt", "updatedAt")
     SELECT 'bench-closed-' || i, 'Cư dân ' || i, 'bench-closed-' || i || '@congdanso.test', $1, ($2::text[])[1 + i % cardinality($2::text[])],
            '2026-01', $1, $1, $1
     FROM generate_series(1, $3::int) AS i`,
    answeredAt,
    wards,
    count,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "ConsultationResponse" (id, "consultationId", "userId", "wardCode", "receiptCode", "createdAt", "updatedAt")
     SELECT 'bench-closed-' || i, $1, 'bench-closed-' || i, ($2::text[])[1 + i % cardinality($2::text[])],
            'YK-BNCH-' || lpad(upper(to_hex(i)), 5, '0'), $3, $3
     FROM generate_series(1, $4::int) AS i`,
    c.id,
    wards,
    answeredAt,
    count,
  );
  // Everyone chooses an option (unevenly) and a scale value; one in twenty writes a text, of which
  // one in fifty was let through by a moderator.
  await db.$executeRawUnsafe(
    `INSERT INTO "ConsultationAnswer" (id, "responseId", "questionId", "optionId", scale, text, visible, "moderatedAt")
     SELECT 'bench-a1-' || i, 'bench-closed-' || i, $1, ($2::text[])[1 + (i * 7 % 10) % cardinality($2::text[])], NULL::int, NULL::text, false, NULL::timestamptz
     FROM generate_series(1, $5::int) AS i
     UNION ALL
     SELECT 'bench-a2-' || i, 'bench-closed-' || i, $3, NULL::text, 1 + (i * 13 % 7) % 5, NULL::text, false, NULL::timestamptz
     FROM generate_series(1, $5::int) AS i
     UNION ALL
     SELECT 'bench-a3-' || i, 'bench-closed-' || i, $4, NULL, NULL, 'Ý kiến số ' || i, i % 1000 = 0, CASE WHEN i % 1000 = 0 THEN $6::timestamptz END
     FROM generate_series(1, $5::int) AS i WHERE i % 20 = 0`,
    single.id,
    single.options.map((o) => o.id),
    scale.id,
    text.id,
    count,
    c.closesAt,
  );
  await db.$executeRawUnsafe(`ANALYZE "User", "ConsultationResponse", "ConsultationAnswer"`);
}

/** An open consultation for the whole city, and its residents (verified, each one a session cookie). */
export async function openConsultation(db: Db, residents: number, secret: string) {
  const now = Date.now();
  const c = await loadTestConsultation(db, OPEN_SLUG, {
    vi: 'Đo tốc độ nhận ý kiến.',
    en: 'How fast answers are taken.',
  });
  const verified = new Date(now - 30 * 86_400_000);
  await db.$executeRawUnsafe(
    `INSERT INTO "User" (id, name, email, "emailVerified", "wardCode", "consentVersion", "consentAt", "createdAt", "updatedAt")
     SELECT 'bench-open-' || i, 'Người trả lời ' || i, 'bench-open-' || i || '@congdanso.test', $1, 'mau-phuong-sai-gon', '2026-01', $1, $1, $1
     FROM generate_series(1, $2::int) AS i`,
    verified,
    residents,
  );
  // The session cookie Auth.js sets at sign-in (server/auth.ts: a JWT with the user id and session version).
  const cookies = await Promise.all(
    Array.from(
      { length: residents },
      async (_, i) =>
        `authjs.session-token=${await encode({ token: { sub: `bench-open-${i + 1}`, sv: 0 }, secret, salt: 'authjs.session-token', maxAge: 3600 })}`,
    ),
  );
  return { id: c.id, questions: c.questions, cookies };
}
