// Validation of the portal's XML against published schemas with libxml2's xmllint (Debian's
// libxml2-utils). A test that needs it fails with this message rather than passing silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findXmllint(): string {
  const candidates = [process.env.XMLLINT, '/usr/bin/xmllint', '/usr/local/bin/xmllint'].filter(
    (p): p is string => !!p,
  );
  for (const p of candidates) if (existsSync(p)) return p;
  try {
    const found = execFileSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // not on PATH
  }
  throw new Error(
    'xmllint not found: install it (Debian/Ubuntu: apt-get install -y libxml2-utils) or set XMLLINT to its path.',
  );
}

/** Validates `xml` against the schema file; returns xmllint's complaints ('' when valid). */
export function validateXml(xml: string, schemaPath: string): string {
  const run = spawnSync(findXmllint(), ['--noout', '--nonet', '--schema', schemaPath, '-'], {
    input: xml,
    encoding: 'utf8',
  });
  return run.status === 0 ? '' : `${run.stderr}${run.stdout}`.trim() || `xmllint exited with ${run.status}`;
}
