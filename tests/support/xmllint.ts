// Validation of the portal's XML against published schemas with libxml2's xmllint, compiled to
// WebAssembly (the xmllint-wasm package): the same validator as Debian's libxml2-utils, with nothing
// to install beside `npm ci`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** Validates `xml` against the schema file; returns xmllint's complaints ('' when valid). */
export async function validateXml(xml: string, schemaPath: string): Promise<string> {
  const result = await validateXML({
    xml: { fileName: 'document.xml', contents: xml },
    schema: { fileName: path.basename(schemaPath), contents: readFileSync(schemaPath, 'utf8') },
  });
  return result.valid ? '' : result.rawOutput.trim() || 'invalid';
}
