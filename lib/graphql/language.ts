/**
 * The language a label is given in: a field's `language` argument when the
 * client passes one, else the request's `Accept-Language`, else Russian (the
 * language every source fills). Within a label the fallback order of
 * lib/domain/labels.ts applies when that language is missing.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Language } from '../domain/labels.js';

export const DEFAULT_LANGUAGE: Language = 'ru';

// "kz" is the country code, but clients send it for Kazakh often enough to honour it.
const TAGS: Readonly<Record<string, Language>> = { kk: 'kk', kz: 'kk', ru: 'ru', en: 'en' };

/** The supported language the client prefers most (highest q, then first listed); the default when none is supported. */
export function languageFromAcceptLanguage(header: string | readonly string[] | undefined): Language {
  const text = Array.isArray(header) ? header.join(',') : ((header as string | undefined) ?? '');
  let best: { language: Language; q: number } | undefined;
  for (const part of text.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const language = TAGS[tag.trim().toLowerCase().split('-')[0] ?? ''];
    if (!language) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    // Strictly greater: among equal weights the first listed wins, as RFC 9110 intends.
    if (!best || q > best.q) best = { language, q };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}

export function requestLanguage(headers: IncomingHttpHeaders): Language {
  return languageFromAcceptLanguage(headers['accept-language']);
}

/** The language for one field: the GraphQL `Language` argument (KK, RU, EN) when given, else the request's. */
export function chosenLanguage(argument: string | null | undefined, fromRequest: Language): Language {
  return argument ? (argument.toLowerCase() as Language) : fromRequest;
}
