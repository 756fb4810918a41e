/**
 * Validates XML against the IATI 2.03 activity schema (schema/iati) with
 * libxml2 compiled to WebAssembly (xmllint-wasm, from npm): the same checks as
 * Debian's `xmllint --schema`, with nothing to install on a fresh machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { PROJECT_ROOT } from '../../lib/config.js';

export const IATI_SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema', 'iati');

const file = (name: string) => ({
  fileName: name,
  contents: fs.readFileSync(path.join(IATI_SCHEMA_DIR, name), 'utf8'),
});

/** The schema's complaints, as "line: message"; empty when the document is valid. */
export async function iatiSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'activities.xml', contents: xml }],
    schema: [file('iati-activities-schema.xsd')],
    preload: [file('iati-common.xsd'), file('xml.xsd')],
    // Large exports need more than the default 16 MB of WebAssembly memory.
    maxMemoryPages: 16_384,
  });
  return result.valid ? [] : result.errors.map((e) => `${e.loc?.lineNumber ?? '?'}: ${e.message}`);
}
