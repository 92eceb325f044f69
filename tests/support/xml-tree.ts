// An XML document as a tree of elements, read by sax (the strict XML 1.0 parser under xml2js,
// installed with rss-parser) and checked well-formed by libxml2 (xmllint-wasm): two parsers that
// share no code with the portal's serializer.
import { createRequire } from 'node:module';
import { validateXML } from 'xmllint-wasm';

export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (entities and character references decoded). */
  text: string;
};

type SaxParser = {
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
  onclosetag: () => void;
  ontext: (text: string) => void;
  oncdata: (text: string) => void;
  onprocessinginstruction: (pi: { name: string; body: string }) => void;
  onerror: (error: Error) => void;
  write: (xml: string) => { close: () => void };
};
const sax = createRequire(import.meta.url)('sax') as { parser: (strict: boolean) => SaxParser };

/** The document's root element and its XML declaration; throws on anything that is not well-formed XML. */
export function parseXml(xml: string): { root: XmlElement; declaration: string | null } {
  const parser = sax.parser(true);
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let declaration: string | null = null;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onprocessinginstruction = (pi) => {
    if (pi.name === 'xml') declaration = pi.body;
  };
  parser.onopentag = (node) => {
    const el: XmlElement = { name: node.name, attributes: node.attributes, children: [], text: '' };
    if (stack.length) stack.at(-1)!.children.push(el);
    else root = el;
    stack.push(el);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = parser.oncdata = (text) => {
    if (stack.length) stack.at(-1)!.text += text;
  };
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return { root, declaration };
}

/** libxml2's complaints about the document ('' when it is well-formed XML 1.0). */
export async function xmlWellFormedness(xml: string): Promise<string> {
  const result = await validateXML({ xml: { fileName: 'answer.xml', contents: xml }, normalization: 'c14n' });
  return result.valid ? '' : result.rawOutput.trim() || 'not well-formed';
}
