import { describe, expect, it } from 'vitest';
import { demoProcedure } from '@/tests/support/procedure-fixture';
import { currentEnglish, detailsFingerprint, procedureDetails, translationProblems } from './english';

describe('procedureDetails', () => {
  it('gives a translated procedure its English details, numbers and forms from the Vietnamese record', () => {
    const p = demoProcedure('dang-ky-thuong-tru');
    const d = procedureDetails(p, 'en');
    expect(d.translated).toBe(true);
    expect(d.applicants).toMatch(/^Vietnamese citizens with lawful accommodation/);
    expect(d.methods.map((m) => [m.channel, m.processingTime, m.fee])).toEqual([
      ['IN_PERSON', '7 working days', 'VND 20,000 per registration'],
      ['ONLINE', '7 working days', 'VND 10,000 per registration'],
    ]);
    const form = d.documents[0]!.items[0]!;
    expect(form).toMatchObject({ name: 'Residence information change declaration form', form: 'CT01', originals: 1 });
    expect(form.original.name).toBe('Tờ khai thay đổi thông tin cư trú');
    expect(d.legalBasis[0]).toEqual({
      number: '68/2020/QH14',
      summary: 'Law on Residence',
      date: '13/11/2020',
      issuer: 'National Assembly',
    });
  });

  it('keeps the Vietnamese details on the Vietnamese page, and on the English page of an untranslated procedure', () => {
    const vi = procedureDetails(demoProcedure('dang-ky-thuong-tru'), 'vi');
    expect(vi.translated).toBe(true);
    expect(vi.result).toMatch(/^Thông tin thường trú/);
    const untranslated = procedureDetails(demoProcedure('dang-ky-thuong-tru', { english: false }), 'en');
    expect(untranslated.translated).toBe(false);
    expect(untranslated.result).toBe(vi.result);
  });

  it('drops an English text once the Vietnamese one it translates is edited', () => {
    const p = demoProcedure('dang-ky-khai-sinh');
    expect(currentEnglish(p)).not.toBeNull();
    const edited = { ...p, result: `${p.result} Có thêm bản điện tử.` };
    expect(currentEnglish(edited)).toBeNull();
    expect(procedureDetails(edited, 'en')).toMatchObject({ translated: false, result: edited.result });
  });

  it('fingerprints the content, not the key order JSONB gives back', () => {
    const p = demoProcedure('dang-ky-khai-sinh');
    const reordered = {
      ...p,
      methods: (p.methods as Record<string, unknown>[]).map((m) => Object.fromEntries(Object.entries(m).reverse())),
    };
    expect(detailsFingerprint(reordered)).toBe(detailsFingerprint(p));
    expect(detailsFingerprint({ ...p, steps: [...(p.steps as string[]), 'Bước mới.'] })).not.toBe(
      detailsFingerprint(p),
    );
  });

  it('names what does not match part for part', () => {
    const p = demoProcedure('dang-ky-khai-sinh');
    const en = currentEnglish(p)!;
    expect(translationProblems(p, en)).toEqual([]);
    expect(
      translationProblems(p, {
        ...en,
        steps: en.steps.slice(1),
        uncertain: undefined,
        methods: en.methods.map(({ note: _n, ...m }) => m),
      }),
    ).toEqual([
      'uncertain: missing in English',
      'steps: 3 in English, 4 in Vietnamese',
      'methods[1].note: missing in English',
    ]);
  });
});
