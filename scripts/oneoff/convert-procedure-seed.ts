// One-off: turns prisma/seed/procedures/part-a..d.ts into JSON data files. Every top-level constant
// of a part becomes a named definition ("{{NAME}}" where it was used: inside a text, or as a whole
// value); constants defined identically in several parts go to shared.json. Run once with
// `npx tsx scripts/oneoff/convert-procedure-seed.ts`, then compare with the loader's output.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const dir = path.resolve(__dirname, '../../prisma/seed/procedures');
const parts = [
  { part: 'a', file: 'a-civil-status.json' },
  { part: 'b', file: 'b-residence-identity-transport.json' },
  { part: 'c', file: 'c-construction-land-business.json' },
  { part: 'd', file: 'd-employment-insurance-education.json' },
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function leadingComment(source: string): string {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/ ?/, ''));
  }
  return lines.join(' ');
}

async function convert(part: string) {
  const file = path.join(dir, `part-${part}.ts`);
  const source = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const consts: { name: string; isText: boolean; start: number; end: number }[] = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      const init = d.initializer;
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) continue;
      const isText = ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init) || ts.isTemplateExpression(init);
      consts.push({ name: d.name.text, isText, start: init.getStart(sf), end: init.getEnd() });
    }
  }
  const exportDefs = `\nexport const __defs = { ${consts.map((c) => c.name).join(', ')} };\n`;
  // The same module twice: as it is (the true values), and with each text constant replaced by its placeholder.
  let marked = source;
  for (const c of [...consts].reverse()) {
    if (c.isText) marked = marked.slice(0, c.start) + JSON.stringify(`{{${c.name}}}`) + marked.slice(c.end);
  }
  const origFile = path.join(dir, `.convert-${part}-orig.ts`);
  const markedFile = path.join(dir, `.convert-${part}-marked.ts`);
  fs.writeFileSync(origFile, source + exportDefs);
  fs.writeFileSync(markedFile, marked + exportDefs);
  try {
    const orig = await import(origFile);
    const mod = await import(markedFile);
    const defs: Record<string, unknown> = mod.__defs;
    const byIdentity = new Map<unknown, string>();
    for (const c of consts) if (!c.isText) byIdentity.set(defs[c.name], c.name);
    const used = new Set<string>();
    const toJson = (v: unknown, top = false): Json => {
      if (!top && v !== null && typeof v === 'object' && byIdentity.has(v)) {
        const name = byIdentity.get(v)!;
        used.add(name);
        return `{{${name}}}`;
      }
      if (typeof v === 'string') {
        for (const m of v.matchAll(/\{\{(\w+)\}\}/g)) used.add(m[1]!);
        return v;
      }
      if (Array.isArray(v)) return v.map((x) => toJson(x));
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, toJson(x)]));
      return v as Json;
    };
    const procedures = mod.procedures.map((p: unknown) => toJson(p));
    // Definitions used by the procedures, and those used by them.
    const definitions: Record<string, Json> = {};
    const queue = [...used];
    const done = new Set<string>();
    while (queue.length) {
      const name = queue.shift()!;
      if (done.has(name)) continue;
      done.add(name);
      const c = consts.find((x) => x.name === name);
      if (!c) throw new Error(`part-${part}: {{${name}}} is no constant`);
      const before = new Set(used);
      definitions[name] = c.isText ? (orig.__defs[name] as string) : toJson(defs[name], true);
      for (const u of used) if (!before.has(u)) queue.push(u);
    }
    const ordered = Object.fromEntries(consts.filter((c) => c.name in definitions).map((c) => [c.name, definitions[c.name]!]));
    return { about: leadingComment(source), definitions: ordered, procedures };
  } finally {
    fs.rmSync(origFile);
    fs.rmSync(markedFile);
  }
}

async function main() {
const converted = [];
for (const p of parts) converted.push({ ...p, ...(await convert(p.part)) });

// A name defined the same way in several parts is shared; one defined differently stays in each part.
const shared: Record<string, Json> = {};
const names = new Set(converted.flatMap((c) => Object.keys(c.definitions)));
for (const name of names) {
  const values = converted.filter((c) => name in c.definitions).map((c) => JSON.stringify(c.definitions[name]));
  if (values.length > 1 && new Set(values).size === 1) {
    shared[name] = JSON.parse(values[0]!);
    for (const c of converted) delete (c.definitions as Record<string, Json>)[name];
  }
}
// A shared definition refers only to shared ones.
for (const [name, value] of Object.entries(shared)) {
  for (const m of JSON.stringify(value).matchAll(/\{\{(\w+)\}\}/g)) if (!(m[1]! in shared)) throw new Error(`shared ${name} uses part-only ${m[1]}`);
}
// The synthetic generator's link to the national portal is the same constant.
if (shared.DVC !== 'https://dichvucong.gov.vn') throw new Error('DVC is not shared');

const write = (name: string, value: unknown) => fs.writeFileSync(path.join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
write('shared.json', {
  about: 'Texts and legal references cited by the procedures of more than one data file. A string "{{NAME}}" (or "{{NAME}}" inside a text) stands for the definition NAME: of its own file first, then of this one.',
  definitions: shared,
});
for (const c of converted) write(c.file, { about: c.about, definitions: c.definitions, procedures: c.procedures });
console.log('shared:', Object.keys(shared).join(', '));
for (const c of converted) console.log(c.file, Object.keys(c.definitions).length, 'definitions,', c.procedures.length, 'procedures');
}

void main();
