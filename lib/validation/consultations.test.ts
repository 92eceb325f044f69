import { describe, expect, it } from 'vitest';
import { issueFieldErrors } from '@/lib/errors';
import { RESERVED_CONSULTATION_SLUGS } from '@/lib/consultations/rules';
import { closeEarlySchema, consultationEditSchema, questionAddSchema, structureSchema } from './consultations';

const valid = {
  slug: 'cay-xanh',
  titleVi: 'Cây xanh',
  titleEn: 'Street trees',
  summaryVi: 'Tóm tắt',
  summaryEn: 'Summary',
  bodyVi: 'Nội dung',
  bodyEn: 'Body',
  topic: 'environment',
  opensAt: '2026-12-08T08:00',
  closesAt: '2026-12-20T17:00',
  wards: '',
  resultsRule: 'SEALED_UNTIL_CLOSE',
};

const codes = (r: { success: boolean; error?: { issues: Parameters<typeof issueFieldErrors>[0] } }) =>
  r.success
    ? {}
    : Object.fromEntries(Object.entries(issueFieldErrors(r.error!.issues)).map(([k, v]) => [k, v[0]!.code]));

describe('the consultation editor schema', () => {
  it('reads times as the city’s and ward codes as a list without repeats', () => {
    const out = consultationEditSchema.parse({ ...valid, wards: 'mau-phuong-sai-gon, 26734 26734' });
    expect(out.opensAt.toISOString()).toBe('2026-12-08T01:00:00.000Z');
    expect(out.wards).toEqual(['mau-phuong-sai-gon', '26734']);
    expect(consultationEditSchema.parse({ ...valid, wards: undefined }).wards).toEqual([]);
  });

  it('reads the ward picker’s ticked boxes (a list in the browser), and none or an unticked box as the whole city', () => {
    expect(
      consultationEditSchema.parse({ ...valid, wards: ['mau-phuong-sai-gon', 'mau-phuong-ben-thanh'] }).wards,
    ).toEqual(['mau-phuong-sai-gon', 'mau-phuong-ben-thanh']);
    expect(consultationEditSchema.parse({ ...valid, wards: [] }).wards).toEqual([]);
    expect(consultationEditSchema.parse({ ...valid, wards: false }).wards).toEqual([]);
    expect(consultationEditSchema.safeParse({ ...valid, wards: ['a<b>'] }).success).toBe(false);
  });

  it('names each wrong field with its error code', () => {
    expect(
      codes(
        consultationEditSchema.safeParse({
          ...valid,
          slug: 'Cây Xanh',
          titleVi: '  ',
          topic: 'sport',
          closesAt: '2026-12-08T08:00',
          wards: 'a;b<c>',
        }),
      ),
    ).toEqual({
      slug: 'slugInvalid',
      titleVi: 'required',
      topic: 'required',
      wards: 'consultationWardUnknown',
    });
    expect(codes(consultationEditSchema.safeParse({ ...valid, closesAt: valid.opensAt }))).toEqual({
      closesAt: 'consultationClosesBeforeOpens',
    });
    expect(codes(consultationEditSchema.safeParse({ ...valid, opensAt: '8/12/2026' }))).toEqual({ opensAt: 'invalid' });
  });

  it('refuses a slug taken by a fixed address of the section, such as the Atom feed', () => {
    expect(RESERVED_CONSULTATION_SLUGS).toContain('atom');
    expect(codes(consultationEditSchema.safeParse({ ...valid, slug: 'atom' }))).toEqual({
      slug: 'consultationSlugReserved',
    });
    expect(codes(consultationEditSchema.safeParse({ ...valid, slug: ' atom ' }))).toEqual({
      slug: 'consultationSlugReserved',
    });
    // A slug that only contains the word is an ordinary address.
    expect(consultationEditSchema.safeParse({ ...valid, slug: 'atom-2027' }).success).toBe(true);
  });

  it('reads the builder’s other forms', () => {
    expect(
      questionAddSchema.parse({ consultationId: 'c', kind: 'TEXT', textVi: 'a', textEn: 'b', required: 'on' }).required,
    ).toBe(true);
    expect(questionAddSchema.parse({ consultationId: 'c', kind: 'TEXT', textVi: 'a', textEn: 'b' }).required).toBe(
      false,
    );
    expect(structureSchema.safeParse({ id: 'q', op: 'sideways' }).success).toBe(false);
    expect(codes(closeEarlySchema.safeParse({ id: 'c', reason: '\u200b' }))).toEqual({ reason: 'required' });
  });
});
