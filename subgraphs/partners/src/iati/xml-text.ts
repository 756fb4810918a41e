/** The small pieces of XML text the IATI export is written with. */

export const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** ` name="value"` for each attribute that has a value. */
export function attrs(values: Record<string, string | null | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
}

export const narrative = (text: string | null): string => `<narrative>${escape(text ?? '')}</narrative>`;
