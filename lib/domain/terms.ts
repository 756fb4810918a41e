/**
 * Controlled vocabularies (sectors, statuses, outcomes ...): each code is a
 * GraphQL enum value and the value stored in a database, with its label in
 * Kazakh, Russian and English.
 */
import { pickLabel, type Labels, type Language } from './labels.js';

export interface Term {
  code: string;
  label: Labels;
}

export function term(code: string, en: string, ru: string, kk: string): Term {
  return { code, label: { en, ru, kk } };
}

/** The label of a code in the language wanted; the code itself for a code the vocabulary lacks. */
export function termLabel(terms: readonly Term[], code: string, language: Language): string {
  const found = terms.find((t) => t.code === code);
  return found ? pickLabel(found.label, language) : code;
}

export function termCodes(terms: readonly Term[]): string[] {
  return terms.map((t) => t.code);
}
