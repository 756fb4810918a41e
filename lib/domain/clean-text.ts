/**
 * Text as it is stored: every name or free text that enters the databases (a
 * registrar's form, a recipient's report, an IATI or open-data import) passes
 * here first, so that what is stored looks like what it says and compares
 * equal to the same words typed elsewhere.
 *
 * - Refused: lone UTF-16 surrogates (not characters; PostgreSQL would store a
 *   replacement character instead), control characters (NUL, terminal escape
 *   codes; tab and line breaks are whitespace) and the bidirectional
 *   embedding, override and isolate controls (they make text display in
 *   another order than it is stored, the "Trojan Source" trick).
 * - Removed: invisible format characters (zero-width spaces and joiners, word
 *   joiner, byte-order mark, soft hyphen, direction marks, Hangul fillers).
 *   Text that holds nothing else is refused: it would look empty.
 * - Normalized: Unicode NFC (a letter typed as base + combining mark equals
 *   the precomposed one), surrounding whitespace trimmed, and in one-line text
 *   (names) every run of whitespace made one space.
 */

export type CleanText = { ok: true; value: string | null } | { ok: false; reason: string };

/** One line (names, references: whitespace runs become one space) or many (descriptions keep their line breaks). */
export type TextLines = 'one' | 'many';

const LONE_SURROGATE = /\p{Cs}/u;
// Tab, line feed and carriage return are whitespace; every other C0 or C1 control (and DEL) is refused.
const CONTROL = /[^\P{Cc}\t\n\r]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// Format characters (Cf) draw nothing; with the combining grapheme joiner and the Hangul fillers that look blank.
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Where a character is, for a message: its code point and 1-based position. */
function located(text: string, match: RegExpExecArray): string {
  return `${codePoint(match[0])} at character ${[...text.slice(0, match.index)].length + 1}`;
}

/**
 * Why a text holds a lone surrogate, or null. For whole files read by a
 * parser that works on UTF-8 bytes (CSV), which would turn the surrogate into
 * U+FFFD before any field is checked.
 */
export function loneSurrogateProblem(text: string): string | null {
  const surrogate = LONE_SURROGATE.exec(text);
  return surrogate
    ? `contains a lone UTF-16 surrogate (${located(text, surrogate)}), which is not a character: send the text as valid Unicode`
    : null;
}

function refusal(text: string): string | null {
  const surrogate = loneSurrogateProblem(text);
  if (surrogate) return surrogate;
  const control = CONTROL.exec(text);
  if (control)
    return `contains the control character ${located(text, control)} (such as NUL or a terminal escape code): remove it`;
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi)
    return `contains the bidirectional control ${located(text, bidi)}, which makes text display in another order than it is written: remove it`;
  return null;
}

/**
 * The text as it is stored, null when it is absent or blank, or why it cannot
 * be stored (a reason without the field's name: callers prefix it).
 */
export function cleanText(raw: string | null | undefined, lines: TextLines = 'one'): CleanText {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  const problem = refusal(raw);
  if (problem) return { ok: false, reason: problem };
  const visible = raw.replace(INVISIBLE, '').normalize('NFC');
  const value = (lines === 'one' ? visible.replace(/\s+/gu, ' ') : visible.replace(/\r\n?/g, '\n')).trim();
  if (value) return { ok: true, value };
  const invisible = raw.match(INVISIBLE);
  if (invisible)
    return {
      ok: false,
      reason: `holds only invisible characters (such as ${codePoint(invisible[0])}): write it in visible letters`,
    };
  return { ok: true, value: null };
}
