import { describe, expect, test } from '@jest/globals';
import { cleanText } from '../../lib/domain/clean-text.js';

const refused = (raw: string, lines: 'one' | 'many' = 'one') => {
  const cleaned = cleanText(raw, lines);
  if (cleaned.ok) throw new Error(`${JSON.stringify(raw)} was accepted as ${JSON.stringify(cleaned.value)}`);
  return cleaned.reason;
};

describe('cleanText: refused', () => {
  test.each([
    ['zero-width spaces only', '\u200B\u200B\u200B', 'only invisible characters (such as U+200B)'],
    ['a byte-order mark and a word joiner', '\uFEFF \u2060', 'only invisible characters (such as U+FEFF)'],
    ['Hangul fillers', '\u3164\u115F', 'only invisible characters (such as U+3164)'],
    ['a lone high surrogate', 'Фонд \uD800', 'lone UTF-16 surrogate (U+D800 at character 6)'],
    ['a lone low surrogate', '\uDC00', 'lone UTF-16 surrogate (U+DC00 at character 1)'],
    ['an ANSI escape', '\u001b[31mФонд\u001b[0m', 'control character U+001B at character 1'],
    ['NUL', 'Фонд\u0000', 'control character U+0000 at character 5'],
    ['a C1 control', 'Фонд\u0085x', 'control character U+0085 at character 5'],
    ['DEL', 'a\u007F', 'control character U+007F at character 2'],
    ['a right-to-left override', 'Фонд \u202Eдноф', 'bidirectional control U+202E at character 6'],
    ['a left-to-right isolate', '\u2066Фонд\u2069', 'bidirectional control U+2066 at character 1'],
  ])('%s', (_name, raw, reason) => {
    expect(refused(raw)).toContain(reason);
  });

  test('positions count characters, not UTF-16 units', () => {
    expect(refused('🙂🙂\u202E')).toContain('at character 3');
  });

  test('every refusal says what to do', () => {
    for (const raw of ['\u200B', '\uD800', '\u001b', '\u202E']) expect(refused(raw)).toMatch(/: (write|send|remove) /);
  });
});

describe('cleanText: cleaned', () => {
  test('absent and blank text is null', () => {
    expect(cleanText(undefined)).toEqual({ ok: true, value: null });
    expect(cleanText(null)).toEqual({ ok: true, value: null });
    expect(cleanText(' \t\n ')).toEqual({ ok: true, value: null });
  });

  test('NFC: a letter typed as base and combining mark becomes the precomposed one', () => {
    expect(cleanText('Фонд И\u0306')).toEqual({ ok: true, value: 'Фонд \u0419' });
    expect(cleanText('Cafe\u0301')).toEqual({ ok: true, value: 'Café' });
  });

  test('invisible characters inside otherwise visible text are removed', () => {
    expect(cleanText('Фо\u200Bнд\u00AD «Да\u200Dна»\uFEFF')).toEqual({ ok: true, value: 'Фонд «Дана»' });
    expect(cleanText('\u200E\u200FҚоғам')).toEqual({ ok: true, value: 'Қоғам' });
  });

  test('one-line text: whitespace runs are one space, ends trimmed', () => {
    expect(cleanText('  Фонд \n\t «Дана»\u00A0\u3000 ')).toEqual({ ok: true, value: 'Фонд «Дана»' });
  });

  test('many-line text keeps its line breaks, CRLF becomes LF', () => {
    expect(cleanText('  first line\r\nsecond\tline\rthird \n', 'many')).toEqual({
      ok: true,
      value: 'first line\nsecond\tline\nthird',
    });
  });

  test('letters of every script the registry keeps, and emoji, pass unchanged', () => {
    const text = 'Қазақстан Respublikasy Республика 🙂 𝕂';
    expect(cleanText(text)).toEqual({ ok: true, value: text });
  });
});
