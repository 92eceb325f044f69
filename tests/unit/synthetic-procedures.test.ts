// Synthetic procedures are hidden by the database client (server/procedures/synthetic.ts); raw SQL
// escapes it, so raw SQL over the procedure tables stays in the search module, which filters it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

describe('synthetic procedures', () => {
  it('are read by raw SQL only in server/procedures/search.ts, whose every scan of the tables filters with visibleSql()', () => {
    const raw = [...sources('server'), ...sources('app')].filter((f) =>
      /(FROM|JOIN|INTO|UPDATE) "Procedure(Search)?"/i.test(readFileSync(path.join(root, f), 'utf8')),
    );
    expect(raw).toEqual([path.join('server', 'procedures', 'search.ts')]);
    const search = readFileSync(path.join(root, 'server/procedures/search.ts'), 'utf8');
    // A scan (FROM … p) is filtered; a join or lookup by "id" reads only rows found by a scan.
    const scans = search.split('\n').filter((line) => /FROM "Procedure(Search)?" p\b/.test(line));
    expect(scans.length).toBeGreaterThan(5);
    for (const line of scans) expect(line, line.trim()).toMatch(/\$\{visible(Sql\(\))?\}/);
  });
});
