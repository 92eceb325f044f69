import { procedures as a } from '../../prisma/seed/procedures/part-a';
import { procedures as b } from '../../prisma/seed/procedures/part-b';
import { procedures as c } from '../../prisma/seed/procedures/part-c';
import { procedures as d } from '../../prisma/seed/procedures/part-d';
import { loadProcedureData, procedureRow } from '../../prisma/seed/procedures/load';

const canon = (v: unknown): unknown => Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([x], [y]) => x.localeCompare(y)).map(([k, x]) => [k, canon(x)])) : v;
const old = [...a, ...b, ...c, ...d];
const fresh = loadProcedureData().procedures;
const j1 = JSON.stringify(canon(old)), j2 = JSON.stringify(canon(fresh));
console.log('procedures', old.length, fresh.length, 'records identical:', j1 === j2);
const rows = (list: typeof old) => list.map((p, i) => procedureRow(p, { views: 1000 - i * 10 }));
const r1 = JSON.stringify(canon(rows(old))), r2 = JSON.stringify(canon(rows(fresh)));
console.log('rows identical:', r1 === r2, r1.length);
console.log('dump identical (raw key order):', JSON.stringify(old) === JSON.stringify(fresh));
if (j1 !== j2) {
  for (let i = 0; i < old.length; i++) {
    const x = JSON.stringify(canon(old[i])), y = JSON.stringify(canon(fresh[i]));
    if (x !== y) { let k = 0; while (x[k] === y[k]) k++; console.log(i, old[i]!.slug, '\n  old:', x.slice(k - 80, k + 80), '\n  new:', y.slice(k - 80, k + 80)); }
  }
}
