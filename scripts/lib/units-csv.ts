// Imports the official list of administrative units from CSV:
//   code,name,level,parent_code,name_en
// level: phuong | xa | dac-khu | thanh-pho (or WARD, COMMUNE, SPECIAL_ZONE, CITY). A header line is required.
import type { PrismaClient } from '../../generated/prisma/client';

const levels: Record<string, 'CITY' | 'WARD' | 'COMMUNE' | 'SPECIAL_ZONE'> = {
  'thanh-pho': 'CITY',
  city: 'CITY',
  CITY: 'CITY',
  phuong: 'WARD',
  phường: 'WARD',
  ward: 'WARD',
  WARD: 'WARD',
  xa: 'COMMUNE',
  xã: 'COMMUNE',
  commune: 'COMMUNE',
  COMMUNE: 'COMMUNE',
  'dac-khu': 'SPECIAL_ZONE',
  'đặc khu': 'SPECIAL_ZONE',
  special_zone: 'SPECIAL_ZONE',
  SPECIAL_ZONE: 'SPECIAL_ZONE',
};

export type UnitRow = {
  code: string;
  name: string;
  level: 'CITY' | 'WARD' | 'COMMUNE' | 'SPECIAL_ZONE';
  parentCode: string | null;
  nameEn: string | null;
};

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

/** Parses and checks the whole file first; one error line per bad row, nothing written on error. */
export function parseUnitsCsv(text: string): UnitRow[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines.shift() ?? '').map((h) => h.toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('code') < 0 || col('name') < 0 || col('level') < 0) {
    throw new Error('The CSV needs a header line with at least: code,name,level (and optionally parent_code,name_en).');
  }
  const errors: string[] = [];
  const rows: UnitRow[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const f = splitCsvLine(line);
    const code = f[col('code')] ?? '';
    const name = (f[col('name')] ?? '').normalize('NFC');
    const level = levels[(f[col('level')] ?? '').trim()] ?? levels[(f[col('level')] ?? '').trim().toLowerCase()];
    const where = `line ${i + 2}`;
    if (!/^[\w.-]{1,32}$/.test(code))
      errors.push(`${where}: code "${code}" must be 1–32 letters, digits, dots or dashes`);
    if (!name || name.length > 200) errors.push(`${where}: name is missing or longer than 200 characters`);
    if (!level) errors.push(`${where}: level "${f[col('level')] ?? ''}" is not one of phuong, xa, dac-khu, thanh-pho`);
    if (seen.has(code)) errors.push(`${where}: code "${code}" appears twice`);
    seen.add(code);
    if (level) {
      rows.push({
        code,
        name,
        level,
        parentCode: col('parent_code') >= 0 ? f[col('parent_code')] || null : null,
        nameEn: col('name_en') >= 0 ? f[col('name_en')] || null : null,
      });
    }
  });
  for (const r of rows) {
    if (r.parentCode && !seen.has(r.parentCode))
      errors.push(`code ${r.code}: parent_code "${r.parentCode}" is not in the file`);
  }
  if (errors.length) throw new Error(`The CSV was not imported:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  return rows;
}

export async function importUnits(db: PrismaClient, rows: UnitRow[]): Promise<number> {
  // Parents first, all in one transaction: a failure leaves the table as it was.
  const ordered = [...rows].sort((a, b) => Number(Boolean(a.parentCode)) - Number(Boolean(b.parentCode)));
  await db.$transaction(
    ordered.map((r) =>
      db.administrativeUnit.upsert({
        where: { code: r.code },
        update: { name: r.name, nameEn: r.nameEn, level: r.level, parentCode: r.parentCode, source: 'OFFICIAL' },
        create: { ...r, source: 'OFFICIAL' },
      }),
    ),
  );
  return rows.length;
}
