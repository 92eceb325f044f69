// Demo citizen reports: about 120 reports from the demo residents across every category, sample
// ward and status, with their history, followers and a few illustrative photos. Deterministic:
// fixed dates between 3 Sep and 25 Nov 2026 and a seeded random sequence, so the demo and the
// browser tests see the same data every time.
import path from 'node:path';
import type { Prisma, PrismaClient, ReportEventKind, ReportStatus } from '../../generated/prisma/client';
import { addWorkingDays, cityDay, workingDaysBetween } from '../../lib/reports/deadline';
import { displayKey, thumbKey } from '../../lib/reports/photo-keys';
import { LocalStorage } from '../../server/storage/local';
import { getStorage, type PhotoStorage } from '../../server/storage';
import { publicHolidays, reportCategories } from './report-reference';
import { DISPLAY, photoAlt, renderDemoPhoto, THUMB, type DemoPhotoKind } from './report-photos';
import { demoWards, notSatisfiedReasons, rejectReasons, templates } from './report-texts';

export const DEMO_REPORT_COUNT = 120;
/** The demo's "today": reports span the twelve weeks before it. */
export const DEMO_NOW = new Date('2026-11-25T17:00:00+07:00');
const FIRST_DAY = Date.parse('2026-09-03T00:00:00+07:00');
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const holidays = new Set(publicHolidays.map((h) => h.date));

/** mulberry32: a small seeded generator, so every run draws the same numbers. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}

const categoryCounts: Record<string, number> = {
  'giao-thong': 24,
  'moi-truong': 22,
  'trat-tu-do-thi': 14,
  'xay-dung': 10,
  'dien-nuoc-chieu-sang': 16,
  'an-ninh-trat-tu': 10,
  'y-te': 4,
  'giao-duc': 6,
  'hanh-chinh-cong': 8,
  khac: 6,
};

/** Working days an agency usually takes to answer (drawn from). */
const answerDays: Record<string, number[]> = {
  'SO-XD': [2, 3, 4, 5, 5, 6, 7, 9],
  'SO-NNMT': [1, 2, 3, 3, 4, 5, 6],
  'SO-CT': [1, 1, 2, 3, 4, 6],
  'CA-TP': [1, 2, 2, 3, 5],
  'SO-GDDT': [2, 3, 4, 5],
  'SO-NV': [3, 4, 5, 7, 9],
  'VP-UBND': [2, 3, 4],
  'SO-YT': [1, 2, 3],
  'UBND-P-SAI-GON': [1, 2, 3],
};

const id = (kind: string, n: number) => `cdemo${kind}${String(n).padStart(20 - kind.length, '0')}`;
const ddmmyyyy = (d: Date) => cityDay(d).split('-').reverse().join('/');

/** A time on the k-th working day after `from` (k = 0: a few hours later the same day). */
function onWorkingDay(from: Date, k: number, hour: number, minute: number): Date {
  if (k <= 0) return new Date(from.getTime() + Math.max(1, hour - 7) * HOUR_MS);
  const day = cityDay(addWorkingDays(from, k, holidays));
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`);
}

type EventRow = Prisma.ReportEventCreateManyInput;

/** Storage for the seed: the configured one, or local disk when the portal's settings are not loaded. */
function seedStorage(): PhotoStorage {
  try {
    return getStorage();
  } catch {
    return new LocalStorage(path.resolve(process.env.STORAGE_DIR || '.data/uploads'));
  }
}

export async function seedDemoReports(db: PrismaClient, storage: PhotoStorage = seedStorage()): Promise<number> {
  if ((await db.report.count({ where: { source: 'DEMO' } })) > 0) return 0;
  const users = new Map(
    (
      await db.user.findMany({
        where: {
          email: {
            in: [
              'congdan@congdanso.test',
              'congdan2@congdanso.test',
              'canbo@congdanso.test',
              'canbo.phuong@congdanso.test',
              'quantri@congdanso.test',
            ],
          },
        },
        select: { id: true, email: true },
      })
    ).map((u) => [u.email!, u.id]),
  );
  const citizen1 = users.get('congdan@congdanso.test');
  const citizen2 = users.get('congdan2@congdanso.test');
  if (!citizen1 || !citizen2) return 0;
  const agencyIds = new Map(
    (await db.agency.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]),
  );
  const agencyOf = new Map<string, string>(reportCategories.map((c) => [c.code, c.agency]));
  const actorFor = (agency: string) =>
    agency === 'SO-XD'
      ? users.get('canbo@congdanso.test')
      : agency === 'UBND-P-SAI-GON'
        ? users.get('canbo.phuong@congdanso.test')
        : users.get('quantri@congdanso.test');

  const rng = prng(20260901);
  const categories = Object.entries(categoryCounts).flatMap(([code, n]) => Array.from({ length: n }, () => code));
  for (let i = categories.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [categories[i], categories[j]] = [categories[j]!, categories[i]!];
  }
  const wardPool = demoWards.flatMap((w) => Array.from({ length: w.weight }, () => w));
  const templateTurn = new Map<string, number>();

  const seqRows = await db.$queryRaw<
    { n: bigint }[]
  >`SELECT nextval('report_number_seq') AS n FROM generate_series(1, ${DEMO_REPORT_COUNT}::int)`;
  const numbers = seqRows.map((r) => Number(r.n)).sort((a, b) => a - b);

  const reports: Prisma.ReportCreateManyInput[] = [];
  const events: EventRow[] = [];
  const followers: Prisma.ReportFollowerCreateManyInput[] = [];
  const answerEventOf = new Map<string, string>();
  const photoKindOf = new Map<string, DemoPhotoKind>();
  let eventNo = 0;
  let reassigned = 0;
  let notSatisfied = 0;
  const privateAt = new Set([12, 33, 66, 95]);
  const HIDDEN_AT = 57;
  const DUPLICATE = { original: 44, copy: 46 };

  const picked: {
    category: string;
    template: number;
    ward: (typeof demoWards)[number];
    street: string;
    num: number;
  }[] = [];
  for (let i = 0; i < DEMO_REPORT_COUNT; i++) {
    const category = categories[i]!;
    const turn = templateTurn.get(category) ?? 0;
    templateTurn.set(category, turn + 1);
    let ward = rng.pick(wardPool);
    // A few urban-order reports in Sài Gòn ward go to the ward's own committee.
    if (category === 'trat-tu-do-thi' && reassigned < 3 && i > 10) {
      ward = demoWards[0]!;
      reassigned++;
    }
    picked.push({
      category,
      template: turn % templates[category]!.length,
      ward,
      street: rng.pick(ward.streets),
      num: rng.int(2, 480),
    });
  }
  // The duplicate pair: the same problem at the same place, reported twice.
  picked[DUPLICATE.copy] = { ...picked[DUPLICATE.original]!, num: picked[DUPLICATE.original]!.num + 2 };

  // Creation times in order, so tracking codes follow them.
  const createdTimes = Array.from(
    { length: DEMO_REPORT_COUNT },
    (_, i) =>
      FIRST_DAY +
      Math.floor((i * 84) / DEMO_REPORT_COUNT) * DAY_MS +
      rng.int(6, 21) * HOUR_MS +
      rng.int(0, 59) * 60_000,
  )
    .sort((a, b) => a - b)
    .map((ms) => new Date(ms));

  for (let i = 0; i < DEMO_REPORT_COUNT; i++) {
    const p = picked[i]!;
    const t = templates[p.category]![p.template]!;
    const reportId = id('report', i + 1);
    const code = `PA-2026-${String(numbers[i]).padStart(6, '0')}`;
    let created = createdTimes[i]!;
    if (i === DUPLICATE.copy)
      created = new Date((reports[DUPLICATE.original]!.createdAt as Date).getTime() + 26 * HOUR_MS);
    const fill = (s: string, at?: Date) =>
      s.replaceAll('{street}', p.street).replaceAll('{date}', at ? ddmmyyyy(at) : '');
    let agencyCode = agencyOf.get(p.category)!;
    const categoryAgency = agencyCode;
    const dueAt = addWorkingDays(created, 5, holidays);
    const age = workingDaysBetween(created, DEMO_NOW, holidays);
    const author = i % 3 === 2 ? citizen2 : citizen1;
    const isPublic = !privateAt.has(i);
    const jitter = () => (rng.next() - 0.5) * 0.012;

    const ev = (kind: ReportEventKind, at: Date, extra: Partial<EventRow> = {}) => {
      const eid = id('event', ++eventNo);
      events.push({
        id: eid,
        reportId,
        kind,
        createdAt: at,
        agencyId: agencyIds.get(agencyCode)!,
        actorId: kind === 'CREATED' || kind === 'RATED' ? null : actorFor(agencyCode),
        note: '',
        ...extra,
      });
      return eid;
    };
    ev('CREATED', created, { status: 'RECEIVED', agencyId: agencyIds.get(categoryAgency)! });
    if (p.ward.code === 'mau-phuong-sai-gon' && p.category === 'trat-tu-do-thi') {
      agencyCode = 'UBND-P-SAI-GON';
      ev('ASSIGNED', new Date(created.getTime() + 2 * HOUR_MS), {
        actorId: users.get('quantri@congdanso.test'),
        note: 'Chuyển Ủy ban nhân dân phường Sài Gòn xử lý theo địa bàn.',
      });
    }

    let status: ReportStatus = 'RECEIVED';
    let answeredAt: Date | null = null;
    let closedAt: Date | null = null;
    let committedAt: Date | null = null;
    let rating: 'SATISFIED' | 'NOT_SATISFIED' | null = null;
    let ratingReason: string | null = null;
    let ratedAt: Date | null = null;
    let duplicateOfId: string | null = null;
    let last = created;
    const r = rng.next();

    if (i === DUPLICATE.copy) {
      status = 'DUPLICATE';
      duplicateOfId = id('report', DUPLICATE.original + 1);
      closedAt = new Date(created.getTime() + 3 * HOUR_MS);
      last = closedAt;
      ev('MERGED', closedAt, {
        status: 'DUPLICATE',
        note: `Phản ánh trùng nội dung và địa điểm với phản ánh ${reports[DUPLICATE.original]!.code}. Kết quả xử lý sẽ được cập nhật tại phản ánh đó.`,
      });
    } else {
      // Older reports are mostly answered; the newest are mostly waiting.
      const answerChance = age >= 8 ? 0.8 : age >= 3 ? 0.5 : 0.2;
      const k = Math.min(rng.pick(answerDays[agencyCode]!), Math.max(0, age - 1));
      const startAt = onWorkingDay(created, Math.min(1, k), rng.int(8, 10), rng.int(0, 59));
      if (r < answerChance && age >= 1) {
        const rejected = r < answerChance * 0.1;
        answeredAt = onWorkingDay(created, k, rng.int(9, 16), rng.int(0, 59));
        if (answeredAt <= startAt) answeredAt = new Date(startAt.getTime() + 3 * HOUR_MS);
        if (!rejected) ev('STATUS_CHANGED', startAt, { status: 'IN_PROGRESS', note: t.progress });
        if (k > 5 && rng.next() < 0.5) {
          // Needs longer than five working days: a progress update commits to a date.
          committedAt = addWorkingDays(created, k + 1, holidays);
          ev('PROGRESS_UPDATE', onWorkingDay(created, 4, 15, 30), {
            status: 'IN_PROGRESS',
            committedDate: committedAt,
            note: `Vụ việc cần thêm thời gian để phối hợp với các đơn vị liên quan. Dự kiến hoàn thành trước ngày ${ddmmyyyy(committedAt)}.`,
          });
        }
        status = rejected ? 'REJECTED' : 'RESOLVED';
        closedAt = answeredAt;
        const answerId = ev('ANSWERED', answeredAt, {
          status,
          note: rejected ? rng.pick(rejectReasons) : fill(t.answer, answeredAt),
        });
        answerEventOf.set(reportId, answerId);
        last = answeredAt;
        if (!rejected && age - k >= 2 && rng.next() < 0.5) {
          ratedAt = new Date(answeredAt.getTime() + rng.int(5, 40) * HOUR_MS);
          if (notSatisfied < 2 && i > 20 && k <= 5) {
            notSatisfied++;
            rating = 'NOT_SATISFIED';
            ratingReason = notSatisfiedReasons[notSatisfied - 1]!;
            ev('RATED', ratedAt, { note: ratingReason });
            ev('REOPENED', new Date(ratedAt.getTime() + 60_000), {
              status: 'IN_PROGRESS',
              actorId: null,
              note: ratingReason,
            });
            status = 'IN_PROGRESS';
            closedAt = null;
            last = ratedAt;
            if (notSatisfied === 1) {
              const again = onWorkingDay(ratedAt, 3, 10, 15);
              status = 'RESOLVED';
              closedAt = again;
              last = again;
              ev('ANSWERED', again, {
                status,
                note: `Ngày ${ddmmyyyy(again)}, đơn vị đã kiểm tra lại và sửa chữa triệt để, đồng thời giao tổ dân phố theo dõi. Xin cảm ơn ý kiến của ông/bà.`,
              });
            }
          } else {
            rating = 'SATISFIED';
            ev('RATED', ratedAt, {});
            last = ratedAt;
          }
        }
      } else if (r < answerChance + (1 - answerChance) * 0.55 && age >= 1) {
        status = 'IN_PROGRESS';
        ev('STATUS_CHANGED', startAt, { status: 'IN_PROGRESS', note: t.progress });
        last = startAt;
        if (age >= 4 && rng.next() < 0.5) {
          committedAt = addWorkingDays(created, rng.pick([10, 15, 20, 25]), holidays);
          last = onWorkingDay(created, 4, 16, 0);
          ev('PROGRESS_UPDATE', last, {
            status: 'IN_PROGRESS',
            committedDate: committedAt,
            note: `Đơn vị đang phối hợp xử lý, cần thêm thời gian khảo sát và bố trí kinh phí. Dự kiến có kết quả trước ngày ${ddmmyyyy(committedAt)}.`,
          });
        }
      }
    }

    let hiddenAt: Date | null = null;
    let hiddenReason: string | null = null;
    if (i === HIDDEN_AT) {
      hiddenAt = new Date(created.getTime() + 4 * HOUR_MS);
      hiddenReason = 'Phản ánh nêu họ tên và số điện thoại của người khác.';
      ev('HIDDEN', hiddenAt, { internal: true, actorId: users.get('quantri@congdanso.test'), note: hiddenReason });
      if (hiddenAt > last) last = hiddenAt;
    }

    reports.push({
      id: reportId,
      code,
      source: 'DEMO',
      authorId: author,
      categoryCode: p.category,
      agencyId: agencyIds.get(agencyCode)!,
      title: fill(t.title),
      description: fill(t.description),
      wardCode: p.ward.code,
      address: `${p.num} ${p.street}`,
      lat: Math.round((p.ward.lat + jitter()) * 1e6) / 1e6,
      lng: Math.round((p.ward.lng + jitter()) * 1e6) / 1e6,
      isPublic,
      hideAuthorName: i % 9 === 4,
      status,
      dueAt,
      committedAt,
      answeredAt,
      closedAt,
      duplicateOfId,
      rating,
      ratingReason,
      ratedAt,
      hiddenAt,
      hiddenReason,
      createdAt: created,
      updatedAt: last,
    });
    if (t.photo && isPublic && !hiddenAt && i !== DUPLICATE.copy) photoKindOf.set(reportId, t.photo);
    if (isPublic && !hiddenAt && i % 4 === 1) {
      followers.push({
        reportId,
        userId: author === citizen1 ? citizen2 : citizen1,
        createdAt: new Date(created.getTime() + 20 * HOUR_MS),
      });
    }
  }

  // Photos: the first two reports of each illustrated problem, and the repaired road as an answer photo.
  const photoRows: Prisma.ReportPhotoCreateManyInput[] = [];
  const seen = new Map<DemoPhotoKind, number>();
  for (const [reportId, kind] of photoKindOf) {
    const count = seen.get(kind) ?? 0;
    if (count >= 2) continue;
    seen.set(kind, count + 1);
    photoRows.push(photoRow(reportId, kind, photoRows.length + 1, null));
    const answer = answerEventOf.get(reportId);
    if (kind === 'pothole' && count === 0 && answer)
      photoRows.push(photoRow(reportId, 'pothole-fixed', photoRows.length + 1, answer));
  }
  function photoRow(
    reportId: string,
    kind: DemoPhotoKind,
    n: number,
    eventId: string | null,
  ): Prisma.ReportPhotoCreateManyInput & { kind: DemoPhotoKind } {
    const report = reports.find((x) => x.id === reportId)!;
    const at = eventId ? (events.find((e) => e.id === eventId)!.createdAt as Date) : (report.createdAt as Date);
    const photoId = id('photo', n);
    const [y, m] = cityDay(at).split('-');
    return {
      kind,
      id: photoId,
      reportId,
      eventId,
      storageKey: `reports/${y}/${m}/${photoId}`,
      width: DISPLAY.width,
      height: DISPLAY.height,
      thumbWidth: THUMB.width,
      thumbHeight: THUMB.height,
      bytes: 0,
      altText: photoAlt[kind],
      position: 0,
      promotedAt: at,
      createdAt: at,
    };
  }
  const rendered = new Map<DemoPhotoKind, { display: Buffer; thumb: Buffer }>();
  for (const row of photoRows as (Prisma.ReportPhotoCreateManyInput & { kind: DemoPhotoKind })[]) {
    if (!rendered.has(row.kind)) rendered.set(row.kind, await renderDemoPhoto(row.kind));
    const { display, thumb } = rendered.get(row.kind)!;
    row.bytes = display.length;
    await storage.putTemp(displayKey(row.storageKey), display, 'image/webp');
    await storage.putTemp(thumbKey(row.storageKey), thumb, 'image/webp');
  }

  await db.$transaction(
    async (tx) => {
      await tx.report.createMany({ data: reports });
      await tx.$executeRaw`UPDATE "Report" SET "searchTitle" = lower(public.f_unaccent(title)) WHERE source = 'DEMO'`;
      await tx.reportEvent.createMany({ data: events });
      await tx.reportFollower.createMany({ data: followers });
      await tx.reportPhoto.createMany({
        data: photoRows.map(
          ({ kind: _kind, ...row }: Prisma.ReportPhotoCreateManyInput & { kind?: DemoPhotoKind }) => row,
        ),
      });
    },
    { timeout: 30_000 },
  );
  for (const row of photoRows) {
    await storage.promote(displayKey(row.storageKey));
    await storage.promote(thumbKey(row.storageKey));
  }
  return reports.length;
}
