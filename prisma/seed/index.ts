// One seed factory for the demo and the tests: `seed(db)` fills an empty database.
import type { PrismaClient } from '../../generated/prisma/client';
import { hashPassword } from '../../server/password';
import { agencies, campaignUnits, CITY_CODE, demoUsers, sampleUnits } from './data';
import { allProcedures } from './procedures/all';
import { seedProcedures } from './procedures/load';
import { seedFeedbackReference } from './report-reference';
import { seedCannedAnswers } from './canned-answers';
import { seedDemoReports } from './reports';
import { seedDemoConsultations } from './consultations';
import { seedConsultationExtras } from './consultation-extras';
import { seedDemoNews } from './news';
import { seedDemoPlaces } from './services';
import { seedDemoAlerts } from './alerts';
import { seedDemoCampaign } from './campaign';

export async function isEmpty(db: PrismaClient): Promise<boolean> {
  const [users, units] = await Promise.all([db.user.count(), db.administrativeUnit.count()]);
  return users === 0 && units === 0;
}

export async function seed(db: PrismaClient): Promise<{ users: number }> {
  await db.administrativeUnit.upsert({
    where: { code: CITY_CODE },
    update: {},
    create: {
      code: CITY_CODE,
      name: 'Thành phố Hồ Chí Minh',
      nameEn: 'Ho Chi Minh City',
      level: 'CITY',
      source: 'SAMPLE',
    },
  });
  await db.administrativeUnit.createMany({
    data: sampleUnits.map((u) => ({ ...u, parentCode: CITY_CODE, source: 'SAMPLE' as const })),
    skipDuplicates: true,
  });
  await db.agency.createMany({ data: [...agencies], skipDuplicates: true });
  await db.campaignUnit.createMany({ data: campaignUnits.map((u) => ({ ...u })), skipDuplicates: true });

  const agencyIds = new Map(
    (await db.agency.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]),
  );
  const unitIds = new Map(
    (await db.campaignUnit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]),
  );
  const verifiedAt = new Date('2026-01-12T08:00:00+07:00');
  for (const u of demoUsers) {
    await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        name: u.name,
        passwordHash: await hashPassword(u.password),
        role: u.role,
        agencyId: u.agency ? (agencyIds.get(u.agency) ?? null) : null,
        wardCode: u.ward,
        campaignUnitId: 'unit' in u ? (unitIds.get(u.unit) ?? null) : null,
        emailVerified: verifiedAt,
        consentVersion: '2026-01',
        consentAt: verifiedAt,
        createdAt: verifiedAt,
      },
    });
  }
  await seedDemoNews(db);
  await seedProcedures(db, allProcedures);
  await seedFeedbackReference(db);
  await seedCannedAnswers(db);
  await seedDemoReports(db);
  await seedDemoConsultations(db);
  await seedConsultationExtras(db);
  await seedDemoPlaces(db);
  await seedDemoAlerts(db);
  await seedDemoCampaign(db);
  return { users: demoUsers.length };
}
