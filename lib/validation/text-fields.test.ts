import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { profileSchema, signUpSchema } from './account';
import { apiKeyIssueSchema } from './open311/api-keys';
import { reportAnswer, reportFields, reportRating, statusChange } from './reports/report';
import { createRequestBody } from './open311/requests';
import { procedureEditSchema, procedureFeedbackSchema, synonymSchema } from './procedures';
import {
  assignAgency,
  cannedAnswer,
  photoVisibility,
  progressUpdate,
  reopenReport,
  reportVisibility,
} from './reports/admin';
import { nearbyQuerySchema } from './reports/nearby';

// Every free-text field of every form and API schema goes through the shared text rule: a
// direction override is refused on that field, and a value of zero-width characters counts as
// empty (refused when the field is required, dropped when it is optional).

const report = {
  category: 'giao-thong',
  title: 'Ổ gà lớn',
  description: 'Ổ gà sâu.',
  ward: 'mau-phuong-sai-gon',
  address: '45 Lê Lợi',
  idempotencyKey: 'abcdefghijklmnop',
};
const procedure = {
  code: '1.001234',
  slug: 'dang-ky-khai-sinh',
  titleVi: 'Đăng ký khai sinh',
  titleEn: 'Birth registration',
  summaryVi: 'Tóm tắt',
  summaryEn: 'Summary',
  fieldCode: 'ho-tich',
  level: 'COMMUNE',
  onlineLevel: 'FULL',
  applicants: 'Cha, mẹ',
  implementingAgency: 'UBND xã',
  submissionPlace: 'UBND xã',
  steps: 'Nộp hồ sơ\nNhận kết quả',
  methods: JSON.stringify([{ channel: 'ONLINE', processingTime: 'Trong ngày', fee: 'Miễn phí' }]),
  documents: JSON.stringify([{ case: '', items: [{ name: 'Tờ khai', originals: 1, copies: 0 }] }]),
  result: 'Giấy khai sinh',
  legalBasis: JSON.stringify([
    { number: '04/2020/TT-BTP', summary: 'Thông tư', date: '2020-05-28', issuer: 'Bộ Tư pháp' },
  ]),
  keywords: 'khai sinh',
};
const canned = { categoryCode: 'giao-thong', titleVi: 'Tiêu đề', bodyVi: 'Nội dung', titleEn: 'Title', bodyEn: 'Body' };

type Case = [name: string, schema: z.ZodType, base: Record<string, unknown>, fields: string[], optional: string[]];
const cases: Case[] = [
  ['report form', reportFields, report, ['title', 'description', 'address'], []],
  ['status change', statusChange, { status: 'IN_PROGRESS' }, [], ['note']],
  ['rating', reportRating, { rating: 'SATISFIED' }, [], ['reason']],
  ['answer', reportAnswer, { body: 'Đã sửa.' }, ['body'], []],
  [
    'sign-up',
    signUpSchema,
    { name: 'Mai', email: 'mai@example.com', password: 'mot cau rat dai de nho', wardCode: 'x', consent: 'on' },
    ['name'],
    ['campaignUnitId'],
  ],
  ['profile', profileSchema, { name: 'Mai', wardCode: 'x' }, ['name'], ['campaignUnitId']],
  ['API key', apiKeyIssueSchema, { name: 'Ứng dụng' }, ['name'], []],
  ['assign', assignAgency, { code: 'PA-2026-000001', agencyId: 'a' }, [], ['assignNote']],
  [
    'progress',
    progressUpdate,
    { code: 'PA-2026-000001', progressNote: 'Đang làm', progressDate: '2026-11-01' },
    ['progressNote'],
    [],
  ],
  ['hide report', reportVisibility, { code: 'PA-2026-000001', hide: '0' }, [], ['hideReason']],
  ['hide photo', photoVisibility, { code: 'PA-2026-000001', photoId: 'p', hide: '0' }, [], ['reason']],
  ['reopen', reopenReport, { code: 'PA-2026-000001', reopenNote: 'Chưa sửa' }, ['reopenNote'], []],
  ['canned answer', cannedAnswer, canned, ['titleVi', 'bodyVi', 'titleEn', 'bodyEn'], []],
  [
    'procedure editor',
    procedureEditSchema,
    procedure,
    [
      'code',
      'titleVi',
      'titleEn',
      'summaryVi',
      'summaryEn',
      'applicants',
      'implementingAgency',
      'submissionPlace',
      'steps',
      'result',
    ],
    ['decisionNumber', 'competentAgency', 'conditions', 'keywords', 'uncertain'],
  ],
  ['synonym', synonymSchema, { term: 'khai sinh', expansions: 'giấy khai sinh' }, ['term', 'expansions'], []],
  ['procedure feedback', procedureFeedbackSchema, { helpful: 'no' }, [], ['comment']],
  [
    'Open311',
    createRequestBody,
    { service_code: 'giao-thong', address_string: '45 Lê Lợi', description: 'Ổ gà' },
    ['description'],
    ['first_name', 'last_name', 'phone', 'device_id'],
  ],
  ['nearby', nearbyQuerySchema, { category: 'giao-thong' }, [], ['title']],
];

const fieldsWithIssues = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => String(i.path[0])))];
};

describe('the shared text rule in every schema', () => {
  for (const [name, schema, base, required, optional] of cases) {
    it(`${name}: the base value passes`, () => {
      expect(fieldsWithIssues(schema, base)).toEqual([]);
    });
    for (const field of [...required, ...optional]) {
      it(`${name}.${field}: refuses U+202E`, () => {
        expect(fieldsWithIssues(schema, { ...base, [field]: 'Lê Lợi \u202Egnp.exe' })).toEqual([field]);
      });
    }
    for (const field of required) {
      it(`${name}.${field}: zero-width characters only are empty`, () => {
        expect(fieldsWithIssues(schema, { ...base, [field]: '\u200B\u200C\u2060\uFEFF' })).toEqual([field]);
      });
    }
    for (const field of optional) {
      it(`${name}.${field}: zero-width characters only are dropped`, () => {
        const out = schema.parse({ ...base, [field]: '\u200B\u200C\u2060\uFEFF' }) as Record<string, unknown>;
        expect([undefined, null, '', []]).toContainEqual(out[field]);
      });
    }
  }
});
