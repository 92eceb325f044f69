import 'server-only';
import type { Prisma, ReportStatus } from '@/generated/prisma/client';
import { db } from '@/server/db';
import { env } from '@/server/env';
import { answerDeadline } from '@/server/reports/calendar';
import { nextReportCode } from '@/server/reports/codes';
import {
  OPEN311_MAX_RESULTS,
  requestRange,
  titleFromDescription,
  type CreateRequestBody,
  type RequestsQuery,
} from '@/lib/validation/open311/requests';
import { isoCity } from './format';
import { localized, placeName } from '@/lib/i18n/localized';

// Open311 GeoReport v2 over the portal's reports: services are report categories, service
// requests are public reports (a private or hidden report never appears), identified by their
// tracking code.

type Locale = 'vi' | 'en';

const OPEN: ReportStatus[] = ['RECEIVED', 'IN_PROGRESS'];
const CLOSED: ReportStatus[] = ['RESOLVED', 'REJECTED', 'DUPLICATE'];

/** Search words and a group for each category (services.json "keywords" and "group"). */
const serviceExtras: Record<string, { keywords: { vi: string; en: string }; group: { vi: string; en: string } }> = {
  'giao-thong': {
    keywords: {
      vi: 'ổ gà, mặt đường, đèn tín hiệu, biển báo, ùn tắc',
      en: 'pothole, road, traffic light, sign, congestion',
    },
    group: { vi: 'Hạ tầng đô thị', en: 'Urban infrastructure' },
  },
  'moi-truong': {
    keywords: { vi: 'rác, ngập nước, ô nhiễm, tiếng ồn, cây xanh', en: 'rubbish, flooding, pollution, noise, trees' },
    group: { vi: 'Môi trường', en: 'Environment' },
  },
  'trat-tu-do-thi': {
    keywords: { vi: 'lấn chiếm vỉa hè, quảng cáo, buôn bán', en: 'pavement, advertising, street trading' },
    group: { vi: 'Trật tự, an ninh', en: 'Order and safety' },
  },
  'xay-dung': {
    keywords: { vi: 'xây dựng không phép, sai phép, công trình', en: 'unpermitted building, construction site' },
    group: { vi: 'Hạ tầng đô thị', en: 'Urban infrastructure' },
  },
  'dien-nuoc-chieu-sang': {
    keywords: { vi: 'mất điện, mất nước, đèn đường, ống nước', en: 'power cut, water cut, street light, pipe' },
    group: { vi: 'Hạ tầng đô thị', en: 'Urban infrastructure' },
  },
  'an-ninh-trat-tu': {
    keywords: { vi: 'trộm cắp, đua xe, gây rối', en: 'theft, street racing, disturbance' },
    group: { vi: 'Trật tự, an ninh', en: 'Order and safety' },
  },
  'y-te': {
    keywords: { vi: 'an toàn thực phẩm, dịch bệnh, khám chữa bệnh', en: 'food safety, outbreak, medical care' },
    group: { vi: 'Dịch vụ công', en: 'Public services' },
  },
  'giao-duc': {
    keywords: { vi: 'trường học, tuyển sinh, học phí', en: 'school, admissions, fees' },
    group: { vi: 'Dịch vụ công', en: 'Public services' },
  },
  'hanh-chinh-cong': {
    keywords: { vi: 'hồ sơ trễ hẹn, thủ tục, thái độ phục vụ', en: 'late application, procedure, staff conduct' },
    group: { vi: 'Dịch vụ công', en: 'Public services' },
  },
};
const otherExtras = { keywords: { vi: 'khác', en: 'other' }, group: { vi: 'Khác', en: 'Other' } };

export async function listServices(locale: Locale) {
  const rows = await db.reportCategory.findMany({
    orderBy: { sortOrder: 'asc' },
    select: { code: true, nameVi: true, nameEn: true, descriptionVi: true, descriptionEn: true },
  });
  return rows.map((c) => {
    const extra = serviceExtras[c.code] ?? otherExtras;
    return {
      service_code: c.code,
      service_name: localized(c, 'name', locale),
      description: localized(c, 'description', locale),
      metadata: false,
      type: 'realtime',
      keywords: extra.keywords[locale],
      group: extra.group[locale],
    };
  });
}

/** A service definition: no category asks for extra attributes. Null when unknown. */
export async function serviceDefinition(code: string) {
  const row = await db.reportCategory.findUnique({ where: { code }, select: { code: true } });
  return row ? { service_code: row.code, attributes: [] as never[] } : null;
}

const requestSelect = {
  id: true,
  code: true,
  status: true,
  categoryCode: true,
  description: true,
  address: true,
  lat: true,
  lng: true,
  createdAt: true,
  updatedAt: true,
  dueAt: true,
  committedAt: true,
  category: { select: { nameVi: true, nameEn: true } },
  agency: { select: { nameVi: true, nameEn: true } },
  ward: { select: { name: true, nameEn: true } },
  events: {
    where: { internal: false, note: { not: '' } },
    orderBy: { createdAt: 'desc' },
    take: 1,
    select: { note: true },
  },
  photos: {
    where: { hiddenAt: null, promotedAt: { not: null }, eventId: null },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    take: 1,
    select: { id: true },
  },
} satisfies Prisma.ReportSelect;

type RequestRow = Prisma.ReportGetPayload<{ select: typeof requestSelect }>;

/** Only these reports are ever visible through Open311. */
const visible = { isPublic: true, hiddenAt: null } satisfies Prisma.ReportWhereInput;

function serviceNotice(locale: Locale, agency: string, due: Date): string {
  const day = isoCity(due)!.slice(0, 10).split('-').reverse().join('/');
  return locale === 'vi'
    ? `Phản ánh được chuyển đến ${agency}; thời hạn trả lời: ${day} (5 ngày làm việc).`
    : `Sent to ${agency}; answer due by ${day} (5 working days).`;
}

function toServiceRequest(r: RequestRow, locale: Locale) {
  const base = env().PUBLIC_URL;
  const agency = localized(r.agency, 'name', locale);
  const ward = r.ward ? placeName(r.ward, locale) : null;
  const expected = r.committedAt ?? r.dueAt;
  return {
    service_request_id: r.code,
    status: OPEN.includes(r.status) ? 'open' : 'closed',
    status_notes: r.events[0]?.note ?? null,
    service_name: localized(r.category, 'name', locale),
    service_code: r.categoryCode,
    description: r.description,
    agency_responsible: agency,
    service_notice: serviceNotice(locale, agency, expected),
    requested_datetime: isoCity(r.createdAt),
    updated_datetime: isoCity(r.updatedAt),
    expected_datetime: isoCity(expected),
    address: [r.address, ward].filter(Boolean).join(', ') || null,
    address_id: null,
    zipcode: null,
    lat: r.lat,
    long: r.lng,
    media_url: r.photos[0] ? new URL(`/api/feedback/photos/${r.photos[0].id}/display`, base).toString() : null,
  };
}

export type ServiceRequest = ReturnType<typeof toServiceRequest>;

/**
 * GET requests: by ids (which override every other filter, as the spec says), or by service,
 * status and a date range of at most 90 days (`requestRange`), newest first, at most 1000.
 */
export async function listRequests(q: RequestsQuery, now: Date = new Date()): Promise<ServiceRequest[]> {
  let where: Prisma.ReportWhereInput;
  if (q.service_request_id) {
    where = { ...visible, code: { in: q.service_request_id } };
  } else {
    const { start, end } = requestRange(q, now);
    const statuses = q.status
      ? [...(q.status.includes('open') ? OPEN : []), ...(q.status.includes('closed') ? CLOSED : [])]
      : undefined;
    where = {
      ...visible,
      createdAt: { gte: start, ...(end ? { lte: end } : {}) },
      ...(q.service_code ? { categoryCode: { in: q.service_code } } : {}),
      ...(statuses ? { status: { in: statuses } } : {}),
    };
  }
  const rows = await db.report.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { code: 'desc' }],
    take: OPEN311_MAX_RESULTS,
    select: requestSelect,
  });
  return rows.map((r) => toServiceRequest(r, q.locale));
}

export async function getRequest(code: string, locale: Locale): Promise<ServiceRequest | null> {
  const row = await db.report.findFirst({ where: { ...visible, code }, select: requestSelect });
  return row ? toServiceRequest(row, locale) : null;
}

/** tokens/{token}.json: the request a token stands for (only visible reports). */
export async function requestForToken(token: string): Promise<{ service_request_id: string; token: string } | null> {
  const row = await db.report.findFirst({ where: { ...visible, open311Token: token }, select: { code: true } });
  return row ? { service_request_id: row.code, token } : null;
}

export class UnknownServiceError extends Error {}

/**
 * Files a report from an Open311 client in one transaction: routed to the category's default
 * agency, due in 5 working days, public, with a CREATED event. Nothing is fetched from media_url.
 */
export async function createRequest(
  apiKeyId: string,
  input: CreateRequestBody,
  locale: Locale = 'vi',
  now: Date = new Date(),
) {
  const category = await db.reportCategory.findUnique({
    where: { code: input.service_code },
    select: { code: true, defaultAgencyId: true, defaultAgency: { select: { nameVi: true, nameEn: true } } },
  });
  if (!category) throw new UnknownServiceError(input.service_code);
  const dueAt = await answerDeadline(now);
  const title = titleFromDescription(input.description);
  const contactName = [input.first_name, input.last_name].filter(Boolean).join(' ') || null;

  const report = await db.$transaction(async (tx) => {
    const code = await nextReportCode(tx, now);
    const created = await tx.report.create({
      data: {
        code,
        source: 'OPEN311',
        apiKeyId,
        contactName,
        contactEmail: input.email ?? null,
        categoryCode: category.code,
        agencyId: category.defaultAgencyId,
        title,
        description: input.description,
        address: input.address_string ?? '',
        lat: input.lat ?? null,
        lng: input.long ?? null,
        isPublic: true,
        status: 'RECEIVED',
        dueAt,
        createdAt: now,
      },
      select: { id: true, code: true },
    });
    await tx.$executeRaw`UPDATE "Report" SET "searchTitle" = lower(public.f_unaccent(title)) WHERE id = ${created.id}`;
    await tx.reportEvent.create({
      data: {
        reportId: created.id,
        kind: 'CREATED',
        status: 'RECEIVED',
        agencyId: category.defaultAgencyId,
        createdAt: now,
      },
    });
    return created;
  });
  const agency = localized(category.defaultAgency, 'name', locale);
  return { service_request_id: report.code, service_notice: serviceNotice(locale, agency, dueAt), account_id: null };
}
