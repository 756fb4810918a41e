/** Resolvers for the `label(language)` of vocabulary entries and counts, in the field's or the request's language. */
import type { Language } from '../domain/labels.js';
import { termLabel, type Term } from '../domain/terms.js';
import { chosenLanguage } from './language.js';

export function labelIn(terms: readonly Term[]) {
  return (parent: { code: string }, args: { language?: string | null }, context: { language: Language }): string =>
    termLabel(terms, parent.code, chosenLanguage(args.language, context.language));
}

/** A term's labels in every language (the LocalizedNames type). */
export const labelsOf = (term: Term) => term.label;
