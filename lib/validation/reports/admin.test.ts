import { describe, expect, it } from 'vitest';
import { cannedAnswer, parseQueueQuery, progressUpdate, queueQueryString, reportVisibility } from './admin';
import { statusChange } from './report';

describe('queue filters', () => {
  it('falls back to open reports, nearest deadline first, page 1', () => {
    expect(parseQueueQuery({})).toEqual({
      status: 'open',
      overdue: false,
      sort: 'deadline',
      page: 1,
      category: undefined,
      ward: undefined,
      agency: undefined,
    });
    expect(parseQueueQuery({ status: 'CLOSED', sort: 'x', page: '-2' })).toMatchObject({
      status: 'open',
      sort: 'deadline',
      page: 1,
    });
  });

  it('reads every filter and writes back only what differs from the default', () => {
    const q = parseQueueQuery({
      status: 'IN_PROGRESS',
      category: 'giao-thong',
      ward: 'mau-phuong-sai-gon',
      overdue: '1',
      sort: 'newest',
      page: '3',
    });
    expect(q).toMatchObject({
      status: 'IN_PROGRESS',
      category: 'giao-thong',
      ward: 'mau-phuong-sai-gon',
      overdue: true,
      sort: 'newest',
      page: 3,
    });
    expect(queueQueryString(q, { page: 1 })).toEqual({
      status: 'IN_PROGRESS',
      category: 'giao-thong',
      ward: 'mau-phuong-sai-gon',
      overdue: '1',
      sort: 'newest',
    });
    expect(queueQueryString(parseQueueQuery({}))).toEqual({});
  });
});

describe('official forms', () => {
  it('needs a reason to reject and an original to mark a duplicate', () => {
    expect(statusChange.safeParse({ status: 'REJECTED', note: '' }).success).toBe(false);
    expect(statusChange.safeParse({ status: 'REJECTED', note: 'Không thuộc thẩm quyền' }).success).toBe(true);
    expect(statusChange.safeParse({ status: 'DUPLICATE', note: '' }).success).toBe(false);
  });

  it('needs a note and a date for a progress update, and a reason to hide', () => {
    const missing = progressUpdate.safeParse({ code: 'PA-2026-000001', progressNote: '', progressDate: '' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.message).sort()).toEqual([
      'committedDateRequired',
      'progressNoteRequired',
    ]);
    expect(reportVisibility.safeParse({ code: 'PA-2026-000001', hide: '1', hideReason: ' ' }).success).toBe(false);
    expect(reportVisibility.safeParse({ code: 'PA-2026-000001', hide: '0' }).success).toBe(true);
  });

  it('needs both languages of a canned answer', () => {
    const r = cannedAnswer.safeParse({
      categoryCode: 'giao-thong',
      titleVi: 'Đã tiếp nhận',
      bodyVi: 'Nội dung',
      titleEn: '',
      bodyEn: '',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(['titleEn', 'bodyEn']);
  });
});
