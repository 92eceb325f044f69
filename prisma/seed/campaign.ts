// Demo data of the digital-citizen campaign: units of every kind with their targets, members who
// registered over the last four weeks (most verified, a few still unverified, which do not count),
// small units that are listed but not ranked, and one live and one revoked invitation link.
// Deterministic: fixed codes, ids and tokens, a seeded random sequence; the dates are days before
// the day the seed runs, so the curve always ends today.
import type { PrismaClient } from '../../generated/prisma/client';
import { seedDay } from './consultations';

const DAY_MS = 86_400_000;

/** mulberry32, as the other demo seeds use. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'AGENCY' | 'WARD' | 'SCHOOL' | 'ORGANISATION' | 'ENTERPRISE' | 'ARMED_FORCES' | 'UNION';

/** code, name, kind, target, verified registrations in the demo. */
export const demoCampaignUnits: readonly [string, string, Kind, number, number][] = [
  ['VP-UBND', 'Văn phòng Ủy ban nhân dân Thành phố', 'AGENCY', 180, 171],
  ['SO-KHCN', 'Sở Khoa học và Công nghệ', 'AGENCY', 150, 138],
  ['SO-TP', 'Sở Tư pháp', 'AGENCY', 120, 84],
  ['SO-YT', 'Sở Y tế', 'AGENCY', 260, 143],
  ['SO-GDDT', 'Sở Giáo dục và Đào tạo', 'AGENCY', 220, 97],
  ['UBND-P-SAI-GON', 'Ủy ban nhân dân phường Sài Gòn', 'WARD', 90, 88],
  ['UBND-P-BEN-THANH', 'Ủy ban nhân dân phường Bến Thành', 'WARD', 85, 61],
  ['UBND-P-TAN-DINH', 'Ủy ban nhân dân phường Tân Định', 'WARD', 80, 47],
  ['UBND-X-CAN-GIO', 'Ủy ban nhân dân xã Cần Giờ', 'WARD', 60, 19],
  ['DHBK', 'Trường Đại học Bách khoa – ĐHQG TP.HCM', 'SCHOOL', 400, 212],
  ['THPT-LHP', 'Trường THPT chuyên Lê Hồng Phong', 'SCHOOL', 140, 126],
  ['THPT-NTMK', 'Trường THPT Nguyễn Thị Minh Khai', 'SCHOOL', 120, 58],
  ['THCS-LQD', 'Trường THCS Lê Quý Đôn', 'SCHOOL', 70, 3],
  ['DOAN-TN', 'Thành Đoàn Thành phố Hồ Chí Minh', 'UNION', 200, 188],
  ['HOI-PN', 'Hội Liên hiệp Phụ nữ Thành phố', 'UNION', 160, 102],
  ['BCH-QS', 'Bộ Chỉ huy Quân sự Thành phố', 'ARMED_FORCES', 150, 121],
  ['CA-TP', 'Công an Thành phố Hồ Chí Minh', 'ARMED_FORCES', 300, 264],
  ['MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố', 'ORGANISATION', 90, 52],
  ['HOI-CTD', 'Hội Chữ thập đỏ Thành phố', 'ORGANISATION', 40, 4],
  ['SAIGON-CO-OP', 'Liên hiệp Hợp tác xã Thương mại Thành phố (Saigon Co.op)', 'ENTERPRISE', 250, 76],
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Hoài', 'Gia'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
];

/** The demo's invitation tokens (printed in the README for trying the sign-up page). */
/** Members of the demo units: each unit's verified registrations plus a few not yet verified. */
const unverifiedOf = (verified: number) => Math.round(verified * 0.06) + 1;
export const DEMO_CAMPAIGN_MEMBER_COUNT = demoCampaignUnits.reduce(
  (n, [, , , , verified]) => n + verified + unverifiedOf(verified),
  0,
);

export const DEMO_INVITATION = 'demo-moi-doan-thanh-nien';
export const DEMO_REVOKED_INVITATION = 'demo-moi-da-thu-hoi-0001';

export async function seedDemoCampaign(db: PrismaClient, now = new Date()) {
  const today = seedDay(now);
  // createMany + updateMany rather than upsert: several test files seed one database at once.
  await db.campaignUnit.createMany({
    data: demoCampaignUnits.map(([code, name, kind, target]) => ({ code, name, kind, target })),
    skipDuplicates: true,
  });
  for (const [code, , kind, target] of demoCampaignUnits) {
    await db.campaignUnit.updateMany({ where: { code }, data: { kind, target } });
  }
  const units = new Map(
    (await db.campaignUnit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]),
  );
  if ((await db.user.count({ where: { email: { startsWith: 'thanhvien.' } } })) > 0) return;
  const rand = prng(13);
  const wards = (
    await db.administrativeUnit.findMany({ where: { level: 'WARD' }, select: { code: true }, orderBy: { code: 'asc' } })
  ).map((w) => w.code);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const rows = [];
  let n = 0;
  for (const [code, , , , verified] of demoCampaignUnits) {
    // Each unit also has a few members who have not verified their email yet: they do not count.
    const unverified = unverifiedOf(verified);
    for (let i = 0; i < verified + unverified; i++) {
      n++;
      // Registrations over 28 days, more of them as the campaign gathers pace.
      const daysAgo = Math.floor(28 * Math.pow(rand(), 1.6));
      const at = new Date(today.getTime() - daysAgo * DAY_MS + Math.floor(rand() * 14 + 7) * 3_600_000);
      const isVerified = i < verified;
      rows.push({
        id: `cdemomember${String(n).padStart(5, '0')}`,
        email: `thanhvien.${String(n).padStart(5, '0')}@congdanso.test`,
        name: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
        wardCode: wards.length ? pick(wards) : null,
        campaignUnitId: units.get(code) ?? null,
        emailVerified: isVerified ? new Date(at.getTime() + 20 * 60_000) : null,
        consentVersion: '2026-01',
        consentAt: at,
        createdAt: at,
      });
    }
  }
  await db.user.createMany({ data: rows, skipDuplicates: true });
  const doan = units.get('DOAN-TN');
  if (doan) {
    await db.campaignInvitation.createMany({
      data: [
        {
          id: 'cdemoinvite001',
          token: DEMO_INVITATION,
          unitId: doan,
          createdAt: new Date(today.getTime() - 27 * DAY_MS),
        },
        {
          id: 'cdemoinvite002',
          token: DEMO_REVOKED_INVITATION,
          unitId: doan,
          createdAt: new Date(today.getTime() - 28 * DAY_MS),
          revokedAt: new Date(today.getTime() - 27 * DAY_MS),
        },
      ],
      skipDuplicates: true,
    });
  }
}
