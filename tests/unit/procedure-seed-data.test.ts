// The procedure seed's data files: every one is checked on load, and a bad one is refused with its
// file and the path of the bad field.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProcedureData, PROCEDURE_DATA_DIR, readProcedureData, sharedText } from '@/prisma/seed/procedures/load';

const FILE = 'a-civil-status.json';
let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the data folder with one file changed. */
function withChanged(
  file: string,
  change: (data: { definitions?: Record<string, unknown>; procedures: Record<string, unknown>[] }) => void,
) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'procedure-data-'));
  dirs.push(dir);
  cpSync(PROCEDURE_DATA_DIR, dir, { recursive: true, filter: (f) => f === PROCEDURE_DATA_DIR || f.endsWith('.json') });
  const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  change(data);
  writeFileSync(path.join(dir, file), JSON.stringify(data));
  return dir;
}

describe('procedure data files', () => {
  it('hold every procedure once, with the shared definitions put in', () => {
    const { procedures } = loadProcedureData();
    expect(procedures.length).toBeGreaterThanOrEqual(64);
    expect(new Set(procedures.map((p) => p.slug)).size).toBe(procedures.length);
    const birth = procedures.find((p) => p.slug === 'dang-ky-khai-sinh')!;
    expect(birth.onlineUrl).toBe(sharedText('DVC'));
    expect(birth.submissionPlace.startsWith(sharedText('ONE_STOP'))).toBe(true);
    expect(birth.legalBasis[0]).toEqual({
      number: '60/2014/QH13',
      summary: 'Luật Hộ tịch',
      date: '20/11/2014',
      issuer: 'Quốc hội',
    });
    expect(JSON.stringify(procedures)).not.toContain('{{');
  });

  it('name the file and the path of a field that breaks the schema', () => {
    const dir = withChanged(FILE, (d) => {
      (d.procedures[2]!.methods as { fee: string }[])[1]!.fee = 'x'.repeat(501);
    });
    expect(() => readProcedureData(dir)).toThrow(`${FILE}: procedures[2].methods[1].fee: tooLong {"max":500}`);
  });

  it('refuse unknown keys, values outside a list and missing definitions', () => {
    expect(() =>
      readProcedureData(
        withChanged(FILE, (d) => {
          d.procedures[0]!.titel = 'x';
        }),
      ),
    ).toThrow(`${FILE}: procedures[0]: Unrecognized key: "titel"`);
    expect(() =>
      readProcedureData(
        withChanged(FILE, (d) => {
          d.procedures[1]!.level = 'DISTRICT';
        }),
      ),
    ).toThrow(`${FILE}: procedures[1].level: invalid`);
    expect(() =>
      readProcedureData(
        withChanged(FILE, (d) => {
          d.procedures[0]!.onlineUrl = '{{NOWHERE}}';
        }),
      ),
    ).toThrow(`${FILE}: procedures[0].onlineUrl: {{NOWHERE}} is not defined in this file or in shared.json`);
    expect(() =>
      readProcedureData(
        withChanged(FILE, (d) => {
          d.procedures[0]!.result = 'See {{LHT}}';
        }),
      ),
    ).toThrow('{{LHT}} inside a text must name a text');
  });

  it('refuse a slug used twice, naming both places', () => {
    const dir = withChanged(FILE, (d) => {
      d.procedures[1]!.slug = d.procedures[0]!.slug;
    });
    expect(() => readProcedureData(dir)).toThrow(
      `${FILE}: procedures[1]: the slug dang-ky-khai-sinh is already used by ${FILE} procedures[0]`,
    );
  });

  it('refuse a file that is not JSON', () => {
    const dir = withChanged(FILE, () => {});
    writeFileSync(path.join(dir, FILE), '{ "procedures": [ }');
    expect(() => readProcedureData(dir)).toThrow(new RegExp(`${FILE}: not valid JSON`));
  });
});
