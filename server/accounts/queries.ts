import 'server-only';
import { db } from '../db';

/** What the account page shows of the signed-in person: their profile, role and agency, never the password hash. */
export async function accountSummary(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      phone: true,
      wardCode: true,
      campaignUnitId: true,
      role: true,
      agency: { select: { nameVi: true, nameEn: true } },
    },
  });
}
