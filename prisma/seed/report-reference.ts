// Reference data of citizen reports: categories (each routed to a default agency) and public holidays.
import type { PrismaClient } from '../../generated/prisma/client';

export const reportCategories = [
  {
    code: 'giao-thong',
    nameVi: 'Giao thông',
    nameEn: 'Traffic and roads',
    agency: 'SO-XD',
    descriptionVi: 'Hư hỏng mặt đường, ổ gà, đèn tín hiệu, biển báo, ùn tắc, vỉa hè bị chiếm dụng.',
    descriptionEn: 'Damaged roads, potholes, traffic lights, signs, congestion, blocked pavements.',
  },
  {
    code: 'moi-truong',
    nameVi: 'Môi trường',
    nameEn: 'Environment',
    agency: 'SO-NNMT',
    descriptionVi: 'Rác thải, ngập nước, kênh rạch ô nhiễm, tiếng ồn, khói bụi, cây xanh gãy đổ.',
    descriptionEn: 'Rubbish, flooding, polluted canals, noise, smoke and dust, fallen trees.',
  },
  {
    code: 'trat-tu-do-thi',
    nameVi: 'Trật tự đô thị',
    nameEn: 'Urban order',
    agency: 'SO-XD',
    descriptionVi: 'Lấn chiếm lòng lề đường, quảng cáo sai quy định, buôn bán tự phát.',
    descriptionEn: 'Encroachment on streets and pavements, illegal advertising, street trading.',
  },
  {
    code: 'xay-dung',
    nameVi: 'Xây dựng',
    nameEn: 'Construction',
    agency: 'SO-XD',
    descriptionVi: 'Xây dựng không phép, sai phép, công trình gây mất an toàn.',
    descriptionEn: 'Building without or against a permit, unsafe construction sites.',
  },
  {
    code: 'dien-nuoc-chieu-sang',
    nameVi: 'Điện – nước – chiếu sáng',
    nameEn: 'Electricity, water and street lighting',
    agency: 'SO-CT',
    descriptionVi: 'Mất điện, mất nước, rò rỉ ống nước, đèn đường hỏng.',
    descriptionEn: 'Power cuts, water cuts, leaking pipes, broken street lights.',
  },
  {
    code: 'an-ninh-trat-tu',
    nameVi: 'An ninh trật tự',
    nameEn: 'Public security',
    agency: 'CA-TP',
    descriptionVi: 'Tụ tập gây rối, trộm cắp, đua xe, mất an ninh khu dân cư.',
    descriptionEn: 'Disturbances, theft, street racing, unsafe neighbourhoods.',
  },
  {
    code: 'y-te',
    nameVi: 'Y tế',
    nameEn: 'Health',
    agency: 'SO-YT',
    descriptionVi: 'An toàn thực phẩm, dịch bệnh, chất lượng khám chữa bệnh.',
    descriptionEn: 'Food safety, outbreaks, quality of medical care.',
  },
  {
    code: 'giao-duc',
    nameVi: 'Giáo dục',
    nameEn: 'Education',
    agency: 'SO-GDDT',
    descriptionVi: 'Trường lớp, tuyển sinh, thu chi, an toàn trường học.',
    descriptionEn: 'Schools, admissions, fees, school safety.',
  },
  {
    code: 'hanh-chinh-cong',
    nameVi: 'Hành chính công',
    nameEn: 'Public administration',
    agency: 'SO-NV',
    descriptionVi: 'Hồ sơ trễ hẹn, thái độ phục vụ, thủ tục rườm rà.',
    descriptionEn: 'Late applications, staff conduct, needless paperwork.',
  },
  {
    code: 'khac',
    nameVi: 'Khác',
    nameEn: 'Other',
    agency: 'VP-UBND',
    descriptionVi: 'Các vấn đề khác.',
    descriptionEn: 'Anything else.',
  },
] as const;

// Public holidays of 2026 and the fixed-date ones of 2027 (Labour Code art. 112 and the
// government's announcements). Lunar-calendar days of 2027 (Tết) are added once announced.
export const publicHolidays: { date: string; nameVi: string; nameEn: string }[] = [
  { date: '2026-01-01', nameVi: 'Tết Dương lịch', nameEn: 'New Year’s Day' },
  ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((date) => ({
    date,
    nameVi: 'Tết Nguyên đán',
    nameEn: 'Lunar New Year',
  })),
  { date: '2026-04-27', nameVi: 'Giỗ Tổ Hùng Vương (nghỉ bù)', nameEn: 'Hùng Kings’ Commemoration (in lieu)' },
  { date: '2026-04-30', nameVi: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
  { date: '2026-05-01', nameVi: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day' },
  { date: '2026-09-01', nameVi: 'Quốc khánh', nameEn: 'National Day' },
  { date: '2026-09-02', nameVi: 'Quốc khánh', nameEn: 'National Day' },
  { date: '2027-01-01', nameVi: 'Tết Dương lịch', nameEn: 'New Year’s Day' },
  { date: '2027-04-16', nameVi: 'Giỗ Tổ Hùng Vương', nameEn: 'Hùng Kings’ Commemoration' },
  { date: '2027-04-30', nameVi: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
  { date: '2027-05-01', nameVi: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day' },
  { date: '2027-09-02', nameVi: 'Quốc khánh', nameEn: 'National Day' },
];

export async function seedFeedbackReference(db: PrismaClient): Promise<void> {
  const agencyIds = new Map(
    (await db.agency.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]),
  );
  for (const [i, c] of reportCategories.entries()) {
    const { agency, ...rest } = c;
    const defaultAgencyId = agencyIds.get(agency);
    if (!defaultAgencyId) throw new Error(`Unknown agency ${agency} for category ${c.code}`);
    await db.reportCategory.upsert({
      where: { code: c.code },
      update: {},
      create: { ...rest, sortOrder: i, defaultAgencyId },
    });
  }
  await db.publicHoliday.createMany({
    data: publicHolidays.map((h) => ({ ...h, date: new Date(`${h.date}T00:00:00Z`) })),
    skipDuplicates: true,
  });
}
