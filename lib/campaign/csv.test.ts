import { describe, expect, it } from 'vitest';
import { unitSchema } from '@/lib/validation/campaign';
import { csvCell, parseUnitsCsv, splitCsv, unitsCsv } from './csv';

describe('the units CSV import', () => {
  it('reads a file with quotes, a BOM, CRLF lines and columns in any order', () => {
    const text =
      '\uFEFFtarget,kind,code,name\r\n120,agency,SO-TP,"Sở Tư pháp, TP.HCM"\r\n40,ARMED_FORCES,BCH-QS,Bộ Chỉ huy Quân sự\r\n';
    expect(parseUnitsCsv(text)).toEqual({
      ok: true,
      rows: [
        { code: 'SO-TP', name: 'Sở Tư pháp, TP.HCM', kind: 'AGENCY', target: 120 },
        { code: 'BCH-QS', name: 'Bộ Chỉ huy Quân sự', kind: 'ARMED_FORCES', target: 40 },
      ],
    });
  });

  it('reads a file saved with semicolons by a spreadsheet set to Vietnamese', () => {
    const r = parseUnitsCsv('code;name;kind;target\nDOAN;Thành Đoàn, TP.HCM;union;200\n');
    expect(r).toEqual({ ok: true, rows: [{ code: 'DOAN', name: 'Thành Đoàn, TP.HCM', kind: 'UNION', target: 200 }] });
  });

  it('reports every bad row, each with its line, and returns no row at all', () => {
    const text = [
      'code,name,kind,target',
      'OK-1,Đơn vị tốt,SCHOOL,10',
      'BAD CODE,Tên,SCHOOL,10',
      'OK-2,,SCHOOL,10',
      'OK-3,Tên,TANK,10',
      'OK-4,Tên,SCHOOL,0',
      'OK-5,Tên,SCHOOL,-3',
      'OK-6,Tên,SCHOOL,2.5',
      'OK-1,Trùng mã,SCHOOL,10',
    ].join('\n');
    const r = parseUnitsCsv(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'codeInvalid'],
      [4, 'nameInvalid'],
      [5, 'kindUnknown'],
      [6, 'targetInvalid'],
      [7, 'targetInvalid'],
      [8, 'targetInvalid'],
      [9, 'codeTwice'],
    ]);
    expect('rows' in r).toBe(false);
  });

  it('names the missing columns, and refuses an empty file', () => {
    expect(parseUnitsCsv('code,name\nA,B\n')).toEqual({
      ok: false,
      problems: [{ line: 1, code: 'missingColumns', value: 'kind, target' }],
    });
    expect(parseUnitsCsv('')).toEqual({ ok: false, problems: [{ line: 1, code: 'empty' }] });
    expect(parseUnitsCsv('code,name,kind,target\n')).toEqual({ ok: false, problems: [{ line: 2, code: 'empty' }] });
  });

  it('keeps a quoted line break inside its field', () => {
    expect(splitCsv('a,"b\nc"\nd,e')).toEqual([
      ['a', 'b\nc'],
      ['d', 'e'],
    ]);
  });
});

describe('the export', () => {
  it('imports back as it is, and defuses spreadsheet formulas', () => {
    const csv = unitsCsv([
      { code: 'A-1', name: '=HYPERLINK("x")', kind: 'WARD', target: 9, registered: 3, percent: 33, rank: null },
    ]);
    expect(csv.startsWith('\uFEFFcode,name,kind,target,registered,percent,rank\r\n')).toBe(true);
    expect(csv).toContain(`A-1,"'=HYPERLINK(""x"")",WARD,9,3,33,`);
    const back = parseUnitsCsv(csv);
    expect(back).toEqual({ ok: true, rows: [{ code: 'A-1', name: `'=HYPERLINK("x")`, kind: 'WARD', target: 9 }] });
    expect(csvCell('-1')).toBe("'-1");
  });
});

describe('the unit form', () => {
  const ok = { code: 'SO-TP', name: 'Sở Tư pháp', kind: 'AGENCY', target: '120' };
  it('takes a whole target of at least 1', () => {
    expect(unitSchema.parse(ok)).toEqual({
      code: 'SO-TP',
      name: 'Sở Tư pháp',
      kind: 'AGENCY',
      target: 120,
      id: undefined,
    });
  });
  it.each(['0', '-5', '1.5', '', 'abc', '10000000'])('refuses the target %j', (target) => {
    const r = unitSchema.safeParse({ ...ok, target });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['target']);
    expect(['targetPositive', 'targetTooLarge']).toContain(r.error!.issues[0]!.message);
  });
  it('refuses an unknown kind and a code with spaces', () => {
    expect(unitSchema.safeParse({ ...ok, kind: 'TANK' }).success).toBe(false);
    expect(unitSchema.safeParse({ ...ok, code: 'SO TP' }).error!.issues[0]!.message).toBe('unitCodeInvalid');
  });
});
