import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/server/db';
import { mayReadOutbox, OUTBOX_TTL_MS, outboxMails, sendMail } from '@/server/mail';
import { TOKEN_TTL_MS } from '@/server/accounts/tokens';

const address = (p: string) => `${p}.${Date.now()}${Math.floor(Math.random() * 1e6)}@example.com`;

afterAll(async () => {
  await db.$disconnect();
});

describe('who may read the outbox (docs/decisions/014)', () => {
  it('nobody while it is off, which is how a city runs the portal (SMTP_URL set, MAIL_OUTBOX unset)', () => {
    for (const localClient of [true, false]) {
      for (const role of [undefined, null, 'CITIZEN', 'OFFICIAL', 'EDITOR', 'ADMIN'] as const) {
        expect(mayReadOutbox({ enabled: false, localClient, role })).toBe(false);
      }
    }
  });

  it('while it is on: a browser on this machine, or an administrator; never an anonymous visitor or a citizen from elsewhere', () => {
    expect(mayReadOutbox({ enabled: true, localClient: true, role: undefined })).toBe(true);
    expect(mayReadOutbox({ enabled: true, localClient: false, role: 'ADMIN' })).toBe(true);
    for (const role of [undefined, null, 'CITIZEN', 'OFFICIAL', 'EDITOR'] as const) {
      expect(mayReadOutbox({ enabled: true, localClient: false, role })).toBe(false);
    }
  });
});

describe('outbox entries expire', () => {
  it('live as long as the longest link they carry', () => {
    expect(OUTBOX_TTL_MS).toBe(Math.max(TOKEN_TTL_MS.EMAIL_VERIFY, TOKEN_TTL_MS.PASSWORD_RESET));
    expect(OUTBOX_TTL_MS).toBe(24 * 60 * 60 * 1000);
  });

  it('an expired mail is no longer shown, and is deleted when the next mail is kept', async () => {
    const to = address('cu');
    const old = await db.outboxMail.create({
      data: {
        to,
        subject: 'Đặt lại mật khẩu',
        text: 'http://localhost:3000/vi/dat-lai-mat-khau?token=old',
        createdAt: new Date(Date.now() - OUTBOX_TTL_MS - 1000),
      },
    });
    const fresh = await db.outboxMail.create({
      data: { to, subject: 'Đặt lại mật khẩu', text: 'http://localhost:3000/vi/dat-lai-mat-khau?token=new' },
    });
    expect((await outboxMails(to)).map((m) => m.id)).toEqual([fresh.id]);
    expect((await outboxMails('')).map((m) => m.id)).not.toContain(old.id);

    await sendMail({
      to: address('moi'),
      subject: 'Xác thực email',
      text: 'http://localhost:3000/vi/xac-thuc-email?token=x',
    });
    expect(await db.outboxMail.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.outboxMail.findUnique({ where: { id: fresh.id } })).not.toBeNull();
  });
});

describe('without SMTP_URL and without MAIL_OUTBOX', () => {
  it('a mail is kept nowhere, so no one can read its link later', async () => {
    vi.stubEnv('MAIL_OUTBOX', '');
    vi.resetModules();
    try {
      const mail = await import('@/server/mail');
      const to = address('khonggui');
      expect(mail.usesOutbox()).toBe(false);
      await mail.sendMail({
        to,
        subject: 'Đặt lại mật khẩu',
        text: 'http://localhost:3000/vi/dat-lai-mat-khau?token=secret',
      });
      expect(await db.outboxMail.count({ where: { to } })).toBe(0);
      await (await import('@/server/db')).db.$disconnect();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
