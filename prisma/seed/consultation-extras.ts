// Demo comments and the home page's quick poll (docs/decisions/024): comments turned on for the
// open pavement consultation with a few residents' comments (one reported), and one open quick
// poll placed on the home page with answers from demo respondents. Deterministic: fixed ids and
// texts, dates relative to the day the seed runs (as prisma/seed/consultations.ts).
import type { PrismaClient } from '../../generated/prisma/client';
import { seedDay } from './consultations';

const DAY_MS = 86_400_000;
export const HOME_POLL_SLUG = 'tham-do-uu-tien-mua-mua-2027';
const POLL_ID = 'cdemopoll000';
const COMMENTED = 'quy-dinh-su-dung-tam-thoi-via-he';

const pollOptions: [string, string, number][] = [
  ['Nạo vét cống, kênh thoát nước', 'Clearing drains and canals', 5],
  ['Sửa mặt đường hư hỏng', 'Repairing damaged roads', 3],
  ['Thêm cây xanh, bóng mát', 'More trees and shade', 2],
  ['Thêm đèn chiếu sáng', 'More street lighting', 1],
];

const comments: [string, number][] = [
  [
    'Vỉa hè trước chợ Bến Thành luôn kín xe máy, người đi bộ phải xuống lòng đường. Mong quy định có khung giờ rõ ràng và kiểm tra thường xuyên.',
    -4,
  ],
  ['Gia đình tôi bán hàng nhỏ trước nhà, mong thành phố cho đăng ký trực tuyến và thu phí hợp lý theo mét vuông.', -3],
  ['Nên chừa tối thiểu 1,5 m cho người đi bộ và người khuyết tật, có vạch sơn để dễ kiểm tra.', -2],
];

export async function seedConsultationExtras(db: PrismaClient, now = new Date()): Promise<void> {
  if (await db.consultation.findUnique({ where: { id: POLL_ID }, select: { id: true } })) return;
  const day = seedDay(now);
  const at = (days: number, hour = 0) => new Date(day.getTime() + days * DAY_MS + hour * 3_600_000);
  const residents = await db.user.findMany({
    where: { id: { startsWith: 'cdemoresident' } },
    orderBy: { id: 'asc' },
    select: { id: true, wardCode: true },
  });

  // Comments on the open pavement consultation.
  const pavement = await db.consultation.findUnique({ where: { slug: COMMENTED }, select: { id: true } });
  if (pavement && residents.length >= comments.length + 1) {
    await db.consultation.update({ where: { id: pavement.id }, data: { commentsEnabled: true } });
    for (const [i, [body, days]] of comments.entries()) {
      await db.consultationComment.create({
        data: {
          id: `cdemocomment${String(i).padStart(3, '0')}`,
          consultationId: pavement.id,
          authorId: residents[i * 7]!.id,
          body,
          createdAt: at(days, 9 + i),
        },
      });
    }
    await db.consultationCommentReport.create({
      data: {
        commentId: 'cdemocomment001',
        userId: residents[1]!.id,
        reason: 'Quảng cáo',
        createdAt: at(-2, 20),
      },
    });
  }

  // The home page's quick poll, open for four weeks, results shown to those who answered.
  await db.consultation.create({
    data: {
      id: POLL_ID,
      slug: HOME_POLL_SLUG,
      kind: 'POLL',
      placement: 'home',
      titleVi: 'Thăm dò nhanh: ưu tiên trước mùa mưa 2027',
      titleEn: 'Quick poll: priorities before the 2027 rainy season',
      summaryVi: 'Một câu hỏi, một lần chạm: thành phố nên ưu tiên việc gì trước mùa mưa năm 2027?',
      summaryEn: 'One question, one tap: what should the city do first before the 2027 rainy season?',
      bodyVi:
        'Sở Xây dựng lập kế hoạch duy tu trước mùa mưa năm 2027. Kết quả thăm dò giúp sắp xếp thứ tự các hạng mục; đây không phải là biểu quyết.',
      bodyEn:
        'The Department of Construction is planning maintenance before the 2027 rainy season. The poll helps put the work in order; it is not a vote.',
      topic: 'environment',
      opensAt: at(-3, 8),
      closesAt: at(25, 23),
      resultsRule: 'AFTER_ANSWER',
      status: 'PUBLISHED',
      questions: {
        create: {
          id: 'cdemopollquestion000',
          position: 1,
          kind: 'SINGLE',
          textVi: 'Thành phố nên ưu tiên việc gì trước mùa mưa 2027?',
          textEn: 'What should the city do first before the 2027 rainy season?',
          options: {
            create: pollOptions.map(([textVi, textEn], i) => ({
              id: `cdemopolloption00${i}`,
              position: i + 1,
              textVi,
              textEn,
            })),
          },
        },
      },
    },
  });
  // Answers: residents in turn, leaning by the weights, so the numbers mean something once shown.
  const turns = pollOptions.flatMap(([, , weight], i) => Array.from({ length: weight }, () => i));
  const respondents = residents.slice(0, 60);
  await db.consultationResponse.createMany({
    data: respondents.map((r, i) => ({
      id: `cdemopollresponse${String(i).padStart(3, '0')}`,
      consultationId: POLL_ID,
      userId: r.id,
      wardCode: r.wardCode,
      receiptCode: `YK-POLL-${String(i).padStart(4, '0')}`,
      createdAt: at(-3 + (i % 3), 9 + (i % 10)),
      updatedAt: at(-3 + (i % 3), 9 + (i % 10)),
    })),
  });
  await db.consultationAnswer.createMany({
    data: respondents.map((_, i) => ({
      responseId: `cdemopollresponse${String(i).padStart(3, '0')}`,
      questionId: 'cdemopollquestion000',
      optionId: `cdemopolloption00${turns[i % turns.length]}`,
    })),
  });
}
