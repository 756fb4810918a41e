import { describe, expect, test } from '@jest/globals';
import { pickLabel } from '../../lib/domain/labels.js';
import { termLabel } from '../../lib/domain/terms.js';
import { PROJECT_OUTCOMES } from '../../subgraphs/councils/src/domain/council-terms.js';
import { LEGAL_FORMS, NGO_STATUSES } from '../../subgraphs/ngos/src/domain/registry-terms.js';
import { POLICY_FIELDS } from '../../subgraphs/councils/src/domain/policy-fields.js';
import { SECTORS } from '../../subgraphs/ngos/src/domain/sectors.js';
import { chosenLanguage, languageFromAcceptLanguage } from '../../lib/graphql/language.js';

describe('the language of labels', () => {
  test.each([
    [undefined, 'ru'],
    ['', 'ru'],
    ['kk', 'kk'],
    ['kk-KZ,ru;q=0.9,en;q=0.8', 'kk'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,en;q=0.5,ru;q=0.7', 'ru'],
    ['fr, *;q=0.1', 'ru'],
    ['ru;q=0, en', 'en'],
    ['kz', 'kk'],
    [['en;q=0.2', 'kk;q=0.3'], 'kk'],
  ] as const)('Accept-Language %j gives %s', (header, language) => {
    expect(languageFromAcceptLanguage(header)).toBe(language);
  });

  test('a field’s argument wins over the request’s language', () => {
    expect(chosenLanguage('EN', 'kk')).toBe('en');
    expect(chosenLanguage(null, 'kk')).toBe('kk');
  });

  test('a missing label falls back to Russian, then any', () => {
    expect(pickLabel({ kk: null, ru: 'Алматы', en: null }, 'en')).toBe('Алматы');
    expect(pickLabel({ kk: 'Алматы', ru: null, en: null }, 'en')).toBe('Алматы');
    expect(termLabel(PROJECT_OUTCOMES, 'UNKNOWN_CODE', 'en')).toBe('UNKNOWN_CODE');
  });

  test('every vocabulary is labelled in all three languages', () => {
    for (const term of [...SECTORS, ...POLICY_FIELDS, ...NGO_STATUSES, ...LEGAL_FORMS, ...PROJECT_OUTCOMES]) {
      expect({ code: term.code, complete: Boolean(term.label.kk && term.label.ru && term.label.en) }).toEqual({
        code: term.code,
        complete: true,
      });
    }
  });
});
