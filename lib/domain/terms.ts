/**
 * Controlled vocabularies (sectors, statuses, outcomes ...): each code is a
 * GraphQL enum value and the value stored in a database, with its label in
 * Kazakh, Russian and English.
 *
 * A vocabulary is written once, as a record from code to labels that
 * `satisfies Record<GraphQLEnum, Labels>` (and the Prisma enum where the
 * database has one): a code added to the schema is a compile error until it
 * has its labels, and the code type flows from there to every count and term.
 */
import { pickLabel, type Labels, type Language } from './labels.js';

export interface Term<C extends string = string> {
  code: C;
  label: Labels;
}

export function labels(en: string, ru: string, kk: string): Labels {
  return { en, ru, kk };
}

/** The terms of a vocabulary, in the record's order (the order dashboards show). */
export function vocabulary<C extends string>(labelsByCode: Readonly<Record<C, Labels>>): readonly Term<C>[] {
  // Object.keys is typed string[]; the keys are the record type's, C.
  return (Object.keys(labelsByCode) as C[]).map((code) => ({ code, label: labelsByCode[code] }));
}

/** The label of a code in the language wanted; the code itself for a code the vocabulary lacks. */
export function termLabel(terms: readonly Term[], code: string, language: Language): string {
  const found = terms.find((t) => t.code === code);
  return found ? pickLabel(found.label, language) : code;
}

export function termCodes<C extends string>(terms: readonly Term<C>[]): C[] {
  return terms.map((t) => t.code);
}

/**
 * Codes read from a text column, checked against the vocabulary: a code the
 * vocabulary lacks is a broken invariant (the writers validate), so it fails
 * loudly instead of reaching the client as an unknown enum value.
 */
export function knownCodes<C extends string>(terms: readonly Term<C>[], values: readonly string[]): C[] {
  return values.map((value) => knownCode(terms, value));
}

export function knownCode<C extends string>(terms: readonly Term<C>[], value: string): C {
  const found = terms.find((t) => t.code === value);
  if (!found) throw new Error(`"${value}" is not a code of the vocabulary (${termCodes(terms).join(', ')})`);
  return found.code;
}
